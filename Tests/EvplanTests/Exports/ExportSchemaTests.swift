import Evplan
import EvplanModel
import Foundation
import XCTest

/// `evplan build` writes agenda.ics, tasks.ics, schedule.xml and schedule.json beside the pages: valid against the
/// published schemas and RFC 5545, the same bytes on every build, and holding every programme session of the plan.
final class ExportSchemaTests: XCTestCase {
    static let plans = ["samples/forum-zh", "samples/meetup-en", "Tests/EvplanTests/Fixtures/plans/exports-market"]
    static let exports = ["agenda.ics", "tasks.ics", "schedule.xml", "schedule.json"]

    /// Builds a copy of `plan` and returns the output folder and the plan as evplan reads it.
    private func build(_ plan: String, output: String = "out") throws -> (URL, Plan, URL) {
        let folder = try EvplanBinary.temporaryFolder(self)
        let copy = try EvplanBinary.copy(plan, to: folder)
        let run = try EvplanBinary.run(["build", copy.lastPathComponent, "-o", output], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let compiled = Pipeline.compile(folder: copy.path)
        XCTAssertEqual(compiled.errorCount + compiled.warningCount, 0, "\(plan) checks clean")
        return (folder.appendingPathComponent(output), compiled.plan, folder)
    }

    /// The programme sessions an export should hold: dated, not breaks, ending after they start.
    private func programme(_ plan: Plan) -> [(date: PlanDate, session: Session)] {
        plan.agenda.days.flatMap { day in
            day.date.map { date in day.sessions.filter { !$0.isBreak && $0.time.value.durationMinutes > 0 }.map { (date.value, $0) } } ?? []
        }
    }

    func testScheduleXMLValidatesAgainstTheFrabSchema() throws {
        guard ExportValidators.hasXmllint else {
            throw XCTSkip("xmllint is missing (Debian: libxml2-utils; `scripts/install-deps.sh --test` installs it): schedule.xml was not schema-checked")
        }
        for plan in Self.plans {
            let (output, model, _) = try build(plan)
            let file = output.appendingPathComponent("schedule.xml")
            XCTAssertEqual(try ExportValidators.frabViolations(of: file), [], "\(plan): schedule.xml")
            let xml = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(xml.components(separatedBy: "<event id=").count - 1, programme(model).count, "\(plan): one <event> per session")
        }
    }

    func testScheduleXMLValidatorRejectsABrokenFile() throws {
        // Keeps the test above honest: an event without its required <title> must fail.
        guard ExportValidators.hasXmllint else { throw XCTSkip("xmllint is missing (Debian: libxml2-utils)") }
        let (output, _, _) = try build("samples/meetup-en")
        let file = output.appendingPathComponent("schedule.xml")
        let broken = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: #"<title>Networking</title>"#, with: "")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertFalse(try ExportValidators.frabViolations(of: file).isEmpty)
    }

    func testScheduleJSONValidatesAgainstTheC3vocSchemaAndMatchesTheXML() throws {
        for plan in Self.plans {
            let (output, model, _) = try build(plan)
            let file = output.appendingPathComponent("schedule.json")
            XCTAssertEqual(try ExportValidators.c3vocViolations(of: file), [], "\(plan): schedule.json")
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            let conference = try XCTUnwrap((json["schedule"] as? [String: Any])?["conference"] as? [String: Any])
            XCTAssertEqual(conference["title"] as? String, model.event?.name?.value)
            let days = try XCTUnwrap(conference["days"] as? [[String: Any]])
            let events = days.flatMap { (($0["rooms"] as? [String: [[String: Any]]]) ?? [:]).values.flatMap { $0 } }
            let sessions = programme(model)
            XCTAssertEqual(events.count, sessions.count, "\(plan): one event per session")
            XCTAssertEqual(Set(events.compactMap { $0["title"] as? String }), Set(sessions.map(\.session.title.value)))
            // The same identifiers as schedule.xml, so both files describe the same sessions.
            let xml = try String(contentsOf: output.appendingPathComponent("schedule.xml"), encoding: .utf8)
            for event in events { XCTAssertTrue(xml.contains("guid=\"\(event["guid"] as? String ?? "-")\""), "\(plan): \(event["title"] ?? "")") }
        }
    }

    func testScheduleJSONValidatorRejectsABrokenFile() throws {
        let (output, _, _) = try build("samples/meetup-en")
        let file = output.appendingPathComponent("schedule.json")
        let broken = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"acronym\" : \"taipei_swift_meetup_42\"", with: "\"acronym\" : \"Taipei Swift\"")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertFalse(try ExportValidators.c3vocViolations(of: file).isEmpty)
    }

    func testAgendaCalendarFollowsRFC5545AndHoldsEverySessionAtItsTaipeiTime() throws {
        for plan in Self.plans {
            let (output, model, _) = try build(plan)
            let calendar = ICalendarFile(try Data(contentsOf: output.appendingPathComponent("agenda.ics")))
            XCTAssertEqual(calendar.problems, [], plan)
            let zone = try XCTUnwrap(calendar.components.first { $0.name == "VTIMEZONE" }, "\(plan): a VTIMEZONE")
            XCTAssertEqual(zone.value("TZID"), "Asia/Taipei")
            XCTAssertEqual(calendar.components.first { $0.name == "STANDARD" }?.value("TZOFFSETTO"), "+0800")
            XCTAssertEqual(calendar.components.last?.name, "VCALENDAR")
            let events = calendar.events
            let sessions = programme(model)
            XCTAssertEqual(events.count, sessions.count, "\(plan): one VEVENT per programme session, no breaks")
            XCTAssertEqual(Set(events.compactMap { $0.value("UID") }).count, events.count, "\(plan): UIDs are unique")
            let stamp = try XCTUnwrap(model.event?.dates?.value.start).description.replacingOccurrences(of: "-", with: "") + "T000000Z"
            for (event, (date, session)) in zip(events, sessions) {
                XCTAssertEqual(event.value("DTSTAMP"), stamp, "DTSTAMP is the event's first day, not the clock")
                XCTAssertTrue(event.value("UID")?.hasSuffix("@evplan") ?? false)
                XCTAssertEqual(event.parameters("DTSTART"), "TZID=Asia/Taipei")
                let day = date.description.replacingOccurrences(of: "-", with: "")
                let start = session.time.value.start.description.replacingOccurrences(of: ":", with: "")
                let end = session.time.value.end.description.replacingOccurrences(of: ":", with: "")
                XCTAssertEqual(event.value("DTSTART"), "\(day)T\(start)00")
                XCTAssertEqual(event.value("DTEND"), "\(day)T\(end)00")
                let summary = try XCTUnwrap(event.value("SUMMARY").flatMap(ICalendarFile.unescaped), "\(plan): SUMMARY is escaped")
                XCTAssertEqual(summary, session.title.value)
                let location = event.value("LOCATION").flatMap(ICalendarFile.unescaped) ?? ""
                if let room = session.room?.value { XCTAssertTrue(location.hasPrefix(room), "\(location) names \(room)") }
                let description = event.value("DESCRIPTION").flatMap(ICalendarFile.unescaped) ?? ""
                for speaker in session.speakers { XCTAssertTrue(description.contains(speaker.value), "\(speaker.value) in \(description)") }
            }
        }
    }

    func testTaskCalendarHasAnAllDayEventForEachMilestoneAndTaskEnd() throws {
        let (output, model, _) = try build("Tests/EvplanTests/Fixtures/plans/exports-market")
        let calendar = ICalendarFile(try Data(contentsOf: output.appendingPathComponent("tasks.ics")))
        XCTAssertEqual(calendar.problems, [])
        let events = calendar.events
        XCTAssertEqual(events.count, model.project.tasks.count, "every task of the market plan can be dated")
        for (event, task) in zip(events, model.project.tasks) {
            XCTAssertEqual(event.parameters("DTSTART"), "VALUE=DATE")
            let summary = try XCTUnwrap(event.value("SUMMARY").flatMap(ICalendarFile.unescaped))
            XCTAssertTrue(summary.hasSuffix(task.name.value), summary)
            XCTAssertEqual(summary.hasPrefix("里程碑："), task.isMilestone, summary)
            XCTAssertEqual(event.value("TRANSP"), "TRANSPARENT")
            if let note = task.note { XCTAssertTrue(ICalendarFile.unescaped(event.value("DESCRIPTION") ?? "")?.contains(note) ?? false, note) }
        }
        // A task given by its dates ends on its last day.
        let run = try XCTUnwrap(zip(events, model.project.tasks).first { $0.1.id.value == "E1" }?.0)
        XCTAssertEqual(run.value("DTSTART"), "20261115")
        XCTAssertEqual(run.value("DTEND"), "20261116", "an all-day event ends the next day")
    }

    func testEveryBuildWritesTheSameBytesAndTheManifestListsTheExports() throws {
        for plan in Self.plans {
            let (first, _, folder) = try build(plan, output: "first")
            let run = try EvplanBinary.run(["build", (plan as NSString).lastPathComponent, "-o", "second"], in: folder)
            XCTAssertEqual(run.status, 0, run.stderr)
            let second = folder.appendingPathComponent("second")
            for name in Self.exports {
                let one = try Data(contentsOf: first.appendingPathComponent(name))
                let two = try Data(contentsOf: second.appendingPathComponent(name))
                XCTAssertFalse(one.isEmpty)
                XCTAssertEqual(one, two, "\(plan): \(name) differs between two builds")
            }
            let manifest = try String(contentsOf: first.appendingPathComponent(".evplan-build.json"), encoding: .utf8)
            for name in Self.exports { XCTAssertTrue(manifest.contains("\"\(name)\""), "the manifest lists \(name)") }
        }
    }

    func testSpecialCharactersSurviveEveryFormat() throws {
        let (output, _, _) = try build("Tests/EvplanTests/Fixtures/plans/exports-market")
        let xml = try String(contentsOf: output.appendingPathComponent("schedule.xml"), encoding: .utf8)
        XCTAssertTrue(xml.contains("<title>茶席「&lt;東方美人&gt; vs 鐵觀音」品飲</title>"))
        XCTAssertTrue(xml.contains("<title>職人對談：老街, 新店; 傳承 &amp; Q&amp;A</title>"))
        XCTAssertTrue(xml.contains("<title>2026 大稻埕「茶 &amp; 布」職人市集</title>"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("schedule.json"))) as? [String: Any])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self)
        XCTAssertTrue(text.contains(#"手作陶杯 \\ 茶杯 彩繪"#), "a backslash is kept (escaped once by JSON)")
        let ics = String(decoding: try Data(contentsOf: output.appendingPathComponent("agenda.ics")), as: UTF8.self)
        XCTAssertTrue(ics.contains(#"SUMMARY:職人對談：老街\, 新店\; 傳承 & Q&A"#))
        XCTAssertTrue(ics.contains(#"SUMMARY:手作陶杯 \\ 茶杯 彩繪"#))
        // A walking tour has no room: the calendar gives the venue, the conference formats list it under the venue.
        XCTAssertTrue(ics.contains("SUMMARY:大稻埕茶行散步導覽\r\nLOCATION:大稻埕碼頭倉庫\r\n"))
        XCTAssertTrue(xml.contains("<room name=\"大稻埕碼頭倉庫\""))
        // A performance with no one named has no persons and is not a talk.
        let music = try XCTUnwrap(xml.range(of: "<title>街頭音樂表演</title>").map { xml[$0.lowerBound...].prefix(400) })
        XCTAssertTrue(music.contains("<type>other</type>") && music.contains("<persons/>"), String(music))
    }

    func testAPlanWithoutADatedAgendaOrTasksGetsNoExports() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try """
            ---
            name: 社區中秋晚會
            lang: zh-TW
            attendees: 120
            budget: 80,000
            ---
            # 社區中秋晚會
            """.write(to: folder.appendingPathComponent("plan"), "event.md")
        let run = try EvplanBinary.run(["build", "plan", "-o", "out"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        for name in Self.exports { XCTAssertFalse(written.contains(name), "\(name) with nothing in it") }
        let index = try String(contentsOf: folder.appendingPathComponent("out/index.html"), encoding: .utf8)
        XCTAssertFalse(index.contains("agenda.ics"), "the overview links no export that was not written")
    }
}

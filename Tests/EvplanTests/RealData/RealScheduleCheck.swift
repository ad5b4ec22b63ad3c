import Evplan
import EvplanModel
import Foundation
import XCTest

/// A real OPass schedule converted into a plan folder and run through `Pipeline.check`, with the assertions
/// the schedule tests share: every row read back as written, and overlaps exactly where the data has them.
struct RealScheduleCheck {
    let schedule: OPassSchedule
    let rows: [ScheduleRow]
    let result: CheckResult
    let roomNames: [String]

    /// `adjust` may change the rows before they are written, to plant a problem in the real schedule.
    static func run(_ fixture: String, eventName: String, relays: ScheduleRow.Relays,
                    adjust: (inout [ScheduleRow]) -> Void = { _ in }) throws -> RealScheduleCheck {
        let schedule = try OPassSchedule.load(fixture)
        let folder = try TemporaryPlanFolder(label: eventName.replacingOccurrences(of: " ", with: "-"))
        defer { folder.remove() }
        let writer = OPassPlanWriter(eventName: eventName)
        var unwritten = try ScheduleRow.rows(from: schedule, relays: relays)
        adjust(&unwritten)
        let rows = try writer.write(schedule, rows: unwritten, into: folder)
        let result = Pipeline.check(folder: folder.path)
        return RealScheduleCheck(schedule: schedule, rows: rows, result: result, roomNames: writer.roomNames(schedule, rows: rows))
    }

    static func place(file: String, line: Int) -> String {
        "\((file as NSString).lastPathComponent):\(line)"
    }

    func diagnostics(_ ruleID: String) -> [Diagnostic] {
        result.diagnostics.filter { $0.rule.id == ruleID }
    }

    /// `T4-day1-2023-07-29.md:42` for each diagnostic of a rule.
    func reportedPlaces(_ ruleID: String) -> Set<String> {
        Set(diagnostics(ruleID).map { Self.place(file: $0.location.file, line: $0.location.line) })
    }

    func expectedPlaces(_ clashes: [ScheduleOverlapOracle.Clash]) -> Set<String> {
        Set(clashes.map { Self.place(file: rows[$0.later].file, line: rows[$0.later].line) })
    }

    /// Rule id → how many times it fired, for the report.
    var summary: String {
        Dictionary(grouping: result.diagnostics, by: { $0.rule.id })
            .map { "\($0.key)=\($0.value.count)" }.sorted().joined(separator: " ")
    }

    // MARK: - Shared assertions

    func assertEverySessionReadBack(file: StaticString = #filePath, line: UInt = #line) {
        let sessions = result.plan.agenda.sessions
        XCTAssertEqual(sessions.count, rows.count, "sessions evplan read vs rows written", file: file, line: line)
        let sessionsByPlace = Dictionary(sessions.map { (Self.place(file: $0.location.file, line: $0.location.line), $0) },
                                         uniquingKeysWith: { first, _ in first })
        var mismatches: [String] = []
        for row in rows {
            let place = Self.place(file: row.file, line: row.line)
            guard let session = sessionsByPlace[place] else {
                mismatches.append("\(place) \(row.sessionID): no session read")
                continue
            }
            if session.time.value.start.minutes != row.start || session.time.value.end.minutes != row.end {
                mismatches.append("\(place) \(row.sessionID): time \(session.time.value)")
            }
            if collapsedSpaces(session.title.value) != collapsedSpaces(row.title) {
                mismatches.append("\(place) \(row.sessionID): title “\(session.title.value)” ≠ “\(row.title)”")
            }
            if session.room?.value != row.room {
                mismatches.append("\(place) \(row.sessionID): room \(session.room?.value ?? "nil")")
            }
            let names = session.speakers.map(\.value)
            let written = row.speakerNames
            let hasSeparator = written.contains { $0.contains(where: Self.nameSeparators.contains) }
            if hasSeparator ? withoutSeparators(names.joined()) != withoutSeparators(written.joined()) : names != written {
                mismatches.append("\(place) \(row.sessionID): speakers \(names) ≠ \(written)")
            }
        }
        XCTAssertEqual(mismatches, [], file: file, line: line)
        let daysRead = Dictionary(result.plan.agenda.days.map { ($0.date?.value.description ?? "undated", $0.sessions.count) },
                                  uniquingKeysWith: +)
        let daysWritten = Dictionary(grouping: rows, by: \.date).mapValues(\.count)
        XCTAssertEqual(daysRead, daysWritten, "sessions per day", file: file, line: line)
    }

    /// The converted files use only values the format allows and rooms the venue lists.
    func assertReadWithoutFormatComplaints(file: StaticString = #filePath, line: UInt = #line) {
        let complaints = result.diagnostics.filter {
            $0.rule.id.hasPrefix("format.") || $0.rule.id == "venue.unknown-room" || $0.rule.id == "agenda.outside-event-dates"
        }
        XCTAssertEqual(complaints.map { "\($0.rule.id) \($0.location): \($0.message.en)" }, [], file: file, line: line)
        XCTAssertEqual(result.plan.venue?.rooms.map(\.name.value), roomNames, "every room of the data is listed", file: file, line: line)
    }

    func assertOverlapsMatchTheData(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(diagnostics("agenda.end-before-start").map(\.location.description), [], file: file, line: line)
        let roomClashes = ScheduleOverlapOracle.roomClashes(rows)
        XCTAssertEqual(reportedPlaces("agenda.room-overlap"), expectedPlaces(roomClashes), "room overlaps", file: file, line: line)
        let speakerClashes = ScheduleOverlapOracle.speakerClashes(rows)
        XCTAssertEqual(reportedPlaces("agenda.speaker-overlap"), expectedPlaces(speakerClashes), "speaker overlaps", file: file, line: line)
        // Each report names a session the oracle says this one really overlaps.
        for diagnostic in diagnostics("agenda.speaker-overlap") + diagnostics("agenda.room-overlap") {
            let place = Self.place(file: diagnostic.location.file, line: diagnostic.location.line)
            let partners = (roomClashes + speakerClashes)
                .filter { Self.place(file: rows[$0.later].file, line: rows[$0.later].line) == place }
                .map { collapsedSpaces(rows[$0.earlier].title) }
            XCTAssertTrue(partners.contains { collapsedSpaces(diagnostic.message.en).contains($0) },
                          "\(place): “\(diagnostic.message.en)” names none of \(partners)", file: file, line: line)
        }
    }

    // MARK: - Text

    static let nameSeparators: Set<Character> = ["、", ",", "，", "/", "／", ";", "；", "&", "＆"]

    private func withoutSeparators(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace && !Self.nameSeparators.contains($0) })
    }

    /// Runs of white space (including the vertical tab one COSCUP title holds) as one space, ends trimmed.
    private func collapsedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

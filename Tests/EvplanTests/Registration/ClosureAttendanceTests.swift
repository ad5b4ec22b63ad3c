import Evplan
import EvplanModel
@testable import EvplanRender
import Foundation
import XCTest

/// The closure report's actual attendance (O8.3.4) from the check-in desk's export in plans/closure-attendance: 39
/// active tickets, 33 checked in (ticket 10 scanned twice), 6 no-shows, one refunded and one cancelled ticket.
final class ClosureAttendanceTests: XCTestCase {
    private let fixture = "Tests/EvplanTests/Fixtures/plans/closure-attendance"

    private func fixturePlan() throws -> URL {
        try EvplanBinary.copy(fixture, to: try EvplanBinary.temporaryFolder(self))
    }

    private func closure(_ folder: URL) throws -> (plan: Plan, html: String) {
        let result = Pipeline.check(folder: folder.path)
        return (result.plan, RenderPlanFixture.squeezed(try RenderPlanFixture.html("closure.html", of: result.plan)))
    }

    private func row(_ cells: String...) -> String {
        "<tr><td>\(cells[0])</td>" + cells.dropFirst().map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>"
    }

    // MARK: Render

    func testTheAttendanceSectionCountsEachTicketTypeAndNamesNobody() throws {
        let (plan, html) = try closure(try fixturePlan())
        XCTAssertTrue(html.contains("<h2>實際出席 <span class=\"muted small\">O8.3.4</span></h2>"))
        XCTAssertTrue(html.contains("<p>有效報名 39 人，實際報到 33 人（出席率 84.6%），未出席 6 人。</p>"))
        XCTAssertTrue(html.contains("<thead><tr><th>票種</th><th class=\"num\">有效報名</th><th class=\"num\">已報到</th><th class=\"num\">未出席</th><th class=\"num\">出席率</th></tr></thead>"))
        for expected in [row("早鳥票", "15", "13", "2", "86.7%"), row("一般票", "11", "8", "3", "72.7%"), row("個人贊助票", "4", "4", "0", "100.0%"),
                         row("學生票", "6", "5", "1", "83.3%"), row("講者票", "3", "3", "0", "100.0%")] {
            XCTAssertTrue(html.contains(expected), expected)
        }
        XCTAssertTrue(html.contains("<tr class=\"total\"><td>合計</td><td class=\"num\">39</td><td class=\"num\">33</td><td class=\"num\">6</td><td class=\"num\">84.6%</td></tr>"))
        // Counts only: neither the no-shows nor anyone else is named, and no ticket number or QR serial is printed.
        for attendee in plan.registration.roster.attendees {
            XCTAssertFalse(html.contains(attendee.name), "\(attendee.name) on the closure report")
            XCTAssertFalse(html.contains(attendee.qrSerial ?? "—"), "a QR serial on the closure report")
        }
        XCTAssertFalse(html.contains("已取消或退款的票券在現場報到"), "no withdrawn ticket was let in")
    }

    func testEnglishPlansGetEnglishWords() throws {
        let folder = try fixturePlan()
        let event = folder.appendingPathComponent("event.md")
        try String(contentsOf: event, encoding: .utf8).replacingOccurrences(of: "lang: zh-TW", with: "lang: en").write(to: event, atomically: true, encoding: .utf8)
        let (_, html) = try closure(folder)
        XCTAssertTrue(html.contains("<h2>Actual attendance <span class=\"muted small\">O8.3.4</span></h2>"))
        XCTAssertTrue(html.contains("<p>33 of 39 registered attendees checked in (84.6%); 6 did not come.</p>"))
        XCTAssertTrue(html.contains("<th class=\"num\">Checked in</th><th class=\"num\">No-shows</th><th class=\"num\">Attendance rate</th>"))
        XCTAssertTrue(html.contains("<tr class=\"total\"><td>Total</td>"))
    }

    func testACheckedInRefundedTicketIsNotedNotCounted() throws {
        let folder = try fixturePlan()
        let path = folder.appendingPathComponent("T8-attendance.csv")
        let text = String(decoding: try Data(contentsOf: path), as: UTF8.self).replacingOccurrences(
            of: "\"已退款\",\"\",\"\",\"0\"", with: "\"已退款\",\"2027-09-04 08:40:00\",\"A\",\"1\"")
        try Data(text.utf8).write(to: path)
        let (_, html) = try closure(folder)
        XCTAssertTrue(html.contains("另有 1 張已取消或退款的票券在現場報到，未計入上表。"))
        XCTAssertTrue(html.contains("實際報到 33 人"), "still 33")
    }

    func testAPlanWithoutTheDesksExportHasNoAttendanceSection() throws {
        let folder = try fixturePlan()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("T8-attendance.csv"))
        let (_, html) = try closure(folder)
        XCTAssertTrue(html.contains("報名結果"), "the registrations are still there")
        XCTAssertFalse(html.contains("實際出席"))
        XCTAssertFalse(html.contains("attendance-results"))
    }

    /// O8.3.4 統整實際報到人員名單 is a list of people: the team's roster serves it once the desk's export is in the
    /// plan; the closure report (a client page) only counts.
    func testTheRosterServesO834OnlyWithTheDesksExport() throws {
        let with = Pipeline.check(folder: try fixturePlan().path)
        XCTAssertTrue(RosterPage().outputCodes.contains("O8.3.4"))
        XCTAssertFalse(ClosurePage().outputCodes.contains("O8.3.4"))
        XCTAssertTrue(RosterPage().covers("O8.3.4", in: RenderContext(plan: with.plan, diagnostics: [])))
        let folder = try fixturePlan()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("T8-attendance.csv"))
        XCTAssertFalse(RosterPage().covers("O8.3.4", in: RenderContext(plan: Pipeline.check(folder: folder.path).plan, diagnostics: [])))
    }

    // MARK: End to end

    /// `evplan build` on the fixture, as a planner runs it after the event: the built closure.html and overview.
    func testTheBuiltClosureReportCarriesTheDesksAttendance() throws {
        let folder = try fixturePlan()
        let out = folder.deletingLastPathComponent().appendingPathComponent("out")
        let build = try EvplanBinary.run(["build", folder.path, "-o", out.path])
        XCTAssertEqual(build.status, 0, build.stdout + build.stderr)
        let html = RenderPlanFixture.squeezed(try String(contentsOf: out.appendingPathComponent("closure.html"), encoding: .utf8))
        XCTAssertTrue(html.contains("<p>有效報名 39 人，實際報到 33 人（出席率 84.6%），未出席 6 人。</p>"))
        XCTAssertTrue(html.contains(row("早鳥票", "15", "13", "2", "86.7%")))
        XCTAssertTrue(html.contains(row("一般票", "11", "8", "3", "72.7%")))
        XCTAssertTrue(html.contains("<tr class=\"total\"><td>合計</td><td class=\"num\">39</td><td class=\"num\">33</td><td class=\"num\">6</td><td class=\"num\">84.6%</td></tr>"))
        for name in ["楊怡君", "李彥廷", "吳柏翰", "曾淑芬", "謝俊傑"] { XCTAssertFalse(html.contains(name), "no-show \(name) named") }
        let index = RenderPlanFixture.squeezed(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8))
        XCTAssertTrue(index.contains("<span class=\"card-summary\">實際出席 33／39 人</span>"))
        XCTAssertTrue(index.contains("<tr class=\"coverage-covered\"> <td class=\"nowrap\"><b>O8.3.4</b></td> <td>統整實際報到人員名單</td>"))
        // The desk's export is listed as a source on the internal roster, and its check-ins do not change who registered.
        let roster = try String(contentsOf: out.appendingPathComponent("roster.html"), encoding: .utf8)
        XCTAssertTrue(roster.contains("evplan desk attendance"))
        XCTAssertTrue(roster.contains("<span>已付款</span><strong>39</strong>"))
    }

    func testCheckReportsTheUnknownTicketOfAnEditedExportAtItsRowAndColumn() throws {
        let folder = try fixturePlan()
        let path = folder.appendingPathComponent("T8-attendance.csv")
        var text = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        text += "\"9001\",\"\",\"現場加購\",\"一般票\",\"已付款\",\"2027-09-04 10:02:11\",\"A\",\"1\"\r\n"
        try Data(text.utf8).write(to: path)
        let check = try EvplanBinary.run(["check", folder.path])
        XCTAssertEqual(check.status, 0, "a warning does not fail the check")
        XCTAssertTrue(check.stdout.contains("T8-attendance.csv:43:1: warning: T8-attendance.csv 第 43 列第 1 欄的票號 9001 不在報名名單（T8-kktix-attendees.csv、T8-kktix-orders.csv）中"),
                      check.stdout)
        XCTAssertTrue(check.stdout.contains("[registration.attendance-unknown-ticket]"))
    }

    // MARK: The roster (internal) lists who came

    func testTheRosterMarksEachPersonsCheckInAndTheNoShows() throws {
        let result = Pipeline.check(folder: try fixturePlan().path)
        let html = RenderPlanFixture.squeezed(try RenderPlanFixture.html("roster.html", of: result.plan))
        XCTAssertTrue(html.contains("<div class=\"figure\"><span>已報到</span><strong>33</strong></div>"), "who came")
        XCTAssertTrue(html.contains("<div class=\"figure\"><span>未出席</span><strong>6</strong></div>"), "who did not")
        XCTAssertTrue(html.contains("<th>報到</th>"))
        XCTAssertTrue(html.contains("<td>9/4 08:59 · A</td>"), "ticket 1: the first check-in and its desk")
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"no-show\">").count - 1, 6, "each no-show marked")
        let withoutDesk = Pipeline.check(folder: try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/pycon-like", to: try EvplanBinary.temporaryFolder(self)).path)
        let plain = try RenderPlanFixture.html("roster.html", of: withoutDesk.plan)
        XCTAssertFalse(plain.contains("未出席"), "no check-in column before the event")
    }
}

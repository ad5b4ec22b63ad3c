import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaEndBeforeStartTests: XCTestCase {
    private let rule = AgendaEndBeforeStart()

    func testEndAtOrBeforeStartIsReportedAtTheTimeCell() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("10:00-09:00", "倒過來", at: 6),
            PlanBuilder.session("10:00-10:00", "零分鐘", at: 7),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaEndBeforeStart.descriptor, at: ["T4-agenda.md:6:3", "T4-agenda.md:7:3"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "結束時間 09:00 不晚於開始時間 10:00")
    }

    func testSessionsEndingAfterTheyStartPassUpToMidnight() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-10:30", "開幕", at: 6),
            PlanBuilder.session("22:00-24:00", "夜間場", at: 7),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

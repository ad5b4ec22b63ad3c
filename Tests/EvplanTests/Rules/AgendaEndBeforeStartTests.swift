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

    func testALateNightSessionPastMidnightIsToldToSplitAtMidnight() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-10-15", at: 3, [
            PlanBuilder.session("23:00-01:00", "跨年電音派對", at: 6),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaEndBeforeStart.descriptor, at: ["T4-agenda.md:6:3"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "23:00-01:00 跨過午夜：一列只能寫同一天之內的時間")
        XCTAssertEqual(diagnostics.first?.hint.zhTW, "在午夜切成兩列：23:00-24:00 寫在當天，00:00-01:00 寫在隔天的議程。")
        XCTAssertFalse(diagnostics.first?.hint.en.contains("afternoon") ?? true)
    }
}

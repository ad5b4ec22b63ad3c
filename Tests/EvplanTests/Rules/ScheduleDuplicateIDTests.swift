import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleDuplicateIDTests: XCTestCase {
    private let rule = ScheduleDuplicateID()

    func testRepeatedIDIsReportedAtEachLaterUse() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, name: "確認活動目標與預算"),
            PlanBuilder.task("A2", at: 6),
            PlanBuilder.task("A1", at: 7),
            PlanBuilder.task("A1", at: 8),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleDuplicateID.descriptor, at: ["T2-project.md:7:3", "T2-project.md:8:3"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "編號 A1 已用於第 5 行的「確認活動目標與預算」")
    }

    func testUniqueAndMissingIDsPass() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5), PlanBuilder.task("A2", at: 6), PlanBuilder.task("", at: 7), PlanBuilder.task("", at: 8),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleMissingOwnerTests: XCTestCase {
    private let rule = ScheduleMissingOwner()

    func testTaskWithoutOwnerIsWarnedAtItsRow() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, name: "場地勘查", owner: nil),
            PlanBuilder.task("A2", at: 6, owner: "  "),
            PlanBuilder.task("A3", at: 7, owner: "張專員"),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleMissingOwner.descriptor, at: ["T2-project.md:5:1", "T2-project.md:6:1"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "工作 A1「場地勘查」沒有負責人")
    }

    func testOwnedTasksPass() {
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(tasks: [PlanBuilder.task("A1", at: 5, owner: "林經理")])), [])
    }
}

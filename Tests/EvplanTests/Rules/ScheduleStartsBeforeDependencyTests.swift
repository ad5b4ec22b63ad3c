import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleStartsBeforeDependencyTests: XCTestCase {
    private let rule = ScheduleStartsBeforeDependency()

    func testStartBeforeThePredecessorReleasesIsReportedAtTheStartCell() {
        // A1: Tue 2026-12-01 + 5 working days → ends Mon 12-07, so A2 may start Tue 12-08.
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, start: "2026-12-01", duration: 5),
            PlanBuilder.task("A2", at: 6, start: "2026-12-03", duration: 2, predecessors: ["A1"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleStartsBeforeDependency.descriptor, at: ["T2-project.md:6:30"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "開始日 2026-12-03 早於前置作業 A1 完成後的 2026-12-08（A1 於 2026-12-07 結束）")
    }

    func testStartingTheDayAfterOrFollowingPredecessorsPasses() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, start: "2026-12-01", duration: 5),
            PlanBuilder.task("A2", at: 6, start: "2026-12-08", duration: 2, predecessors: ["A1"]),
            PlanBuilder.task("A3", at: 7, duration: 2, predecessors: ["A1"]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testAMilestoneReleasesOnItsOwnDay() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("M1", at: 5, start: "2026-12-10", duration: 0),
            PlanBuilder.task("A1", at: 6, start: "2026-12-10", duration: 1, predecessors: ["M1"]),
            PlanBuilder.task("A2", at: 7, start: "2026-12-09", duration: 1, predecessors: ["M1"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleStartsBeforeDependency.descriptor, at: ["T2-project.md:7:30"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "開始日 2026-12-09 早於前置里程碑 M1 的日期 2026-12-10")
    }

    func testTasksOnACycleAreLeftToTheCycleRule() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, start: "2026-12-10", duration: 5, predecessors: ["A2"]),
            PlanBuilder.task("A2", at: 6, start: "2026-12-01", duration: 5, predecessors: ["A1"]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

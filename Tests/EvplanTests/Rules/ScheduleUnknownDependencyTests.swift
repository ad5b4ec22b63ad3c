import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleUnknownDependencyTests: XCTestCase {
    private let rule = ScheduleUnknownDependency()

    func testUnknownPredecessorIsReportedAtItsCellWithTheClosestID() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, start: "2026-12-01", duration: 5),
            PlanBuilder.task("A2", at: 6, duration: 10, predecessors: ["A1", "A9"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleUnknownDependency.descriptor, at: ["T2-project.md:6:66"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "前置作業 A9 不存在：沒有工作的編號是 A9")
        XCTAssertTrue(diagnostics.first?.hint.zhTW.hasPrefix("是不是 A1？") == true)
    }

    func testAFarIDGetsTheGeneralHint() {
        let plan = PlanBuilder.plan(tasks: [PlanBuilder.task("A1", at: 5, predecessors: ["場勘"])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleUnknownDependency.descriptor, at: ["T2-project.md:5:62"])
        XCTAssertEqual(diagnostics.first?.hint, ScheduleUnknownDependency.descriptor.hint)
    }

    func testAnIDOfAnotherSeriesIsNotGuessed() {
        // A road race plan numbers its tasks P01…; `G01` (a task of a group that was never written) is not a typo of P01.
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("P01", at: 5), PlanBuilder.task("P02", at: 6, predecessors: ["G01"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.hint, ScheduleUnknownDependency.descriptor.hint)
        // A near one of the same series still is: P1 for P01.
        let near = PlanBuilder.run(rule, on: PlanBuilder.plan(tasks: [PlanBuilder.task("P01", at: 5), PlanBuilder.task("P02", at: 6, predecessors: ["P1"])]))
        XCTAssertTrue(near.first?.hint.zhTW.hasPrefix("是不是 P01？") == true, "\(near)")
    }

    func testKnownPredecessorsPass() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5), PlanBuilder.task("A2", at: 6, predecessors: ["A1"]),
            PlanBuilder.task("M1", at: 7, duration: 0, predecessors: ["A1", "A2"]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

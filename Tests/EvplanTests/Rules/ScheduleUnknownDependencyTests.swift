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

    func testKnownPredecessorsPass() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5), PlanBuilder.task("A2", at: 6, predecessors: ["A1"]),
            PlanBuilder.task("M1", at: 7, duration: 0, predecessors: ["A1", "A2"]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

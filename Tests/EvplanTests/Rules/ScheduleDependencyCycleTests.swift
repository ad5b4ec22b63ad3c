import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleDependencyCycleTests: XCTestCase {
    private let rule = ScheduleDependencyCycle()

    func testATaskDependingOnItselfIsACycleOfOne() {
        let plan = PlanBuilder.plan(tasks: [PlanBuilder.task("A1", at: 5, predecessors: ["A1"])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleDependencyCycle.descriptor, at: ["T2-project.md:5:62"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "A1 在相依循環中：A1 → A1，這些工作都排不出時程")
    }

    func testEachTaskOfACycleOfThreeIsReportedAtThePredecessorThatClosesIt() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A1", at: 5, start: "2026-12-01", predecessors: ["A3"]),
            PlanBuilder.task("A2", at: 6, predecessors: ["A1"]),
            PlanBuilder.task("A3", at: 7, predecessors: ["A0", "A2"]),
            PlanBuilder.task("A0", at: 8),
            PlanBuilder.task("A4", at: 9, predecessors: ["A3"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleDependencyCycle.descriptor,
                                  at: ["T2-project.md:5:62", "T2-project.md:6:62", "T2-project.md:7:66"])
        for diagnostic in diagnostics {
            XCTAssertTrue(diagnostic.message.en.contains("A1 → A2 → A3 → A1"), diagnostic.message.en)
        }
    }

    func testTwoCyclesSharingATaskAreListedTogether() {
        let plan = PlanBuilder.plan(tasks: [
            PlanBuilder.task("A", at: 5, predecessors: ["B", "C"]),
            PlanBuilder.task("B", at: 6, predecessors: ["A"]),
            PlanBuilder.task("C", at: 7, predecessors: ["A"]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        XCTAssertEqual(diagnostics.count, 3)
        XCTAssertTrue(diagnostics.allSatisfy { $0.message.zhTW.contains("A、B、C 互相依賴") })
    }

    func testAChainWithoutCyclePasses() {
        let tasks = (0..<10_000).map { index in
            PlanBuilder.task("T\(index)", at: 5 + index, duration: 1, predecessors: index == 0 ? [] : ["T\(index - 1)"])
        }
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(tasks: tasks)), [])
    }

    func testATenThousandTaskCycleIsReportedForEveryTaskWithAShortMessage() {
        let tasks = (0..<10_000).map { index in
            PlanBuilder.task("T\(index)", at: 5 + index, duration: 1, predecessors: ["T\((index + 9_999) % 10_000)"])
        }
        let diagnostics = PlanBuilder.run(rule, on: PlanBuilder.plan(tasks: tasks))
        XCTAssertEqual(diagnostics.count, 10_000)
        XCTAssertEqual(diagnostics.first?.location.description, "T2-project.md:5:62")
        XCTAssertTrue(diagnostics.first?.message.zhTW.contains("T0 → T1 → T2") == true)
        XCTAssertTrue(diagnostics.first?.message.zhTW.contains("…") == true)
        XCTAssertLessThan(diagnostics.first?.message.zhTW.count ?? .max, 200)
    }
}

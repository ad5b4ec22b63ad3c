import XCTest
@testable import EvplanCheck
import EvplanModel

final class ScheduleAfterEventTests: XCTestCase {
    private let rule = ScheduleAfterEvent()
    private let event = PlanBuilder.event(dates: "2027-03-12 ~ 2027-03-13")

    func testPreparationEndingOnTheFirstDayIsReported() {
        // Mon 2027-03-08 + 5 working days ends Fri 03-12, the first day.
        let plan = PlanBuilder.plan(event: event, tasks: [
            PlanBuilder.task("A1", at: 5, name: "印製手冊", start: "2027-03-08", duration: 5),
            PlanBuilder.task("A2", at: 6, start: "2027-03-08", end: "2027-03-12"),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleAfterEvent.descriptor, at: ["T2-project.md:5:56", "T2-project.md:6:43"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "籌備工作 A1「印製手冊」排定 2027-03-12 結束，但活動 2027-03-12 就開始了")
    }

    func testMilestonesMayFallOnTheFirstDayButNotAfter() {
        let plan = PlanBuilder.plan(event: event, tasks: [
            PlanBuilder.task("M1", at: 5, start: "2027-03-12", duration: 0),
            PlanBuilder.task("M2", at: 6, start: "2027-03-13", duration: 0),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: ScheduleAfterEvent.descriptor, at: ["T2-project.md:6:56"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "籌備里程碑 M2「工作 M2」排在 2027-03-13，在活動首日 2027-03-12 之後")
    }

    func testWorkDoneTheDayBeforeAndEventOrPostWorkPass() {
        let plan = PlanBuilder.plan(event: event, tasks: [
            PlanBuilder.task("A1", at: 5, start: "2027-03-08", duration: 4),
            PlanBuilder.task("A2", at: 6, start: "2027-03-12", duration: 2, phase: .duringEvent),
            PlanBuilder.task("A3", at: 7, start: "2027-03-15", duration: 5, phase: .postEvent),
            PlanBuilder.task("A4", at: 8, duration: 3),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(tasks: plan.project.tasks)), [])
    }
}

import EvplanModel
import EvplanSchedule
import XCTest

final class SchedulerTests: XCTestCase {
    private typealias B = PlanBuilder

    func testTasksFollowTheirPredecessorsInTheCalendar() {
        let project = Project(tasks: [
            B.task("A1", at: 3, start: "2027-02-26", duration: 3),
            B.task("A2", at: 4, duration: 2, predecessors: ["A1"]),
            B.task("M1", at: 5, duration: 0, predecessors: ["A2"]),
        ])
        let holiday = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5],
                                      exceptions: [.holiday(B.date("2027-03-01"), name: "和平紀念日補假")])!
        let usual = Scheduler().analyse(project)
        // The milestone falls on the day its last predecessor ends.
        XCTAssertEqual(usual.early.map { $0?.end.description }, ["2027-03-02", "2027-03-04", "2027-03-04"])
        let shifted = Scheduler(calendar: holiday).analyse(project)
        XCTAssertEqual(shifted.early.map { $0?.start.description }, ["2027-02-26", "2027-03-04", "2027-03-05"])
        XCTAssertEqual(shifted.early.map { $0?.end.description }, ["2027-03-03", "2027-03-05", "2027-03-05"])
        XCTAssertEqual(shifted.early[0]?.releases.description, "2027-03-04")
        XCTAssertEqual(shifted.early[2]?.releases.description, "2027-03-08", "work after the milestone starts the next working day")
        XCTAssertEqual(shifted.span, DateRange(start: B.date("2027-02-26"), end: B.date("2027-03-05")))
        XCTAssertEqual(shifted.order, [0, 1, 2])
        XCTAssertEqual(shifted.successorIndices, [[1], [2], []])
        XCTAssertEqual(shifted.calendar, holiday)
    }

    func testCyclesAreMarkedAndLeftUndated() {
        let analysis = Scheduler().analyse(Project(tasks: [
            B.task("A", at: 3, duration: 1, predecessors: ["B"]),
            B.task("B", at: 4, duration: 1, predecessors: ["A"]),
            B.task("C", at: 5, duration: 1, predecessors: ["B"]),
        ]))
        XCTAssertEqual(analysis.cyclic, [0, 1])
        XCTAssertEqual(analysis.early.compactMap { $0 }.count, 0)
        XCTAssertFalse(analysis.hasDates)
        XCTAssertNil(analysis.span)
        XCTAssertEqual(analysis.order, [])
    }

    /// A chain of 10,000 tasks, each waiting for the one before, in a calendar with a holiday every week for
    /// 250 years. No timing is asserted here (that belongs in the benchmarks); it must simply come out right.
    func testATenThousandTaskChainIsScheduled() {
        let count = 10_000
        var tasks = [B.task("T0", at: 3, start: "2027-01-04", duration: 5)]
        for index in 1..<count {
            tasks.append(B.task("T\(index)", at: 3 + index, duration: 5, predecessors: ["T\(index - 1)"]))
        }
        let first = B.date("2027-01-04")
        // Every Wednesday for 13,000 weeks is a holiday, leaving four working days a week.
        let holidays = (0..<13_000).map { WorkingCalendar.Exception.holiday(first.adding(days: 2 + 7 * $0), name: "週三") }
        let calendar = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: holidays)!
        let analysis = Scheduler(calendar: calendar).analyse(Project(tasks: tasks))
        XCTAssertEqual(analysis.early.compactMap { $0 }.count, count)
        XCTAssertTrue(analysis.cyclic.isEmpty)
        // Four working days a week: 50,000 working days take 12,500 weeks, ending on the Friday of the last one.
        XCTAssertEqual(analysis.early.last??.end, first.adding(days: 12_500 * 7 - 3))
        XCTAssertEqual(calendar.workingDays(from: first, through: analysis.early.last!!.end), 5 * count)
        // The same chain in the default calendar: 10,000 weeks.
        let plain = Scheduler().analyse(Project(tasks: tasks))
        XCTAssertEqual(plain.early.last??.end, first.adding(days: 10_000 * 7 - 3))
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class CheckerTests: XCTestCase {
    func testAnEmptyPlanIsClean() {
        XCTAssertEqual(Checker.check(Plan(root: "empty")), [])
    }

    func testRunsEveryRuleAndReportsInReadingOrder() {
        let plan = PlanBuilder.plan(
            event: PlanBuilder.event(dates: "2027-03-12 ~ 2027-03-13", attendees: 300, cap: "100"),
            budget: [PlanBuilder.table(.expense, at: 3, [PlanBuilder.line("講師費", at: 6, price: "1,200", qty: "3", amount: "3,500")])],
            agenda: [PlanBuilder.day("2027-03-12", at: 3, [
                PlanBuilder.session("09:00-10:00", "A", at: 6, room: "國際廳"),
                PlanBuilder.session("09:30-10:30", "B", at: 7, room: "國際廳"),
            ])],
            tasks: [PlanBuilder.task("A1", at: 5, owner: nil)])
        let diagnostics = Checker.check(plan)
        // Ordered by file name as a string, so `T…` files come before `event.md`.
        XCTAssertEqual(diagnostics.map(\.rule.id), [
            "schedule.missing-owner", "budget.amount-mismatch", "agenda.room-overlap", "budget.over-cap",
        ])
        XCTAssertEqual(PlanBuilder.places(diagnostics), [
            "T2-project.md:5:1", "T3-budget.md:6:40", "T4-agenda.md:7:3", "event.md:5:9",
        ])
    }

    func testALargePlanChecksCleanly() {
        // A 10,000-task chain ending well before the event, and 50,000 back-to-back one-minute sessions with
        // speakers, spread over undated days of an hour each, in a room the venue lists.
        let tasks = (0..<10_000).map { index in
            PlanBuilder.task("T\(index)", at: 5 + index, start: index == 0 ? "1980-01-01" : nil, duration: 1,
                             predecessors: index == 0 ? [] : ["T\(index - 1)"])
        }
        let sessions = (0..<50_000).map { index in
            PlanBuilder.session(TimeRange(start: TimeOfDay(minutes: 540 + index % 60), end: TimeOfDay(minutes: 541 + index % 60)),
                                "場次", at: 10 + index, room: "國際廳", speakers: ["講者 \(index % 60)"], audience: 100)
        }
        let days = stride(from: 0, to: sessions.count, by: 60).map { first in
            PlanBuilder.day(nil, at: first, Array(sessions[first..<min(first + 60, sessions.count)]))
        }
        let venue = PlanBuilder.venue(capacity: 400, rooms: [PlanBuilder.room("國際廳", at: 6, capacity: 400)])
        let plan = PlanBuilder.plan(event: PlanBuilder.event(dates: "2027-03-12 ~ 2027-03-13"), agenda: days, venue: venue, tasks: tasks)
        let diagnostics = Checker.check(plan)
        XCTAssertEqual(diagnostics.count, 0, diagnostics.prefix(3).map { "\($0.location) \($0.message.en)" }.joined(separator: "\n"))
    }

    func testALargeBrokenPlanReportsEveryProblemWithoutPairingSessions() {
        // 50,000 sessions in rooms the venue does not list, all at the same time: each is an unknown room and
        // each after the first per room overlaps.
        let sessions = (0..<50_000).map { index in
            PlanBuilder.session("09:00-10:00", "場次", at: 10 + index, room: "R\(index % 1_000)")
        }
        let venue = PlanBuilder.venue(rooms: (0..<1_000).map { PlanBuilder.room("Hall \($0)", at: 6 + $0) })
        let diagnostics = Checker.check(PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, sessions)], venue: venue))
        XCTAssertEqual(diagnostics.filter { $0.rule.id == "venue.unknown-room" }.count, 50_000)
        XCTAssertEqual(diagnostics.filter { $0.rule.id == "agenda.room-overlap" }.count, 49_000)
    }
}

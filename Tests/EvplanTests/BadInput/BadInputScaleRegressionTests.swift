import Foundation
import XCTest

/// Bad input that once defeated the check and render stages, found by the bad-input corpus and since fixed:
/// each must finish in time with the diagnostics a planner needs.
final class BadInputScaleRegressionTests: XCTestCase {
    /// venue.unavailable-dates used to give up on events longer than 366 days, so a year typed wrong in `dates`
    /// (2028 for 2027) hid a venue booked for one day only.
    func testAVenueBookedForOneDayIsReportedForAnEventOfMoreThanAYear() throws {
        let plan = try BadInputPlan(self, event: "---\nname: Typo\nlang: en\ndates: 2027-03-12 ~ 2028-03-13\n---\n# Typo\n")
        try plan.write("---\ntask: T5\nvenue: V\navailable: 2027-03-12\n---\n# V\n", to: "T5-venue.md")
        try plan.assertCheck(reports: ["T5-venue.md:4:12 error venue.unavailable-dates"], status: 1, "368-day event, 1-day booking")
    }

    /// A duration of 999999 working days (a typo, or a hostile plan) checks in a blink, but `evplan build` drew the
    /// Gantt chart day by day across the whole span: one such task wrote a 7.8 MB page in 10 s, ten chained never ended.
    func testBuildingAPlanWithAbsurdDurationsEndsInTime() throws {
        let plan = try BadInputPlan(self)
        var text = "# Project\n\n## Tasks\n\n| ID | Task | Owner | Start | Duration | Depends on | Phase |\n|---|---|---|---|---:|---|---|\n"
        for number in 1...10 {
            text += "| A\(number) | Task | Amy | \(number == 1 ? "2027-01-04" : "") | 999999 | \(number > 1 ? "A\(number - 1)" : "") | post |\n"
        }
        try plan.write(text, to: "T2-project.md")
        let output = plan.folder.deletingLastPathComponent().appendingPathComponent("out")
        let run = try WatchedEvplan.run(["build", "--force", "-o", output.path, "."], in: plan.folder)
        WatchedEvplan.assertEnded(run, with: [0, 1], "build with 999999-day tasks")
    }

    /// venue.unknown-room looks for the closest room name of every unknown room among the venue's rooms: 5,000 sessions
    /// in rooms the venue does not list, at a venue of 5,000 rooms, must finish well under the watchdog (about 10 s in debug).
    func testThousandsOfUnknownRoomsAreReportedInTime() throws {
        let plan = try BadInputPlan(self, event: "---\nname: Rooms\nlang: en\ndates: 2027-03-12\n---\n# Rooms\n")
        let count = 5_000
        var rooms = "---\ntask: T5\nvenue: V\n---\n# V\n\n## Rooms\n\n| Room | Capacity |\n|---|---:|\n"
        var sessions = "# Agenda\n\n## Day 2027-03-12\n\n| Time | Session | Speaker | Room |\n|---|---|---|---|\n"
        for number in 0..<count {
            rooms += "| Room number \(number) | 100 |\n"
            sessions += "| 09:00-10:00 | Talk \(number) | Speaker \(number) | Hall number \(number) |\n"
        }
        try plan.write(rooms, to: "T5-venue.md")
        try plan.write(sessions, to: "T4-agenda.md")
        let run = try WatchedEvplan.check(plan.folder)
        WatchedEvplan.assertEnded(run, with: [1], "5,000 unknown rooms")
        if !run.hung { XCTAssertEqual(try run.diagnosticLines().filter { $0.hasSuffix("venue.unknown-room") }.count, count) }
    }

    /// agenda.speaker-overlap used to search every name of a session among the others: six panels of 4,000 names never ended.
    func testSessionsNamingThousandsOfSpeakersAreCheckedInTime() throws {
        let plan = try BadInputPlan(self, event: "---\nname: Panels\nlang: en\ndates: 2027-03-12\n---\n# Panels\n")
        let names = (0..<4_000).map { "Person \($0)" }.joined(separator: "、")
        var text = "# Agenda\n\n## Day 2027-03-12\n\n| Time | Session | Speaker | Room |\n|---|---|---|---|\n"
        for hour in 9...11 {
            text += "| \(hour):00-\(hour):30 | Panel | \(names) | R\(hour) |\n| \(hour):15-\(hour):45 | Panel 2 | \(names) | Q\(hour) |\n"
        }
        try plan.write(text, to: "T4-agenda.md")
        let run = try WatchedEvplan.check(plan.folder)
        WatchedEvplan.assertEnded(run, with: [1], "4,000 speakers per panel")
    }

    /// budget.total-mismatch adds up, for every 合計 row, every line it covers: a table whose lines are each followed
    /// by a running 合計 is quadratic. 1,000 such rows check in 0.75 s, 4,000 in 11 s (a ratio of 14, linear is 4).
    func testThousandsOfTotalRowsAreCheckedInLinearTime() throws {
        var seconds: [Double] = []
        for count in [1_000, 4_000] {
            let plan = try BadInputPlan(self)
            var rows = ""
            for number in 0..<count { rows += "| Item \(number) | 10 | 1 | 10 |\n| 合計 | | | \(10 * (number + 1)) |\n" }
            try plan.write(BadInputPlan.budget(rows), to: "T3-budget.md")
            let run = try WatchedEvplan.check(plan.folder)
            WatchedEvplan.assertEnded(run, with: [0], "\(count) running totals")
            seconds.append(run.seconds)
        }
        XCTAssertLessThan(seconds[1] / max(seconds[0], 0.05), BadInputScaleTests.maximumRatio, "\(seconds[0]) s at 1,000, \(seconds[1]) s at 4,000")
    }
}

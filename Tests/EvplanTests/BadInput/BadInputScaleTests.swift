import Foundation
import XCTest

/// The large extremes: a 10 MB line, a 10,000-task dependency chain, thousands of sessions in one room. Each is made at
/// run time at size N and 4N; both must finish under the watchdog with the exact diagnostics, and the larger may take
/// no more than about 8 times as long (4 for linear time, with room for a busy machine). A sanity check, not a benchmark.
final class BadInputScaleTests: XCTestCase {
    static let maximumRatio = 8.0

    /// Checks `makePlan(n)` and `makePlan(4n)`, asserting what each must report, and that time grows about linearly.
    private func assertLinear(_ label: String, n: Int, status: Int32, makePlan: (Int) throws -> BadInputPlan,
                              expected: (Int, [String]) -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        var seconds: [Double] = []
        for size in [n, 4 * n] {
            let plan = try makePlan(size)
            let run = try WatchedEvplan.check(plan.folder)
            WatchedEvplan.assertEnded(run, with: [status], "\(label) at \(size)", file: file, line: line)
            guard !run.hung, !run.signalled else { return }
            expected(size, try run.diagnosticLines())
            seconds.append(run.seconds)
        }
        // Start-up costs the same at both sizes; a floor keeps a tiny N from making the ratio noise.
        let ratio = seconds[1] / max(seconds[0], 0.05)
        XCTAssertLessThan(ratio, Self.maximumRatio, "\(label): \(seconds[0]) s at \(n), \(seconds[1]) s at \(4 * n)", file: file, line: line)
    }

    func testATenMegabyteLineOfProseChecksCleanInLinearTime() throws {
        try assertLinear("line of prose", n: 500_000, status: 0, makePlan: { words in
            let plan = try BadInputPlan(self)
            try plan.write("# Research\n\n" + String(repeating: "word ", count: words) + "\n", to: "T1-research.md")
            return plan
        }, expected: { _, found in XCTAssertEqual(found, []) })
    }

    func testATenMegabyteTableCellIsLocatedAtItsCharacterColumn() throws {
        try assertLinear("10 MB budget cell", n: 425_000, status: 1, makePlan: { pairs in
            let plan = try BadInputPlan(self)
            try plan.write(BadInputPlan.budget("| " + String(repeating: "場地", count: pairs) + " | 100 | 2 | 300 |\n"), to: "T3-budget.md")
            return plan
        }, expected: { pairs, found in
            XCTAssertEqual(found, ["T3-budget.md:10:\(2 * pairs + 16) error budget.amount-mismatch"])
        })
    }

    func testATenMegabyteRowOfCellsWarnsAboutTheCellsBeyondTheHeaderWithoutListingMillions() throws {
        try assertLinear("row of 5 million cells", n: 1_250_000, status: 1, makePlan: { cells in
            let plan = try BadInputPlan(self)
            let text = "---\ntask: T3\n---\n# Budget\n\n## Expenses\n\n| Item | Amount |\n|---|---:|\n" + String(repeating: "|a", count: cells) + "|\n"
            try plan.write(text, to: "T3-budget.md")
            return plan
        }, expected: { _, found in
            // The second cell is the amount; twenty cells beyond the header are named, the last one counting the rest.
            let beyond = (0..<20).map { "T3-budget.md:10:\(6 + 2 * $0) warning format.unknown-column" }
            XCTAssertEqual(found, ["T3-budget.md:10:4 error format.unparsable-value"] + beyond)
        })
    }

    func testATenMegabyteFrontMatterLineChecksClean() throws {
        try assertLinear("front matter line", n: 500_000, status: 0, makePlan: { words in
            let plan = try BadInputPlan(self)
            try plan.write("---\ntask: T1\nnote: " + String(repeating: "word ", count: words) + "\n---\n# Research\n", to: "T1-research.md")
            return plan
        }, expected: { _, found in XCTAssertEqual(found, []) })
    }

    private func taskChain(_ count: Int, closed: Bool) throws -> BadInputPlan {
        let plan = try BadInputPlan(self, event: "---\nname: Chain\nlang: en\ndates: 2070-03-12\n---\n# Chain\n")
        var text = "# Project\n\n## Tasks\n\n| ID | Task | Owner | Start | Duration | Depends on |\n|---|---|---|---|---:|---|\n"
        for number in 1...count {
            let predecessor = number > 1 ? "A\(number - 1)" : (closed ? "A\(count)" : "")
            let start = number == 1 && !closed ? "2027-01-04" : ""
            text += "| A\(number) | Task \(number) | Amy | \(start) | 1 | \(predecessor) |\n"
        }
        try plan.write(text, to: "T2-project.md")
        return plan
    }

    func testATenThousandTaskChainChecksCleanInLinearTime() throws {
        try assertLinear("task chain", n: 2_500, status: 0, makePlan: { try taskChain($0, closed: false) },
                         expected: { _, found in XCTAssertEqual(found, []) })
    }

    func testATenThousandTaskCycleIsReportedOnEveryTaskInLinearTime() throws {
        try assertLinear("task cycle", n: 2_500, status: 1, makePlan: { try taskChain($0, closed: true) }, expected: { count, found in
            XCTAssertEqual(found.count, count)
            XCTAssertEqual(Set(found.map { $0.split(separator: " ").last ?? "" }), ["schedule.dependency-cycle"])
        })
    }

    func testThousandsOfSubtotalRowsCheckInLinearTime() throws {
        try assertLinear("subtotal rows", n: 1_000, status: 0, makePlan: { count in
            let plan = try BadInputPlan(self)
            var rows = ""
            for number in 0..<count { rows += "| Item \(number) | 10 | 1 | 10 |\n| 小計 | | | 10 |\n" }
            try plan.write(BadInputPlan.budget(rows + "| 合計 | | | \(10 * count) |\n"), to: "T3-budget.md")
            return plan
        }, expected: { _, found in XCTAssertEqual(found, []) })
    }

    func testThousandsOfSessionsInOneRoomAreEachReportedInLinearTime() throws {
        try assertLinear("sessions in one room", n: 1_000, status: 1, makePlan: { count in
            let plan = try BadInputPlan(self, event: "---\nname: Rooms\nlang: en\ndates: 2027-03-12\n---\n# Rooms\n")
            var text = "# Agenda\n\n## Day 2027-03-12\n\n| Time | Session | Speaker | Room |\n|---|---|---|---|\n"
            for number in 0..<count { text += "| 09:00-10:00 | Talk \(number) | Speaker \(number) | Main Hall |\n" }
            try plan.write(text, to: "T4-agenda.md")
            return plan
        }, expected: { count, found in
            // The first session holds the room; every later one overlaps it, and is reported on its own line.
            XCTAssertEqual(found, (1..<count).map { "T4-agenda.md:\(7 + $0):3 error agenda.room-overlap" })
        })
    }
}

import Foundation
import XCTest
@testable import EvplanDocument

/// Bounded work on hostile input: cmark-gfm pads every row of a table to its header's width, so a 600 KB file (a
/// 99-column header, then 300,000 lines of `a`) once took 31 s and 9.5 GB. A table that would cost more than
/// `TableCostBound.maximumCells` padded cells is left out before cmark sees it and reported (format.too-large); so is
/// a file over 20 MB. Every run stays under 10 s and 1 GB.
final class BoundedWorkTests: XCTestCase {
    static let header = "|" + Array(repeating: "h", count: 99).joined(separator: "|") + "|\n"
        + "|" + Array(repeating: "-", count: 99).joined(separator: "|") + "|\n"

    /// The 600 KB file of the report: 99-column header, 300,000 lines of `a`.
    static let hostileTable = "# Notes\n\n" + header + String(repeating: "a\n", count: 300_000)

    /// The largest resident size of the test process's children so far, before this test's runs.
    private var usageBefore = ChildUsage.now()

    override func setUp() {
        super.setUp()
        usageBefore = ChildUsage.now()
    }

    private func assertBounded(_ run: WatchedEvplan.Run, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThan(run.seconds, 10, "\(label) took \(run.seconds) s", file: file, line: line)
        let usage = ChildUsage.now()
        usage.assertRunStayedUnder(1 << 30, since: usageBefore, label, file: file, line: line)
        usageBefore = usage
    }

    func testTheSixHundredKilobyteTableIsReportedAndBoundedInCheckAndBuild() throws {
        let plan = try BadInputPlan(self)
        XCTAssertLessThan(Self.hostileTable.utf8.count, 700_000)
        try plan.write(Self.hostileTable, to: "T1-notes.md")
        // The same table in a budget file, then a real table after it: its line number and its error are kept.
        let budget = "---\ntask: T3\n---\n# Budget\n\n" + Self.header + String(repeating: "a\n", count: 300_000)
            + "\n## Expenses\n\n| Item | Unit price | Qty | Amount |\n|---|---:|---:|---:|\n| Hall | 100 | 2 | 300 |\n"
        try plan.write(budget, to: "T3-budget.md")
        let budgetRowLine = 5 + 2 + 300_000 + 6
        let run = try plan.assertCheck(reports: ["T1-notes.md:3:1 error format.too-large", "T3-budget.md:6:1 error format.too-large",
                                                 "T3-budget.md:\(budgetRowLine):20 error budget.amount-mismatch"],
                                       status: 1, "600 KB table")
        assertBounded(run, "check")
        let text = try WatchedEvplan.run(["check", "."], in: plan.folder)
        XCTAssertTrue(text.stdout.contains("This table has 300000 rows of 99 columns"), text.stdout.prefix(2000) + "")
        XCTAssertTrue(text.stdout.contains("lines 3–300004 were not read"), text.stdout.prefix(2000) + "")

        let output = plan.folder.deletingLastPathComponent().appendingPathComponent("out")
        let build = try WatchedEvplan.run(["build", "--force", "-o", output.path, "."], in: plan.folder)
        WatchedEvplan.assertEnded(build, with: [1], "build of the 600 KB table")
        assertBounded(build, "build")
    }

    func testAFileOverTwentyMegabytesIsReportedAndNotRead() throws {
        let plan = try BadInputPlan(self)
        let line = String(repeating: "word ", count: 20) + "\n"
        try plan.write(String(repeating: line, count: 21 * 1024 * 1024 / line.utf8.count + 1), to: "T1-huge.md")
        let run = try plan.assertCheck(reports: ["T1-huge.md:1:1 error format.too-large"], status: 1, "21 MB file")
        assertBounded(run, "21 MB file")
    }

    func testABenchmarkSizedBudgetTableIsReadWhole() throws {
        // bench/generate.py's XL plan: 20,000 budget lines of 7 columns, 140,000 cells.
        let plan = try BadInputPlan(self, event: "---\nname: Big\nlang: en\ndates: 2027-03-12\n---\n# Big\n")
        var text = "---\ntask: T3\n---\n# Budget\n\n## Expenses\n\n| Item | Category | Unit price | Qty | Unit | Amount | Note |\n|---|---|---:|---:|---|---:|---|\n"
        for number in 0..<20_000 { text += "| Item \(number) | Venue | 10 | 1 | day | 10 | |\n" }
        try plan.write(text, to: "T3-budget.md")
        let run = try WatchedEvplan.check(plan.folder)
        WatchedEvplan.assertEnded(run, with: [0, 1], "20,000-line budget")
        XCTAssertFalse(try run.diagnosticLines().contains { $0.hasSuffix("format.too-large") })
    }

    // MARK: - The bound itself

    func testATableUnderTheBoundIsLeftAsIs() {
        let text = "# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let bounded = TableCostBound.bound(text, path: "T1.md")
        XCTAssertEqual(bounded.text, text)
        XCTAssertEqual(bounded.diagnostics, [])
    }

    func testATableOverTheBoundBecomesBlankLinesAndTheRestKeepsItsLines() {
        let rows = TableCostBound.maximumCells / 2  // two columns: just past the bound with the header row
        let text = "# Notes\n\n| a | b |\n|---|---|\n" + String(repeating: "x\n", count: rows) + "\nafter\n"
        let bounded = TableCostBound.bound(text, path: "T1.md")
        XCTAssertEqual(bounded.diagnostics.map { "\($0.location) \($0.rule.id)" }, ["T1.md:3:1 format.too-large"])
        XCTAssertEqual(bounded.text, "# Notes\n\n" + String(repeating: "\n", count: rows + 2) + "\nafter\n")
        XCTAssertEqual(bounded.text.split(separator: "\n", omittingEmptySubsequences: false).count,
                       text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    func testTheBoundIsPerFileAndATableInAQuoteOrAtTheEndWithoutALineEndCounts() {
        // Three tables of 400,000 cells each: the third takes the file past the bound and alone is left out.
        let table = "> | a | b |\n> |---|---|\n" + String(repeating: "> x\n", count: 199_999)
        let text = table + "\n" + table + "\n" + String(table.dropLast())
        let bounded = TableCostBound.bound(text, path: "T1.md")
        XCTAssertEqual(bounded.diagnostics.map { "\($0.location)" }, ["T1.md:\(2 * 200_002 + 1):1"])
        XCTAssertTrue(bounded.text.hasPrefix(table + "\n" + table + "\n\n"))
        XCTAssertEqual(bounded.text.utf8.filter { $0 == UInt8(ascii: "\n") }.count, text.utf8.filter { $0 == UInt8(ascii: "\n") }.count)
    }
}

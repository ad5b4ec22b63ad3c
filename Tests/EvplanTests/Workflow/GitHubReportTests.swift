import Foundation
import XCTest
@testable import Evplan

/// `evplan check --format github`: GitHub Actions workflow commands that annotate the lines of a pull request.
final class GitHubReportTests: XCTestCase {
    func testEachDiagnosticIsAWorkflowCommandOnItsLine() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/planted", to: folder)
        let run = try EvplanBinary.run(["check", "--format", "github", "./planted"], in: folder)
        XCTAssertEqual(run.status, 1, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let amount = try XCTUnwrap(lines.first { $0.hasPrefix("::error file=planted/T3-budget.md,line=7,col=32,title=budget.amount-mismatch::") },
                                   run.stdout)
        XCTAssertTrue(amount.contains("單價 60,000"), "a comma in the message is data and stays as it is: \(amount)")
        XCTAssertTrue(amount.contains("%0A修正: "), "the fix hint follows on its own line: \(amount)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("::warning file=planted/T3-budget.md,line=13,col=1,title=budget.deficit::") }, run.stdout)

        let plantedExpected = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/plans/planted.expected"), encoding: .utf8)
        let expectedCount = plantedExpected.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.count
        XCTAssertEqual(lines.filter { $0.hasPrefix("::") }.count, expectedCount, "one command per diagnostic")
        XCTAssertFalse(lines.filter { $0.hasPrefix("::") }.contains { $0.dropFirst(2).contains("\n") })
    }

    func testPropertyAndMessageEscaping() {
        XCTAssertEqual(GitHubReport.escapeProperty("plans/a,b:c.md"), "plans/a%2Cb%3Ac.md")
        XCTAssertEqual(GitHubReport.escapeData("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b")
    }
}

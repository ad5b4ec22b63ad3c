import Foundation
import XCTest

/// A budget kept in Excel and saved as `T3-budget.csv` (UTF-8 with BOM and CRLF, or Big5), as a planner hands it in.
final class SpreadsheetPlanTests: XCTestCase {
    private let plans = ["Tests/EvplanTests/Fixtures/plans/csv-budget", "Tests/EvplanTests/Fixtures/plans/csv-budget-big5"]

    func testExcelBudgetsCheckCleanAndShowOnTheBudgetPage() throws {
        for plan in plans {
            let folder = try EvplanBinary.temporaryFolder(self)
            let copy = try EvplanBinary.copy(plan, to: folder)
            let run = try EvplanBinary.run(["build", copy.path, "-o", folder.appendingPathComponent("out").path])
            XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
            XCTAssertFalse(run.stdout.contains(": error:") || run.stdout.contains(": warning:"), run.stdout)
            XCTAssertEqual(run.stdout.contains("[format.big5]"), plan.hasSuffix("big5"), run.stdout)
            let page = try String(contentsOf: folder.appendingPathComponent("out/budget.html"), encoding: .utf8)
            // The CSV's rows are budget lines like a Markdown table's: categories, amounts, totals and the income.
            for text in ["帳篷租借（3x3 公尺）", "270,000", "含搭設、拆除", "692,600", "市府補助", "392,600"] {
                XCTAssertTrue(page.contains(text), "\(plan): \(text) missing from budget.html")
            }
        }
    }

    func testAMisAddedLineIsReportedAtTheCSVCell() throws {
        for plan in plans {
            let folder = try EvplanBinary.temporaryFolder(self)
            let copy = try EvplanBinary.copy(plan, to: folder)
            let file = copy.appendingPathComponent("T3-budget.csv")
            var bytes = try Data(contentsOf: file)
            // 保全與交管人員 2,400 × 24 = 57,600: the planner typed 56,700.
            let right = Data("\"57,600\"".utf8), wrong = Data("\"56,700\"".utf8)
            let range = try XCTUnwrap(bytes.range(of: right))
            bytes.replaceSubrange(range, with: wrong)
            try bytes.write(to: file)
            let checked = try EvplanBinary.run(["check", (plan as NSString).lastPathComponent], in: folder)
            XCTAssertEqual(checked.status, 1, checked.stdout)
            // Line 8 of the file; the cell `"56,700"` starts at column 26, its text after the quote at 27.
            let name = (plan as NSString).lastPathComponent
            XCTAssertTrue(checked.stdout.contains("\(name)/T3-budget.csv:8:27: error: 單價 2,400 × 數量 24 = 57,600，但小計寫 56,700 [budget.amount-mismatch]"), checked.stdout)
            // The total row no longer adds up either, and says so at its own cell.
            XCTAssertTrue(checked.stdout.contains("\(name)/T3-budget.csv:13:"), checked.stdout)
        }
    }

    func testOtherSpreadsheetsInThePlanFolderAreLeftAlone() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let copy = try EvplanBinary.copy(plans[0], to: folder)
        try "姓名,電話\n王小明,0912345678\n".write(to: copy, "guests.csv")
        let run = try EvplanBinary.run(["check", copy.path])
        XCTAssertEqual(run.status, 0, run.stdout)
        XCTAssertFalse(run.stdout.contains("guests.csv"), run.stdout)
    }
}

import Evplan
import EvplanModel
import Foundation
import XCTest

/// The 12 published accounts of tofuConf (Japanese, JPY). Two of them really are mis-added: the 支出 合計 of
/// 2018-11-03 says 39,672 where the lines add up to 39,436, and that of 2019-10-26 says 25,732 where they add
/// up to 26,666. evplan must find exactly those two, on their own lines.
final class TofuConfAccountsRealDataTests: XCTestCase {
    private static let folder = "budget/tofuconf_financial_reports"

    private struct Checked {
        let report: String
        let budgetText: String
        let oracle: TofuConfAccountOracle
        let result: CheckResult

        func places(_ ruleID: String) -> [String] {
            result.diagnostics.filter { $0.rule.id == ruleID }.map { "\(report):\($0.location.line)" }
        }
    }

    private func checkEveryReport() throws -> [Checked] {
        let reports = try RealDataFixture.files(in: Self.folder, withSuffix: ".md")
        XCTAssertEqual(reports.count, 12)
        return try reports.map { report in
            let text = PublishedBudgetWrapper.budgetText(wrapping: try RealDataFixture.text("\(Self.folder)/\(report)"))
            let plan = try TemporaryPlanFolder(label: "tofuconf")
            defer { plan.remove() }
            try PublishedBudgetWrapper.write(name: "tofuConf \(report.prefix(10))", currency: "JPY", budgetText: text, into: plan)
            let result = Pipeline.check(folder: plan.path)
            XCTAssertTrue(result.diagnostics.allSatisfy { ($0.location.file as NSString).lastPathComponent != "event.md" })
            return Checked(report: report, budgetText: text, oracle: TofuConfAccountOracle(text: text), result: result)
        }
    }

    func testTheIndependentSumsFindTheTwoMisAddedTotals() throws {
        let misAdded = try checkEveryReport().flatMap { checked in
            checked.oracle.misAddedTotals.map { "\(checked.report):\($0.line) \($0.section) \($0.declared)≠\($0.sum)" }
        }
        XCTAssertEqual(misAdded, ["2018-11-03-financial-report.md:47 支出 39672≠39436",
                                  "2019-10-26-financial-report.md:47 支出 25732≠26666"])
    }

    func testTotalMismatchIsReportedOnExactlyTheMisAddedTotals() throws {
        let checked = try checkEveryReport()
        let expected = checked.flatMap { one in one.oracle.misAddedTotals.map { "\(one.report):\($0.line)" } }
        let reported = checked.flatMap { $0.places("budget.total-mismatch") }
        XCTAssertEqual(reported, expected)
    }

    /// Every declared 合計 row, including the 支出 ones whose 合計 sits in the 店名 column, is a total row to
    /// evplan, not one more expense line.
    func testEveryDeclaredTotalRowIsReadAsATotal() throws {
        for checked in try checkEveryReport() {
            let totalLines = checked.result.plan.budget.tables.flatMap(\.rows).filter { $0.kind == .total }.map(\.location.line)
            XCTAssertEqual(totalLines, checked.oracle.totals.map(\.line), checked.report)
        }
    }

    func testIncomeAndExpensesAddUpToThePublishedLines() throws {
        for checked in try checkEveryReport() {
            let budget = checked.result.plan.budget
            XCTAssertEqual(budget.incomeTables.count, 1, checked.report)
            XCTAssertEqual(budget.expenseTables.count, 1, checked.report)
            XCTAssertEqual(budget.totalIncome, checked.oracle.sum(of: "収入"), "\(checked.report) income")
            XCTAssertEqual(budget.totalExpenses, checked.oracle.sum(of: "支出"), "\(checked.report) expenses")
            XCTAssertEqual(checked.result.plan.currency, "JPY")
        }
    }

    func testNoAmountMismatchWhereUnitPriceTimesCountIsTheSubtotal() throws {
        for checked in try checkEveryReport() {
            XCTAssertEqual(checked.oracle.unitPriceMismatches.count, 0, checked.report)
            XCTAssertEqual(checked.places("budget.amount-mismatch"), [], checked.report)
            let pricedLines = checked.result.plan.budget.expenseLines.filter { $0.unitPrice != nil && $0.quantity != nil }
            XCTAssertEqual(pricedLines.count, checked.oracle.lineItems.filter { $0.unitPrice != nil }.count,
                           "\(checked.report): every 単価 and 個数 is read")
        }
    }

    /// Every account ends with money left (so no budget.deficit), and its values are all readable. Its two-column
    /// summaries (差引残高) stay prose, as they should, which `format.prose-table` notes.
    func testNothingElseIsReported() throws {
        for checked in try checkEveryReport() {
            let other = checked.result.diagnostics.filter { $0.rule.id != "budget.total-mismatch" && $0.rule.id != "format.prose-table" }
            XCTAssertEqual(other.map { "\($0.rule.id) \(checked.report):\($0.location.line): \($0.message.en)" }, [])
        }
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class BudgetAmountMismatchTests: XCTestCase {
    private let rule = BudgetAmountMismatch()

    func testReportsTheAmountCellWithTheArithmetic() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("場地租金", at: 5, price: "120,000", qty: "2", amount: "240,000"),
            PlanBuilder.line("講師費", at: 6, price: "1,200", qty: "3", amount: "3,500"),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: BudgetAmountMismatch.descriptor, at: ["T3-budget.md:6:40"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "單價 1,200 × 數量 3 = 3,600，但小計寫 3,500")
        XCTAssertEqual(diagnostics.first?.message.en, "Unit price 1,200 × qty 3 = 3,600, but the amount says 3,500")
    }

    func testDecimalsAreShownWithoutTrailingZeros() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("印刷", at: 5, price: "1,200.50", qty: "2", amount: "2,400"),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: BudgetAmountMismatch.descriptor, at: ["T3-budget.md:5:40"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "單價 1,200.5 × 數量 2 = 2,401，但小計寫 2,400")
    }

    func testCorrectRowsAmountOnlyRowsAndRoundingPass() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("場地租金", at: 5, price: "120,000", qty: "2", amount: "240,000"),
            PlanBuilder.line("企業贊助", at: 6, amount: "300,000"),
            PlanBuilder.line("便當", at: 7, price: "120", qty: "600"),
            PlanBuilder.line("文具", at: 8, price: "1,234.5", qty: "3", amount: "3,704"),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testOverflowingProductIsNotACrashOrAFalseAlarm() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("天文數字", at: 5, price: "9e120", qty: "9e120", amount: "1"),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testEmptyBudgetHasNothingToReport() {
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [])])), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class BudgetTotalMismatchTests: XCTestCase {
    private let rule = BudgetTotalMismatch()

    func testTotalThatDoesNotAddUpIsReportedAtItsAmount() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("場地租金", at: 5, price: "120,000", qty: "2", amount: "240,000"),
            PlanBuilder.line("午餐便當", at: 6, price: "120", qty: "600"),
            PlanBuilder.total(at: 7, amount: "300,000", covers: [0, 1]),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: BudgetTotalMismatch.descriptor, at: ["T3-budget.md:7:40"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "合計寫 300,000，但所涵蓋的 2 列加總為 312,000（差 12,000）")
        XCTAssertEqual(diagnostics.first?.message.en,
                       "The 合計 row says 300,000, but the 2 rows it covers add up to 312,000 (a difference of 12,000)")
    }

    func testTotalThatAddsUpPasses() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("場地租金", at: 5, amount: "240,000"),
            PlanBuilder.line("午餐便當", at: 6, price: "120", qty: "600"),
            PlanBuilder.total(at: 7, amount: "312,000", covers: [0, 1]),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testSubtotalByCategoryCountsOnlyThatCategory() {
        let rows = [
            PlanBuilder.line("國際廳", at: 5, amount: "100,000", category: "場地"),
            PlanBuilder.line("午餐便當", at: 6, price: "120", qty: "600", category: "餐飲"),
            PlanBuilder.line("茶點", at: 7, amount: "8,000", category: "餐飲"),
            PlanBuilder.total("小計", at: 8, amount: "80,000", covers: [1, 2], kind: .subtotal, category: "餐飲"),
            PlanBuilder.total("小計", at: 9, amount: "79,000", covers: [1, 2], kind: .subtotal, category: "餐飲"),
        ]
        let diagnostics = PlanBuilder.run(rule, on: PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, rows)]))
        PlanBuilder.assertReports(diagnostics, of: BudgetTotalMismatch.descriptor, at: ["T3-budget.md:9:40"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "「餐飲」小計寫 79,000，但該類別 2 列加總為 80,000（差 1,000）")
    }

    func testTotalWithoutAmountOrWithStrayIndicesDoesNotTrap() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [
            PlanBuilder.line("場地租金", at: 5, amount: "240,000"),
            PlanBuilder.total(at: 6, amount: nil, covers: [0]),
            PlanBuilder.total(at: 7, amount: "240,000", covers: [0, 42, -1]),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class BudgetDeficitTests: XCTestCase {
    private let rule = BudgetDeficit()

    func testDeficitIsWarnedAtTheFirstIncomeTable() {
        let plan = PlanBuilder.plan(budget: [
            PlanBuilder.table(.expense, at: 3, [PlanBuilder.line("場地", at: 5, amount: "400,000")]),
            PlanBuilder.table(.income, at: 20, [PlanBuilder.line("一般票", at: 22, price: "1,500", qty: "250", amount: "375,000")]),
            PlanBuilder.table(.income, at: 30, [PlanBuilder.line("贊助", at: 32, amount: "0")]),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: BudgetDeficit.descriptor, at: ["T3-budget.md:20:1"])
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.message.zhTW, "收入 375,000，支出 400,000，短絀 25,000")
    }

    func testBalancedBudgetPasses() {
        let plan = PlanBuilder.plan(budget: [
            PlanBuilder.table(.expense, at: 3, [PlanBuilder.line("場地", at: 5, amount: "375,000")]),
            PlanBuilder.table(.income, at: 20, [PlanBuilder.line("一般票", at: 22, amount: "375,000")]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testWithoutIncomeTableThereIsNoDeficitToReport() {
        let plan = PlanBuilder.plan(budget: [PlanBuilder.table(.expense, at: 3, [PlanBuilder.line("場地", at: 5, amount: "400,000")])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

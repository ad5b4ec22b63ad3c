import XCTest
@testable import EvplanCheck
import EvplanModel

final class BudgetOverCapTests: XCTestCase {
    private let rule = BudgetOverCap()

    private func plan(cap: String?, expenses: [String]) -> Plan {
        let lines = expenses.enumerated().map { PlanBuilder.line("項目\($0)", at: 5 + $0, amount: $1) }
        let total = PlanBuilder.total(at: 5 + lines.count, amount: "1", covers: Array(lines.indices))
        return PlanBuilder.plan(event: PlanBuilder.event(cap: cap), budget: [PlanBuilder.table(.expense, at: 3, lines + [total])])
    }

    func testExpensesOverTheCapAreReportedAtTheCap() {
        let diagnostics = PlanBuilder.run(rule, on: plan(cap: "1,500,000", expenses: ["1,000,000", "600,000"]))
        PlanBuilder.assertReports(diagnostics, of: BudgetOverCap.descriptor, at: ["event.md:5:9"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "支出合計 1,600,000 超過預算上限 1,500,000，超出 100,000")
        XCTAssertEqual(diagnostics.first?.message.en, "Expenses total 1,600,000, over the budget cap of 1,500,000 by 100,000")
    }

    func testExpensesUpToTheCapPassAndTotalRowsAreNotCountedTwice() {
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(cap: "1,500,000", expenses: ["1,000,000", "500,000"])), [])
    }

    func testNoCapNoReport() {
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(cap: nil, expenses: ["9,000,000"])), [])
    }
}

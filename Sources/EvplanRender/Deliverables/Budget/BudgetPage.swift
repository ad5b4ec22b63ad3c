import EvplanModel

/// budget.html: O3.1.1 成本表, O3.2.1 成本結構分析, O3.2.2 成本估算, O3.2.3 預算計畫, O4.3.1 預算表.
struct BudgetPage: PageDeliverable {
    let id = "budget"
    let audience = Audience.client
    let outputCodes = ["O3.1.1", "O3.2.1", "O3.2.2", "O3.2.3", "O4.3.1"]
    let title = LocalizedText(zh: "預算表", en: "Budget")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "col_item": .init("項目", "Item"),
        "col_unit_price": .init("單價", "Unit price"),
        "col_qty": .init("數量", "Qty"),
        "col_unit": .init("單位", "Unit"),
        "col_lines": .init("項數", "Lines"),
        "card_budget": .init("{n} 筆支出，合計 {total}", "Expense lines: {n}, {total} in total"),
        "budget_summary": .init("預算摘要", "Summary"),
        "budget_expenses": .init("支出明細", "Expenses"),
        "budget_income": .init("收入明細", "Income"),
        "budget_structure": .init("成本結構分析", "Cost structure"),
        "budget_expense_total": .init("支出總計", "Total expenses"),
        "budget_income_total": .init("收入總計", "Total income"),
        "budget_subtotal": .init("小計", "subtotal"),
        "budget_self_funded_share": .init("自籌比例", "Self-funded share"),
        "budget_currency_note": .init("單位：{c}", "Amounts in {c}"),
        "budget_unit_twd": .init("單位：新臺幣元", "Amounts in New Taiwan dollars (NT$)"),
        "budget_funding": .init("經費來源", "Funding sources"),
        "col_funding_source": .init("經費來源", "Funded by"),
        "col_funded": .init("支應支出", "Expenses it pays"),
        "col_source_income": .init("收入", "Income"),
        "budget_income_share": .init("占收入", "Share of income"),
        "budget_funding_mismatch": .init("不符", "differs"),
        "budget_no_expenses": .init("在「## 支出 Expenses」表格列出支出項目。", "List the costs in a `## Expenses` table."),
        "budget_no_income_hint": .init("在「## 收入 Income」表格列出票券、贊助或補助收入。",
                                   "List tickets, sponsorship or grants in an `## Income` table."),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let budget = context.plan.budget
        let expenses = budget.expenseLines
        switch outputCode {
        case "O3.1.1", "O4.3.1": return !expenses.isEmpty
        case "O3.2.1": return expenses.contains { !($0.category?.value.isEmpty ?? true) }
        case "O3.2.2": return expenses.contains { $0.unitPrice != nil && $0.quantity != nil }
        case "O3.2.3": return !expenses.isEmpty && (!budget.incomeLines.isEmpty || context.plan.event?.budgetCap != nil)
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let budget = context.plan.budget
        guard !budget.expenseLines.isEmpty || !budget.incomeLines.isEmpty else {
            return DeliverableCard(summary: context.label("card_empty"), isEmpty: true)
        }
        return DeliverableCard(summary: context.filled("card_budget", ["n": "\(budget.expenseLines.count)",
                                                                       "total": context.money.format(budget.totalExpenses)]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> BudgetViewModel { BudgetViewModel(context) }
}

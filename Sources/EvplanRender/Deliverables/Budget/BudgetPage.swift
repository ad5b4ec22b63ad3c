import EvplanModel

/// budget.html: O3.1.1 成本表, O3.2.1 成本結構分析, O3.2.2 成本估算, O3.2.3 預算計畫, O4.3.1 預算表.
struct BudgetPage: PageDeliverable {
    let id = "budget"
    let audience = Audience.client
    let outputCodes = ["O3.1.1", "O3.2.1", "O3.2.2", "O3.2.3", "O4.3.1"]

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

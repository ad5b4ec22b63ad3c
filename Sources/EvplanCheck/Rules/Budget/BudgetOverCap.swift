import EvplanModel

/// Expenses that add up to more than the budget cap set in event.md.
public struct BudgetOverCap: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.over-cap", severity: .error, task: .t3, competency: ["P3.2.2", "K16", "S25", "O3.2.3"],
        summary: LocalizedText(zh: "支出超過預算上限", en: "Expenses exceed the budget cap"),
        hint: LocalizedText(zh: "刪減或調整支出項目，或與主辦單位確認後提高 event.md 的 budget 上限。",
                            en: "Cut or rework expense lines, or raise `budget` in event.md once the organiser agrees."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let budget = context.plan.budget
        guard let cap = context.plan.event?.budgetCap, !cap.value.isNaN, !budget.expenseTables.isEmpty else { return [] }
        let expenses = budget.totalExpenses
        guard !expenses.isNaN, expenses > cap.value else { return [] }
        let e = AmountText.format(expenses), c = AmountText.format(cap.value), excess = AmountText.format(expenses - cap.value)
        return [diagnostic(at: cap.location, LocalizedText(
            zh: "支出合計 \(e) 超過預算上限 \(c)，超出 \(excess)",
            en: "Expenses total \(e), over the budget cap of \(c) by \(excess)"))]
    }
}

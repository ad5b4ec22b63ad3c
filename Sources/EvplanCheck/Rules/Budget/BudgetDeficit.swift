import EvplanModel

/// A budget whose expenses are larger than its income, when the plan lists income at all.
public struct BudgetDeficit: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.deficit", severity: .warning, task: .t3, competency: ["P3.2.2", "S23", "S25", "O3.2.3"],
        summary: LocalizedText(zh: "支出大於收入（短絀）", en: "Expenses exceed income (a deficit)"),
        hint: LocalizedText(zh: "增加收入（票價、贊助、補助）或減少支出；若短絀由主辦單位自籌，把這筆經費列為收入。",
                            en: "Raise income (tickets, sponsors, grants) or cut expenses; if the organiser covers the gap, list that funding as income."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let budget = context.plan.budget
        guard let firstIncome = budget.incomeTables.first else { return [] }
        let income = budget.totalIncome, expenses = budget.totalExpenses
        guard !income.isNaN, !expenses.isNaN, expenses > income else { return [] }
        let i = AmountText.format(income), e = AmountText.format(expenses), deficit = AmountText.format(expenses - income)
        return [diagnostic(at: firstIncome.location, LocalizedText(
            zh: "收入 \(i)，支出 \(e)，短絀 \(deficit)",
            en: "Income \(i), expenses \(e): a deficit of \(deficit)"))]
    }
}

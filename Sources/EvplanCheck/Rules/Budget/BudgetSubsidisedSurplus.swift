import EvplanModel

/// A plan that asks for a subsidy (補助) and still shows a surplus: grant offices pay subsidies against actual costs and
/// cut, or take back, what the budget does not need.
public struct BudgetSubsidisedSurplus: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.subsidised-surplus", severity: .warning, task: .t3, competency: ["P3.2.2", "S25", "O3.2.3"],
        summary: LocalizedText(zh: "申請補助的預算卻有盈餘", en: "A budget with subsidy income shows a surplus"),
        hint: LocalizedText(zh: "補助款通常以實支核銷、結餘繳回：把申請補助金額降到收支平衡，或把結餘列為支出（例如預備金）並說明用途。",
                            en: "Subsidies are paid against actual costs and a surplus is cut or returned: lower the amount asked for until the budget balances, or budget the surplus (e.g. a contingency) and say what it is for."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let budget = context.plan.budget
        let subsidies = budget.subsidyIncomeLines
        guard let first = subsidies.first, budget.balance > 0 else { return [] }
        let asked = AmountText.format(subsidies.reduce(0) { $0 + ($1.effectiveAmount ?? 0) })
        let surplus = AmountText.format(budget.balance)
        return [diagnostic(at: first.item.location, LocalizedText(
            zh: "申請補助 \(asked)，收支仍有盈餘 \(surplus)：補助單位會核減這筆補助",
            en: "The plan asks for \(asked) of subsidy and still shows a surplus of \(surplus); the grant office would cut the subsidy"))]
    }
}

import EvplanModel

/// Expense lines funded by one source (the 經費來源 column) that add up to more or less than the income the plan
/// lists for that source: a grant office reads the two tables against each other.
public struct BudgetFundingMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.funding-mismatch", severity: .warning, task: .t3, competency: ["P3.2.2", "S23", "O3.2.3"],
        summary: LocalizedText(zh: "某經費來源支應的支出合計與該來源的收入不符",
                               en: "The expenses a funding source pays for do not add up to that source's income"),
        hint: LocalizedText(zh: "調整支出各列的「經費來源」，或修正收入表中該來源（類別）的金額，使兩者相等。",
                            en: "Change the funding source of some expense lines, or correct that source's income, so that the two agree."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.plan.budget.fundingSources.compactMap { source in
            guard source.funded != source.income, let first = source.lines.first?.fundingSource else { return nil }
            let funded = AmountText.format(source.funded), income = AmountText.format(source.income)
            if source.incomeLines.isEmpty {
                return diagnostic(at: first.location, LocalizedText(
                    zh: "經費來源「\(source.name)」支應 \(source.lines.count) 列支出共 \(funded)，但收入表沒有這個來源",
                    en: "Funding source “\(source.name)” pays for \(source.lines.count) expense lines, \(funded) in all, but no income line is from it"),
                    hint: LocalizedText(zh: "在收入表加上類別為「\(source.name)」的收入列，或改正這些支出的經費來源。",
                                        en: "Add an income line with category “\(source.name)”, or correct these lines' funding source."))
            }
            let gap = AmountText.format(source.funded > source.income ? source.funded - source.income : source.income - source.funded)
            let more = source.funded > source.income
            return diagnostic(at: first.location, LocalizedText(
                zh: "經費來源「\(source.name)」支應的支出合計 \(funded)，收入 \(income)，\(more ? "超出" : "少了") \(gap)",
                en: "Expenses funded by “\(source.name)” add up to \(funded) against \(income) of income: \(gap) \(more ? "more" : "less")"))
        }
    }
}

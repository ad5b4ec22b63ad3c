import EvplanModel

/// A budget row whose written amount is not its unit price times its quantity.
public struct BudgetAmountMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.amount-mismatch", severity: .error, task: .t3, competency: ["P3.2.2", "S23", "O3.1.1"],
        summary: LocalizedText(zh: "小計不等於單價 × 數量", en: "A row's amount is not unit price × quantity"),
        hint: LocalizedText(zh: "重算這一列：小計應為單價乘以數量；若單價或數量才是錯的，改正那一格。",
                            en: "Recompute the row: the amount should be unit price times quantity; if the price or quantity is wrong, fix that cell."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for table in context.plan.budget.tables {
            for row in table.rows {
                guard let price = row.unitPrice, let quantity = row.quantity, let amount = row.amount,
                      let computed = row.computedAmount, !computed.isNaN, !amount.value.isNaN,
                      !AmountComparison.agrees(written: amount.value, computed: computed) else { continue }
                let p = AmountText.format(price.value), q = AmountText.format(quantity.value)
                let c = AmountText.format(computed), a = AmountText.format(amount.value)
                diagnostics.append(diagnostic(at: amount.location, LocalizedText(
                    zh: "單價 \(p) × 數量 \(q) = \(c)，但小計寫 \(a)",
                    en: "Unit price \(p) × qty \(q) = \(c), but the amount says \(a)")))
            }
        }
        return diagnostics
    }
}

import Foundation
import EvplanModel

/// A 合計/Total or 小計/Subtotal row whose amount is not the sum of the rows it totals.
public struct BudgetTotalMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.total-mismatch", severity: .error, task: "T3", competency: ["P3.2.2", "S23", "O3.1.1", "O3.2.1"],
        summary: LocalizedText(zh: "合計或小計不等於所列各項的加總", en: "A total or subtotal is not the sum of its rows"),
        hint: LocalizedText(
            zh: "重新加總：合計涵蓋整張表的每一列；小計涵蓋上一個小計之後的各列，或在「類別」欄寫了類別時涵蓋該類別的各列。",
            en: "Add the rows up again: a total covers every line of its table; a subtotal covers the lines since the previous subtotal, or one category's lines when its Category cell names one."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for table in context.plan.budget.tables {
            for row in table.rows where row.kind != .line {
                guard let declared = row.amount, !declared.value.isNaN else { continue }
                let covered = row.covers.filter { table.rows.indices.contains($0) }.map { table.rows[$0] }
                let sum = covered.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }
                guard !sum.isNaN, !AmountComparison.agrees(written: declared.value, computed: sum) else { continue }
                diagnostics.append(diagnostic(at: declared.location, message(row: row, declared: declared.value, sum: sum, rows: covered.count)))
            }
        }
        return diagnostics
    }

    private func message(row: BudgetRow, declared: Decimal, sum: Decimal, rows: Int) -> LocalizedText {
        let d = AmountText.format(declared), s = AmountText.format(sum)
        let difference = AmountText.format(declared > sum ? declared - sum : sum - declared)
        let label = row.item.value.trimmingCharacters(in: .whitespaces)
        if row.kind == .subtotal, let category = row.category?.value.trimmingCharacters(in: .whitespaces), !category.isEmpty {
            return LocalizedText(
                zh: "「\(category)」\(label)寫 \(d)，但該類別 \(rows) 列加總為 \(s)（差 \(difference)）",
                en: "The “\(category)” \(label) says \(d), but the \(rows) rows of that category add up to \(s) (a difference of \(difference))")
        }
        return LocalizedText(
            zh: "\(label)寫 \(d)，但所涵蓋的 \(rows) 列加總為 \(s)（差 \(difference)）",
            en: "The \(label) row says \(d), but the \(rows) rows it covers add up to \(s) (a difference of \(difference))")
    }
}

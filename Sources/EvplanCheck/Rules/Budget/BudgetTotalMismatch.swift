import Foundation
import EvplanModel

/// A 合計/Total or 小計/Subtotal row whose amount is not the sum of the rows it totals.
public struct BudgetTotalMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.total-mismatch", severity: .error, task: .t3, competency: ["P3.2.2", "S23", "O3.1.1", "O3.2.1"],
        summary: LocalizedText(zh: "合計或小計不等於所列各項的加總", en: "A total or subtotal is not the sum of its rows"),
        hint: LocalizedText(
            zh: "重新加總：合計涵蓋整張表的每一列；小計涵蓋上一個小計之後的各列，或在「類別」欄寫了類別時涵蓋該類別的各列。",
            en: "Add the rows up again: a total covers every line of its table; a subtotal covers the lines since the previous subtotal, or one category's lines when its Category cell names one."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for table in context.plan.budget.tables {
            let sums = LineSums(table)
            for row in table.rows where row.kind != .line {
                guard let declared = row.amount, !declared.value.isNaN else { continue }
                let (sum, count) = sums.total(of: row.covers)
                guard !sum.isNaN, !AmountComparison.agrees(written: declared.value, computed: sum) else { continue }
                diagnostics.append(diagnostic(at: declared.location, message(row: row, declared: declared.value, sum: sum, rows: count)))
            }
        }
        return diagnostics
    }

    /// Running sums of a table's lines, overall and per category, so that each total row is checked in
    /// logarithmic time however many lines it covers.
    private struct LineSums {
        let table: BudgetTable
        /// `prefix[i]`: the sum and count of the lines among rows `0..<i`.
        let prefix: [(sum: Decimal, count: Int)]
        /// Per category: (row index, sum and count of that category's lines up to and including it).
        let byCategory: [String: [(row: Int, sum: Decimal, count: Int)]]

        init(_ table: BudgetTable) {
            self.table = table
            var prefix: [(sum: Decimal, count: Int)] = [(0, 0)]
            var byCategory: [String: [(row: Int, sum: Decimal, count: Int)]] = [:]
            for (index, row) in table.rows.enumerated() {
                var (sum, count) = prefix[index]
                if row.kind == .line {
                    let amount = row.effectiveAmount ?? 0
                    sum += amount
                    count += 1
                    if let category = row.category?.value {
                        let last = byCategory[category]?.last
                        byCategory[category, default: []].append((index, (last?.sum ?? 0) + amount, (last?.count ?? 0) + 1))
                    }
                }
                prefix.append((sum, count))
            }
            self.prefix = prefix
            self.byCategory = byCategory
        }

        func total(of coverage: BudgetCoverage) -> (sum: Decimal, count: Int) {
            switch coverage {
            case let .rows(indices):
                let rows = table.rowIndices(coveredBy: .rows(indices)).map { table.rows[$0] }
                return (rows.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }, rows.count)
            case let .lines(from, to):
                let lower = min(max(0, from), table.rows.count), upper = min(max(to, lower), table.rows.count)
                return (prefix[upper].sum - prefix[lower].sum, prefix[upper].count - prefix[lower].count)
            case let .category(category, before):
                guard let entries = byCategory[category] else { return (0, 0) }
                // The last entry before `before`, by binary search.
                var low = 0, high = entries.count
                while low < high {
                    let middle = (low + high) / 2
                    if entries[middle].row < before { low = middle + 1 } else { high = middle }
                }
                return low == 0 ? (0, 0) : (entries[low - 1].sum, entries[low - 1].count)
            }
        }
    }

    private func message(row: BudgetRow, declared: Decimal, sum: Decimal, rows: Int) -> LocalizedText {
        let d = AmountText.format(declared), s = AmountText.format(sum)
        let difference = AmountText.format(declared > sum ? declared - sum : sum - declared)
        let label = row.item.value.trimmedOfWhitespace
        if row.kind == .subtotal, let category = row.category?.value, !category.isEmpty, label.contains(category) {
            // A grant-style group row (`一、場地及設施費`) totals the lines below it.
            return LocalizedText(
                zh: "「\(label)」寫 \(d)，但其下 \(rows) 列加總為 \(s)（差 \(difference)）",
                en: "“\(label)” says \(d), but the \(rows) rows under it add up to \(s) (a difference of \(difference))")
        }
        if row.kind == .subtotal, let category = row.category?.value.trimmedOfWhitespace, !category.isEmpty {
            return LocalizedText(
                zh: "「\(category)」\(label)寫 \(d)，但該類別 \(rows) 列加總為 \(s)（差 \(difference)）",
                en: "The “\(category)” \(label) says \(d), but the \(rows) rows of that category add up to \(s) (a difference of \(difference))")
        }
        return LocalizedText(
            zh: "\(label)寫 \(d)，但所涵蓋的 \(rows) 列加總為 \(s)（差 \(difference)）",
            en: "The \(label) row says \(d), but the \(rows) rows it covers add up to \(s) (a difference of \(difference))")
    }
}

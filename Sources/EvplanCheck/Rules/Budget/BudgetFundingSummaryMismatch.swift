import Foundation
import EvplanModel

/// A funding summary (`## 經費來源`, `## 經費分攤`) that does not agree with the budget's detail: its sources together do
/// not fund the expenses, or a source's figure is not that of the income line of the same name.
public struct BudgetFundingSummaryMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "budget.funding-summary-mismatch", severity: .warning, task: .t3, competency: ["P3.2.2", "S23", "O3.1.1"],
        summary: LocalizedText(zh: "經費來源摘要與預算明細不符", en: "The funding summary does not agree with the budget's detail"),
        hint: LocalizedText(
            zh: "經費來源（補助、自籌、門票等）合計應等於支出合計，各來源也應等於收入明細中同名的一列；更正摘要或明細，並留意兩張表的單位（元、萬元）。",
            en: "The sources (grants, own funds, tickets …) should add up to the total expenses, and each should equal the income line of its name; correct the summary or the detail, and mind each table's unit (元, 萬元)."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let budget = context.plan.budget
        guard !budget.fundingSummaries.isEmpty, !budget.expenseLines.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var incomeByName: [String: Decimal] = [:]
        for line in budget.incomeLines where !budget.fundingSummaries.contains(where: { $0.location == line.location }) {
            incomeByName[Self.key(line.item.value), default: 0] += line.effectiveAmount ?? 0
        }
        var sum = Decimal(0)
        var lastCell: SourceLocation?
        var totalCell: Located<Decimal>?
        for table in budget.fundingSummaries {
            for row in table.rows {
                switch row.kind {
                case .line:
                    guard let amount = row.effectiveAmount else { continue }
                    sum += amount
                    lastCell = row.amount?.location ?? row.location
                    if let detail = incomeByName[Self.key(row.item.value)], !AmountComparison.agrees(written: amount, computed: detail) {
                        diagnostics.append(diagnostic(at: row.amount?.location ?? row.location, LocalizedText(
                            zh: "經費來源「\(row.item.value)」寫 \(AmountText.format(amount)) 元，但收入明細中同名的一列是 \(AmountText.format(detail)) 元",
                            en: "The funding summary gives “\(row.item.value)” as \(AmountText.format(amount)), but the income line of that name says \(AmountText.format(detail))")))
                    }
                case .total:
                    totalCell = row.amount ?? totalCell
                case .subtotal:
                    continue
                }
            }
        }
        let expenses = budget.totalExpenses
        guard let at = totalCell?.location ?? lastCell, !AmountComparison.agrees(written: sum, computed: expenses) else { return diagnostics }
        diagnostics.append(diagnostic(at: at, LocalizedText(
            zh: "經費來源合計 \(AmountText.format(sum)) 元，但支出合計為 \(AmountText.format(expenses)) 元（差 \(AmountText.format(abs(sum - expenses))) 元）",
            en: "The funding sources add up to \(AmountText.format(sum)), but the expenses total \(AmountText.format(expenses)) (a difference of \(AmountText.format(abs(sum - expenses))))")))
        return diagnostics
    }

    private static func key(_ item: String) -> String {
        item.lowercased().filter { !$0.isWhitespace && $0 != "*" }
    }
}

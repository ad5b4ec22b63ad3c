import EvplanModel
import Foundation
import Mustache

/// 經費來源: what each funding source pays for and brings in, and the organiser's own share (自籌比例), as a grant
/// office reads a budget. Built from the 經費來源 column of the expense lines and the income categories; when no
/// line names a source, from the income categories alone.
struct FundingSummary: TemplateValue {
    struct Row: TemplateValue {
        let source: String
        let funded: String
        let income: String
        let share: String
        let isMismatched: Bool
    }

    let rows: [Row]
    let hasRows: Bool
    /// Whether expense lines name their source (then the table has a 支應支出 column).
    let byLine: Bool
    let selfFundedShare: String
    let hasSelfFundedShare: Bool
    let selfFundedLabel: String

    init(_ context: RenderContext) {
        let budget = context.plan.budget
        let money = context.money
        let totalExpenses = budget.totalExpenses
        byLine = budget.hasFundingSources
        var selfFunded: Decimal?
        if byLine {
            let sources = budget.fundingSources
            rows = sources.map { source in
                Row(source: source.name, funded: money.plain(source.funded), income: source.incomeLines.isEmpty ? "—" : money.plain(source.income),
                    share: DecimalText.percent(source.funded, of: totalExpenses), isMismatched: source.funded != source.income)
            }
            let own = sources.filter { $0.kind == .selfFunded }
            if !own.isEmpty { selfFunded = own.reduce(Decimal(0)) { $0 + $1.funded } }
        } else {
            var categories = ExpenseCategory.group(budget.incomeTables, uncategorised: context.label("budget_uncategorised"))
            // Income without categories: each line (文化部補助, 企業贊助 …) is a source of its own.
            if !budget.incomeLines.contains(where: { !($0.category?.value.isEmpty ?? true) }) {
                categories = budget.incomeLines.map { ExpenseCategory(name: $0.item.value, lines: [$0], lineHeaders: []) }
            }
            rows = categories.map { category in
                Row(source: category.name, funded: "", income: money.plain(category.total),
                    share: DecimalText.percent(category.total, of: budget.totalIncome), isMismatched: false)
            }
            let own = categories.filter { FundingKind.of($0.name) == .selfFunded }
            if !own.isEmpty { selfFunded = own.reduce(Decimal(0)) { $0 + $1.total } }
        }
        hasRows = !rows.isEmpty && (byLine || budget.incomeTables.contains { !$0.lines.isEmpty })
        let whole = byLine ? totalExpenses : budget.totalIncome
        selfFundedShare = selfFunded.map { DecimalText.percent($0, of: whole) } ?? ""
        hasSelfFundedShare = selfFunded != nil && whole > 0
        selfFundedLabel = context.label("budget_self_funded_share")
    }
}

import Foundation
import Mustache

/// One category's share of the expenses, for the cost-structure table and chart.
struct CostShare: TemplateValue {
    let name: String
    let lineCount: Int
    let amount: String
    let percent: String
    /// 0…100, for a CSS meter.
    let meterWidth: String

    /// Categories by amount, largest first; ties keep the planner's order.
    static func make(_ categories: [ExpenseCategory], total: Decimal, money: MoneyText) -> [CostShare] {
        largestFirst(categories).map { category in
            CostShare(name: category.name, lineCount: category.lines.count, amount: money.format(category.total),
                      percent: DecimalText.percent(category.total, of: total),
                      meterWidth: String(format: "%.1f", DecimalText.fraction(category.total, of: total) * 100))
        }
    }

    static func largestFirst(_ categories: [ExpenseCategory]) -> [ExpenseCategory] {
        // Each total is a sum over the category's lines: worked out once, not in every comparison.
        let totals = categories.map(\.total)
        return categories.indices
            .sorted { (totals[$0], -$0) > (totals[$1], -$1) }
            .map { categories[$0] }
    }
}

import EvplanModel
import Foundation
import Mustache

/// budget.html: O3.1.1 成本表, O3.2.1 成本結構分析, O3.2.2 成本估算, O3.2.3 預算計畫, O4.3.1 預算表.
struct BudgetViewModel: TemplateValue {
    struct CategoryBlock: TemplateValue {
        let categoryName: String
        let lines: [BudgetLineRow]
        let subtotal: String
        let share: String
    }

    let page: PageChrome
    let l: [String: String]
    let hasBudget: Bool
    let currencyNote: String
    let figures: BudgetFigures

    let hasExpenses: Bool
    let expenseHeaders: [String]
    /// Columns after the amount (備註 and the planner's own columns), for the subtotal rows' colspan.
    let trailingColumns: Int
    let expenseColumnCount: Int
    let categories: [CategoryBlock]
    let expenseTotal: String

    let hasStructure: Bool
    let shares: [CostShare]
    let chart: BarChart

    let hasIncome: Bool
    let incomeHeaders: [String]
    let incomeTrailingColumns: Int
    let incomeLines: [BudgetLineRow]
    let incomeTotal: String

    init(_ context: RenderContext) {
        let budget = context.plan.budget
        let money = context.money
        page = context.chrome(for: BudgetPage())
        l = context.labels
        hasBudget = !budget.expenseLines.isEmpty || !budget.incomeLines.isEmpty
        currencyNote = context.label("budget_currency_note").replacingOccurrences(of: "{c}", with: money.symbol.trimmingCharacters(in: .whitespaces))
        figures = BudgetFigures(context)

        let grouped = ExpenseCategory.group(budget, uncategorised: context.label("budget_uncategorised"))
        let total = budget.totalExpenses
        hasExpenses = !budget.expenseLines.isEmpty
        let headers = BudgetLineRow.mergedHeaders(budget.expenseTables.map(\.extraHeaders))
        expenseHeaders = headers
        trailingColumns = 1 + headers.count
        expenseColumnCount = 6 + headers.count
        categories = grouped.map { category in
            CategoryBlock(categoryName: category.name,
                          lines: category.lines.map { BudgetLineRow($0, extraHeaders: headers, money: money) },
                          subtotal: money.plain(category.total),
                          share: DecimalText.percent(category.total, of: total))
        }
        expenseTotal = money.plain(total)

        let sharesByAmount = CostShare.make(grouped, total: total, money: money)
        shares = sharesByAmount
        hasStructure = hasExpenses
        chart = BarChart(items: CostShare.largestFirst(grouped).map { category in
            (category.name, category.total, "\(money.format(category.total)) · \(DecimalText.percent(category.total, of: total))")
        })

        hasIncome = !budget.incomeLines.isEmpty
        let incomeColumns = BudgetLineRow.mergedHeaders(budget.incomeTables.map(\.extraHeaders))
        incomeHeaders = incomeColumns
        incomeTrailingColumns = 1 + incomeColumns.count
        incomeLines = budget.incomeLines.map { BudgetLineRow($0, extraHeaders: incomeColumns, money: money) }
        incomeTotal = money.plain(budget.totalIncome)
    }
}

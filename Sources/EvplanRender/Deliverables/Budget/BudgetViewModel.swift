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
    let incomeColumnCount: Int
    /// Income lines grouped by category (票券, 贊助, 補助 …), each with its subtotal and share of the income.
    let incomeCategories: [CategoryBlock]
    /// False when no income line has a category: then the lines are listed without one "uncategorised" group around them.
    let incomeIsGrouped: Bool
    let incomeTotal: String

    /// The 經費來源 column: shown when any expense line names its source.
    let hasFundingColumn: Bool
    let funding: FundingSummary

    init(_ context: RenderContext) {
        let budget = context.plan.budget
        let money = context.money
        page = context.chrome(for: BudgetPage())
        l = context.labels
        hasBudget = !budget.expenseLines.isEmpty || !budget.incomeLines.isEmpty
        currencyNote = BudgetViewModel.unitNote(context)
        figures = BudgetFigures(context)

        let grouped = ExpenseCategory.group(budget, uncategorised: context.label("budget_uncategorised"))
        let total = budget.totalExpenses
        hasExpenses = !budget.expenseLines.isEmpty
        let headers = BudgetLineRow.mergedHeaders(budget.expenseTables.map(\.extraHeaders))
        expenseHeaders = headers
        hasFundingColumn = budget.hasFundingSources
        trailingColumns = 1 + headers.count + (hasFundingColumn ? 1 : 0)
        expenseColumnCount = 6 + headers.count + (hasFundingColumn ? 1 : 0)
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
        incomeColumnCount = 6 + incomeColumns.count
        let totalIncome = budget.totalIncome
        incomeCategories = ExpenseCategory.group(budget.incomeTables, uncategorised: context.label("budget_uncategorised")).map { category in
            CategoryBlock(categoryName: category.name,
                          lines: category.lines.map { BudgetLineRow($0, extraHeaders: incomeColumns, money: money) },
                          subtotal: money.plain(category.total),
                          share: DecimalText.percent(category.total, of: totalIncome))
        }
        incomeIsGrouped = budget.incomeLines.contains { !($0.category?.value.isEmpty ?? true) }
        incomeTotal = money.plain(totalIncome)
        funding = FundingSummary(context)
    }

    /// 「單位：新臺幣元」 for New Taiwan dollars, as grant forms write it; the symbol for other currencies.
    static func unitNote(_ context: RenderContext) -> String {
        let currency = context.money.currency.uppercased()
        if currency == "TWD" || currency == "NTD" { return context.label("budget_unit_twd") }
        return context.label("budget_currency_note").replacingOccurrences(of: "{c}", with: context.money.symbol.trimmingCharacters(in: .whitespaces))
    }
}

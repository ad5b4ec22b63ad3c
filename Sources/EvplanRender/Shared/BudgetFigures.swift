import EvplanModel
import Foundation
import Mustache

/// The headline numbers of a budget, formatted: totals, balance, cap and headroom.
struct BudgetFigures: TemplateValue {
    let totalExpenses: String
    let totalIncome: String
    let hasIncome: Bool
    let balance: String
    let balanceLabel: String
    let isDeficit: Bool
    /// `good` for a surplus, `bad` for a deficit, nothing when income and expenses meet.
    let balanceClass: String
    let hasCap: Bool
    let cap: String
    let headroom: String
    let headroomLabel: String
    let isOverCap: Bool
    let capUsed: String
    /// 0…100, for the meter's CSS width.
    let capMeterWidth: String
    let hasPerAttendee: Bool
    let perAttendee: String
    let expenseLineCount: Int
    let incomeLineCount: Int

    init(_ context: RenderContext) {
        let budget = context.plan.budget
        let money = context.money
        let expenses = budget.totalExpenses
        totalExpenses = money.format(expenses)
        totalIncome = money.format(budget.totalIncome)
        hasIncome = !budget.incomeLines.isEmpty
        let balanceValue = budget.balance
        isDeficit = balanceValue < 0
        balance = money.format(isDeficit ? -balanceValue : balanceValue)
        balanceLabel = context.label(balanceValue == 0 ? "budget_balanced" : (isDeficit ? "budget_deficit" : "budget_surplus"))
        balanceClass = balanceValue == 0 ? "" : (isDeficit ? "bad" : "good")

        let capValue = context.plan.event?.budgetCap?.value
        hasCap = capValue != nil
        cap = capValue.map(money.format) ?? ""
        let room = (capValue ?? 0) - expenses
        isOverCap = hasCap && room < 0
        headroom = hasCap ? money.format(isOverCap ? -room : room) : ""
        headroomLabel = context.label(isOverCap ? "budget_over_cap" : "budget_headroom")
        capUsed = capValue.map { DecimalText.percent(expenses, of: $0) } ?? ""
        capMeterWidth = String(format: "%.1f", capValue.map { DecimalText.fraction(expenses, of: $0) * 100 } ?? 0)

        // Per head of the visits (每日 8,000 人次 over three days is 24,000), or of the people of a head count.
        let attendance = context.plan.event?.budgetHeadcount ?? 0
        hasPerAttendee = attendance > 0 && !budget.expenseLines.isEmpty
        perAttendee = hasPerAttendee ? money.format(BudgetFigures.whole(expenses / Decimal(attendance))) : ""
        expenseLineCount = budget.expenseLines.count
        incomeLineCount = budget.incomeLines.count
    }

    /// Per-person figures are read as whole currency units.
    private static func whole(_ value: Decimal) -> Decimal {
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 0, .plain)
        return rounded
    }
}

import EvplanModel
import Foundation
import Mustache

/// closure.html: budget against actual per line and per category, income planned against actual, channel results
/// against targets, and the lessons.
struct ClosureViewModel: TemplateValue {
    struct Row: TemplateValue {
        let item: String
        let budget: String
        let actual: String
        let variance: String
        let percent: String
        let isOver: Bool
        let isUnder: Bool
        let hasActual: Bool
    }

    struct Group: TemplateValue {
        let name: String
        let lines: [Row]
        let subtotal: Row
    }

    struct ChannelResult: TemplateValue {
        let name: String
        let cost: String
        let target: String
        let result: String
        let achieved: String
        let isShort: Bool
    }

    /// Registrations by ticket type against the T8 quota, from the ticketing export (O8.1.2 in the closure report).
    struct TicketResult: TemplateValue {
        let type: String
        let quota: String
        let registered: String
        let paid: String
        let cancelled: String
        let income: String
    }

    /// One ticket type's actual attendance from the desk's check-ins (O8.3.4): counts only, never names.
    struct AttendanceRow: TemplateValue {
        let type: String
        let registered: String
        let checkedIn: String
        let noShows: String
        let rate: String
    }

    let page: PageChrome
    let hasAttendance: Bool
    let attendanceSummary: String
    let attendanceRows: [AttendanceRow]
    let attendanceTotal: AttendanceRow
    let hasWithdrawnCheckIns: Bool
    let withdrawnCheckInsNote: String
    let hasRegistrations: Bool
    let registrationSummary: String
    let ticketResults: [TicketResult]
    let l: [String: String]
    let hasContent: Bool
    let currencyNote: String
    let hasActuals: Bool
    let missingActualsNote: String
    let hasMissingActuals: Bool
    let expenseGroups: [Group]
    let categories: [Row]
    let expenseTotal: Row
    let hasIncome: Bool
    let incomeLines: [Row]
    let incomeTotal: Row
    let balance: Row
    let hasChannelResults: Bool
    let channelResults: [ChannelResult]
    let hasLessons: Bool
    let lessons: [ProseBlock]

    init(_ context: RenderContext) {
        let plan = context.plan
        let money = context.money
        page = context.chrome(for: ClosurePage())
        l = context.labels
        currencyNote = context.label("budget_currency_note").replacingOccurrences(of: "{c}", with: money.symbol.trimmingCharacters(in: .whitespaces))
        hasActuals = ClosurePage.hasActuals(plan)
        let allLines = plan.budget.expenseLines + plan.budget.incomeLines
        let missing = hasActuals ? allLines.filter { $0.actual == nil }.count : 0
        hasMissingActuals = missing > 0
        missingActualsNote = context.counted("cl_missing_actuals", missing)

        func row(_ item: String, budget: Decimal, actual: Decimal?, costs: Bool) -> Row {
            guard let actual else {
                return Row(item: item, budget: money.plain(budget), actual: context.label("cl_not_recorded"), variance: "", percent: "",
                           isOver: false, isUnder: false, hasActual: false)
            }
            let variance = actual - budget
            // For costs, spending more is the bad side; for income, receiving less is.
            let bad = costs ? variance > 0 : variance < 0
            return Row(item: item, budget: money.plain(budget), actual: money.plain(actual),
                       variance: (variance > 0 ? "+" : "") + money.plain(variance), percent: ClosureViewModel.percent(variance, of: budget),
                       isOver: bad, isUnder: !bad && variance != 0, hasActual: true)
        }
        func sums(_ lines: [BudgetRow]) -> (budget: Decimal, actual: Decimal?) {
            let recorded = lines.filter { $0.actual != nil }
            let budget = recorded.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }
            return (recorded.isEmpty ? lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) } : budget,
                    recorded.isEmpty ? nil : recorded.reduce(Decimal(0)) { $0 + ($1.actual?.value ?? 0) })
        }

        let grouped = ExpenseCategory.group(plan.budget, uncategorised: context.label("budget_uncategorised"))
        expenseGroups = grouped.map { category in
            let total = sums(category.lines)
            return Group(name: category.name,
                         lines: category.lines.map { row($0.item.value, budget: $0.effectiveAmount ?? 0, actual: $0.actual?.value, costs: true) },
                         subtotal: row(category.name, budget: total.budget, actual: total.actual, costs: true))
        }
        categories = expenseGroups.map(\.subtotal)
        let expenseSums = sums(plan.budget.expenseLines)
        expenseTotal = row(context.label("cl_total_expenses"), budget: expenseSums.budget, actual: expenseSums.actual, costs: true)
        hasIncome = !plan.budget.incomeLines.isEmpty
        incomeLines = plan.budget.incomeLines.map { row($0.item.value, budget: $0.effectiveAmount ?? 0, actual: $0.actual?.value, costs: false) }
        let incomeSums = sums(plan.budget.incomeLines)
        incomeTotal = row(context.label("cl_total_income"), budget: incomeSums.budget, actual: incomeSums.actual, costs: false)
        let plannedBalance = incomeSums.budget - expenseSums.budget
        let actualBalance = incomeSums.actual.flatMap { income in expenseSums.actual.map { income - $0 } }
        balance = row(context.label("cl_balance"), budget: plannedBalance, actual: actualBalance, costs: false)

        channelResults = plan.marketing.channels.filter { $0.result != nil || $0.target != nil }.map { channel in
            let target = channel.target.flatMap { MarketingChannel.figure(in: $0.value) }
            let result = channel.result.flatMap { MarketingChannel.figure(in: $0.value) }
            var achieved = ""
            var short = false
            if let target, let result, target > 0 {
                achieved = ClosureViewModel.oneDecimal(result / target * 100) + "%"
                short = result < target
            }
            return ChannelResult(name: channel.name.value, cost: channel.cost.map { money.plain($0.value) } ?? "",
                                 target: channel.target?.value ?? "", result: channel.result?.value ?? "—", achieved: achieved, isShort: short)
        }
        hasChannelResults = plan.marketing.channels.contains { $0.result != nil }
        lessons = plan.lessons.map { ProseBlock($0, showFileTitle: false) }
        hasLessons = !lessons.isEmpty
        let roster = plan.registration.roster
        ticketResults = ClosureViewModel.ticketResults(plan, money: money)
        hasRegistrations = !roster.isEmpty
        registrationSummary = context.filled("cl_registrations_summary", [
            "n": DecimalText.grouped(Decimal(roster.active.count)), "paid": DecimalText.grouped(Decimal(roster.paidCount)),
            "cancelled": DecimalText.grouped(Decimal(roster.attendees.count - roster.active.count)),
        ])
        hasAttendance = roster.hasAttendance
        let byType = roster.attendanceByType
        attendanceRows = byType.map { ClosureViewModel.attendanceRow($0.type, registered: $0.registered, checkedIn: $0.checkedIn) }
        let registered = byType.reduce(0) { $0 + $1.registered }, checkedIn = byType.reduce(0) { $0 + $1.checkedIn }
        attendanceTotal = ClosureViewModel.attendanceRow(context.label("cl_attendance_total"), registered: registered, checkedIn: checkedIn)
        attendanceSummary = context.filled("cl_attendance_summary", [
            "n": attendanceTotal.registered, "in": attendanceTotal.checkedIn, "out": attendanceTotal.noShows, "rate": attendanceTotal.rate,
        ])
        let withdrawn = roster.withdrawnCheckIns.count
        hasWithdrawnCheckIns = withdrawn > 0
        withdrawnCheckInsNote = context.counted("cl_withdrawn_checkins", withdrawn)
        hasContent = hasActuals || hasChannelResults || hasLessons || hasRegistrations
    }

    /// A ticket type's registered (active) tickets, those checked in, the no-shows and the attendance rate (one
    /// decimal; a dash when nobody was registered).
    static func attendanceRow(_ type: String, registered: Int, checkedIn: Int) -> AttendanceRow {
        let rate = registered > 0 ? oneDecimal(Decimal(checkedIn) / Decimal(registered) * 100) + "%" : "—"
        return AttendanceRow(type: type, registered: DecimalText.grouped(Decimal(registered)), checkedIn: DecimalText.grouped(Decimal(checkedIn)),
                             noShows: DecimalText.grouped(Decimal(registered - checkedIn)), rate: rate)
    }

    /// `+12.5%`, `-3.0%`: always one decimal, signed, against the budget; a dash when the budget is zero.
    static func percent(_ variance: Decimal, of budget: Decimal) -> String {
        guard budget != 0 else { return "—" }
        let value = variance / (budget < 0 ? -budget : budget) * 100
        return (value > 0 ? "+" : "") + oneDecimal(value) + "%"
    }

    static func oneDecimal(_ value: Decimal) -> String {
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 1, .plain)
        let text = DecimalText.grouped(rounded, maximumFraction: 1)
        return text.contains(".") ? text : text + ".0"
    }

    /// Each ticket type of T8 (then any the export adds) with its quota, registrations, paid tickets, cancelled or
    /// refunded ones, and what the paid tickets brought in.
    static func ticketResults(_ plan: Plan, money: MoneyText) -> [TicketResult] {
        let attendees = plan.registration.roster.attendees
        guard !attendees.isEmpty else { return [] }
        var types = plan.tickets.map(\.name.value)
        for attendee in attendees where !types.contains(attendee.ticketType.value) { types.append(attendee.ticketType.value) }
        return types.map { type in
            let ofType = attendees.filter { $0.ticketType.value == type }
            let paid = ofType.filter { $0.status == .paid }
            let quota = plan.tickets.first { $0.name.value == type }?.quantity?.value
            let income = paid.reduce(Decimal(0)) { $0 + ($1.price ?? 0) }
            return TicketResult(type: type, quota: quota.map { DecimalText.grouped(Decimal($0)) } ?? "—",
                                registered: DecimalText.grouped(Decimal(ofType.filter(\.status.isActive).count)),
                                paid: DecimalText.grouped(Decimal(paid.count)),
                                cancelled: DecimalText.grouped(Decimal(ofType.count - ofType.filter(\.status.isActive).count)),
                                // No price at all (a roster from the desk's attendance export alone): the income is not known.
                                income: paid.contains { $0.price != nil } || paid.isEmpty ? money.plain(income) : "—")
        }
    }
}

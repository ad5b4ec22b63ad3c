import EvplanModel
import Foundation

/// Tickets sold × their price differ from the ticket income T3 counts on.
public struct RegistrationIncomeMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.income-mismatch", severity: .warning, task: .t8, competency: ["O8.3.3", "S63", "O3.2.3"],
        summary: LocalizedText(zh: "售票收入與 T3 的票券收入不符", en: "Ticket sales differ from the ticket income in T3"),
        hint: LocalizedText(zh: "把 T3 收入表的票券收入改成實際售出張數 × 票價，或確認售票系統的票價、取消與退款是否正確。",
                            en: "Set T3's ticket income to tickets sold × price, or check prices, cancellations and refunds in the ticketing system."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let roster = context.plan.registration.roster
        let lines = RegistrationFigures.ticketIncomeLines(context.plan.budget)
        guard !roster.isEmpty, let first = lines.first else { return [] }
        let prices = Dictionary(context.plan.tickets.compactMap { ticket in ticket.price.map { (RegistrationFigures.key(ticket.name.value), $0.value) } },
                                uniquingKeysWith: { first, _ in first })
        // Each ticket at its T8 price, or at the price the export gives when T8 names none.
        var sold: Decimal = 0
        for attendee in roster.active {
            sold += prices[RegistrationFigures.key(attendee.ticketType.value)] ?? attendee.price ?? 0
        }
        let planned = lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }
        guard sold != planned else { return [] }
        let difference = AmountText.format(abs(sold - planned))
        let count = roster.active.count
        let more = sold > planned
        return [diagnostic(at: first.amount?.location ?? first.location, LocalizedText(
            zh: "已售出 \(count) 張票，依票價合計 \(AmountText.format(sold))；T3 的票券收入是 \(AmountText.format(planned))（\(more ? "少列" : "多列") \(difference)）",
            en: "\(count) tickets sold come to \(AmountText.format(sold)) at their prices; T3's ticket income is \(AmountText.format(planned)) (\(difference) \(more ? "less" : "more"))"))]
    }
}

import EvplanModel

/// More tickets of a type sold (in the ticketing export) than T8 offers (名額).
public struct RegistrationOverQuota: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.over-quota", severity: .error, task: .t8, competency: ["O8.1.2", "S62", "S63"],
        summary: LocalizedText(zh: "售出的票超過票種名額", en: "More tickets sold than the ticket type's quota"),
        hint: LocalizedText(zh: "在售票系統關閉或調降該票種；或提高 T8 的名額，並確認場地容量與物資足夠。",
                            en: "Close or cut the ticket type in the ticketing system, or raise its quota in T8 after checking the venue and supplies."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let roster = context.plan.registration.roster
        guard !roster.isEmpty else { return [] }
        let sold = RegistrationFigures.soldByType(roster)
        return context.plan.tickets.compactMap { ticket in
            guard let quota = ticket.quantity, let count = sold[RegistrationFigures.key(ticket.name.value)], count > quota.value else { return nil }
            return diagnostic(at: quota.location, LocalizedText(
                zh: "「\(ticket.name.value)」名額 \(quota.value) 張，售出 \(count) 張（超出 \(count - quota.value) 張）",
                en: "“\(ticket.name.value)” offers \(quota.value) tickets but \(count) were sold (\(count - quota.value) too many)"))
        }
    }
}

import EvplanModel

/// A ticket type in the ticketing export that T8's ticket table does not list.
public struct RegistrationUnknownTicket: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.unknown-ticket", severity: .warning, task: .t8, competency: ["O8.1.2", "S62"],
        summary: LocalizedText(zh: "報名匯出檔有 T8 沒有列出的票種", en: "The ticketing export has a ticket type T8 does not list"),
        hint: LocalizedText(zh: "把這個票種（名稱與售票系統一致）加進 T8 的票種表，寫上票價與名額。",
                            en: "Add the ticket type to T8's ticket table, named as in the ticketing system, with its price and quota."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let roster = context.plan.registration.roster
        guard !roster.isEmpty else { return [] }
        let known = Set(context.plan.tickets.map { RegistrationFigures.key($0.name.value) })
        let names = context.plan.tickets.map(\.name.value)
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for attendee in roster.attendees {
            let type = attendee.ticketType.value, key = RegistrationFigures.key(type)
            guard !known.contains(key), reported.insert(key).inserted else { continue }
            let count = roster.attendees.count { RegistrationFigures.key($0.ticketType.value) == key }
            let shown = type.isEmpty ? "（空白）" : type, shownEN = type.isEmpty ? "(blank)" : type
            var message = LocalizedText(
                zh: "票種「\(shown)」（\(count) 張）不在 T8 的票種表裡", en: "Ticket type “\(shownEN)” (\(count) tickets) is not in T8's ticket table")
            if names.isEmpty {
                message = LocalizedText(zh: message.zhTW + "：T8 還沒有票種表", en: message.en + ": T8 has no ticket table yet")
            } else if let near = NameSuggestion.closest(to: type, among: names) {
                message = LocalizedText(zh: message.zhTW + "；是「\(near)」嗎？", en: message.en + "; did you mean “\(near)”?")
            }
            diagnostics.append(diagnostic(at: attendee.ticketType.location, message))
        }
        return diagnostics
    }
}

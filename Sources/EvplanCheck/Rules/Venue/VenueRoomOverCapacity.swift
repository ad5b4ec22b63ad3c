import Foundation
import EvplanModel

/// A session expecting a larger audience than its room holds.
public struct VenueRoomOverCapacity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.room-over-capacity", severity: .error, task: .t5, competency: ["S38", "P5.2.2", "P4.2.1"],
        summary: LocalizedText(zh: "議程的預估人數超過該空間的容量", en: "A session's audience exceeds its room's capacity"),
        hint: LocalizedText(zh: "把這場移到較大的空間，或調整預估人數（例如改為分場或線上同步）。",
                            en: "Move the session to a larger room, or revise its audience (split it, or stream it to an overflow room)."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard !context.rooms.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        // A day's total of visits (`12,000 人次` at an all-day pick-up) is not people in the room at once.
        for entry in context.agendaEntries where !entry.roomKey.isEmpty && !entry.session.audienceIsVisits {
            guard let audience = entry.session.audience, let room = context.rooms.room(key: entry.roomKey), let capacity = room.capacity,
                  audience.value > capacity.value else { continue }
            let name = room.name.value
            diagnostics.append(diagnostic(at: audience.location, LocalizedText(
                zh: "本場預估 \(AmountText.format(Decimal(audience.value))) 人，但「\(name)」只容納 \(AmountText.format(Decimal(capacity.value))) 人",
                en: "This session expects \(AmountText.format(Decimal(audience.value))) people, but “\(name)” holds \(AmountText.format(Decimal(capacity.value)))")))
        }
        return diagnostics
    }
}

import EvplanModel

/// More people registered than the venue holds, or than the room of a session everyone attends: nothing else runs
/// beside it and the agenda gives no audience of its own (an audience figure is the planner's estimate, which
/// `venue.room-over-capacity` checks).
public struct RegistrationOverCapacity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.over-capacity", severity: .warning, task: .t8, competency: ["P8.2.3", "K43", "S38"],
        summary: LocalizedText(zh: "報名人數超過場地或主場次會議室的容量", en: "Registrations exceed the venue's or a plenary room's capacity"),
        hint: LocalizedText(zh: "停止售票、換更大的場地或會議室，或安排直播分流室；也可以依往年未到率評估實際到場人數。",
                            en: "Stop sales, move to a larger venue or room, or add an overflow room with a stream; past no-show rates tell how many will really come."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let roster = context.plan.registration.roster
        guard !roster.isEmpty else { return [] }
        let registered = roster.active.count
        var diagnostics: [Diagnostic] = []
        if let venue = context.plan.venue, let capacity = venue.capacity, registered > capacity.value {
            diagnostics.append(diagnostic(at: capacity.location, LocalizedText(
                zh: "已有 \(registered) 人報名，場地最多容納 \(capacity.value) 人（超出 \(registered - capacity.value) 人）",
                en: "\(registered) people have registered; the venue holds \(capacity.value) (\(registered - capacity.value) too many)")))
        }
        var reported: Set<String> = []
        let entries = context.agendaEntries.filter { $0.hasDuration && !$0.session.isBreak && !$0.roomKey.isEmpty }
        for entry in entries where entry.session.audience == nil {
            guard let room = context.rooms.room(key: entry.roomKey), let capacity = room.capacity, registered > capacity.value,
                  let written = entry.session.room, !reported.contains(entry.roomKey) else { continue }
            let time = entry.session.time.value
            let parallel = entries.contains { other in
                other.order != entry.order && other.day == entry.day && other.roomKey != entry.roomKey
                    && other.session.time.value.start.minutes < time.end.minutes && time.start.minutes < other.session.time.value.end.minutes
            }
            guard !parallel else { continue }
            reported.insert(entry.roomKey)
            diagnostics.append(diagnostic(at: written.location, LocalizedText(
                zh: "「\(entry.session.title.value)」同時段沒有其他場次，\(registered) 位報名者都會來，但「\(room.name.value)」只容納 \(capacity.value) 人",
                en: "Nothing runs beside “\(entry.session.title.value)”, so all \(registered) registrants come, but “\(room.name.value)” holds \(capacity.value)")))
        }
        return diagnostics
    }
}

import EvplanModel

/// Two sessions on the same day that use one room at the same time.
public struct AgendaRoomOverlap: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.room-overlap", severity: .error, task: .t4, competency: ["P4.2.1", "K21", "O4.2.1"],
        summary: LocalizedText(zh: "同一空間同一時段排了兩場", en: "Two sessions overlap in one room"),
        hint: LocalizedText(zh: "調整其中一場的時間，或把它移到另一個空間。前一場結束的時間可以等於下一場開始的時間。",
                            en: "Move one of the sessions to another time or room. One session may start exactly when the other ends."))

    private struct Group: Hashable {
        let day: AgendaDayKey
        let room: String
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let entries = context.agendaEntries
        var groups: [Group: [(time: TimeRange, order: Int)]] = [:]
        for entry in entries where entry.hasDuration {
            // A shared space (a course, a plaza, an open market area) holds several activities at once.
            guard !entry.roomKey.isEmpty, !entry.session.isInSharedSpace, context.rooms.room(key: entry.roomKey)?.isShared != true else { continue }
            groups[Group(day: entry.day, room: entry.roomKey), default: []].append((entry.session.time.value, entry.order))
        }
        var diagnostics: [Diagnostic] = []
        let severalDays = context.plan.agenda.days.count > 1
        for (_, members) in groups {
            for clash in OverlapSweep.clashes(members) {
                diagnostics.append(report(entries[clash.later].session, overlapping: entries[clash.earlier].session, day: severalDays ? entries[clash.later].day : nil))
            }
        }
        return Diagnostic.ordered(diagnostics)
    }

    private func report(_ session: Session, overlapping other: Session, day: AgendaDayKey?) -> Diagnostic {
        // In a programme of several days, the message says which day.
        let on = day?.text ?? LocalizedText(zh: "", en: "")
        let here = session.time.location
        let line = LineReference.text(for: other.time.location, seenFrom: here)
        let room = session.room?.value ?? ""
        let title = other.title.value
        let time = session.time.value.description, otherTime = other.time.value.description
        return diagnostic(at: here, LocalizedText(
            zh: "\(on.zhTW.isEmpty ? "" : on.zhTW + " ")本場 \(time) 與\(line.zhTW)「\(title)」（\(otherTime)）同時使用「\(room)」",
            en: "\(on.en.isEmpty ? "" : "On \(on.en), t")\(on.en.isEmpty ? "This" : "his") session (\(time)) overlaps “\(title)” (\(otherTime), \(line.en)) in room “\(room)”"))
    }
}

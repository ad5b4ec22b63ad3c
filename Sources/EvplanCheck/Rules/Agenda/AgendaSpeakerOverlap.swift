import Foundation
import EvplanModel

/// One person booked into two sessions that run at the same time on the same day.
public struct AgendaSpeakerOverlap: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.speaker-overlap", severity: .error, task: "T4", competency: ["P4.2.1", "K21", "O4.2.1"],
        summary: LocalizedText(zh: "同一人同時出現在兩場議程", en: "One person is in two overlapping sessions"),
        hint: LocalizedText(zh: "調整其中一場的時間，或改請其他講者／主持人。",
                            en: "Move one of the sessions, or ask someone else to speak or moderate."))

    private struct Group: Hashable {
        let day: AgendaDayKey
        let person: String
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let entries = context.agendaEntries
        // Each booking keeps where the person's name stands in the session, so a report points at the name itself.
        var groups: [Group: [(time: TimeRange, order: Int, nameLocation: SourceLocation)]] = [:]
        for entry in entries where entry.hasDuration {
            let speakers = entry.session.speakers
            var seen: Set<String> = []
            for speaker in speakers {
                let person = speaker.value.trimmedOfWhitespaceAndNewlines
                guard !person.isEmpty, speakers.count == 1 || seen.insert(person).inserted else { continue }
                groups[Group(day: entry.day, person: person), default: []].append((entry.session.time.value, entry.order, speaker.location))
            }
        }
        var diagnostics: [Diagnostic] = []
        for (group, members) in groups where members.count > 1 {
            let clashes = OverlapSweep.clashes(members.map { ($0.time, $0.order) })
            guard !clashes.isEmpty else { continue }
            let nameLocations = Dictionary(members.map { ($0.order, $0.nameLocation) }) { first, _ in first }
            for clash in clashes {
                let session = entries[clash.later].session, other = entries[clash.earlier].session
                let here = nameLocations[clash.later] ?? session.time.location
                let line = LineReference.text(for: other.time.location, seenFrom: here)
                let time = session.time.value.description, otherTime = other.time.value.description
                diagnostics.append(diagnostic(at: here, LocalizedText(
                    zh: "\(group.person) 同時排在本場（\(time)）與\(line.zhTW)「\(other.title.value)」（\(otherTime)）",
                    en: "\(group.person) is in this session (\(time)) and in “\(other.title.value)” (\(otherTime), \(line.en)) at the same time")))
            }
        }
        return Diagnostic.ordered(diagnostics)
    }
}

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
        var groups: [Group: [(time: TimeRange, order: Int)]] = [:]
        // Where each person's name stands in each session, so a report needs no search through a long speaker list.
        var cells: [Group: [Int: SourceLocation]] = [:]
        for entry in entries where entry.hasDuration {
            var seen: Set<String> = []
            for speaker in entry.session.speakers {
                let person = speaker.value.trimmedOfWhitespaceAndNewlines
                guard !person.isEmpty, seen.insert(person).inserted else { continue }
                let group = Group(day: entry.day, person: person)
                groups[group, default: []].append((entry.session.time.value, entry.order))
                cells[group, default: [:]][entry.order] = speaker.location
            }
        }
        var diagnostics: [Diagnostic] = []
        for (group, members) in groups {
            for clash in OverlapSweep.clashes(members) {
                let session = entries[clash.later].session, other = entries[clash.earlier].session
                let here = cells[group]?[clash.later] ?? session.time.location
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

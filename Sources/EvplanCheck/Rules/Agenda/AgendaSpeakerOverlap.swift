import Foundation
import EvplanModel

/// One person booked into two sessions that run at the same time on the same day.
public struct AgendaSpeakerOverlap: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.speaker-overlap", severity: .error, task: .t4, competency: ["P4.2.1", "K21", "O4.2.1"],
        summary: LocalizedText(zh: "同一人同時出現在兩場議程", en: "One person is in two overlapping sessions"),
        hint: LocalizedText(zh: "調整其中一場的時間，或改請其他講者／主持人。",
                            en: "Move one of the sessions, or ask someone else to speak or moderate."))

    private struct Group: Hashable {
        let day: AgendaDayKey
        /// The person's number in order of first appearance: their name is hashed once, not per group.
        let person: Int
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let entries = context.agendaEntries
        // Each booking keeps where the person's name stands in the session, so a report points at the name itself.
        var groups: [Group: [(time: TimeRange, order: Int, nameLocation: SourceLocation)]] = [:]
        // Speakers, performers and hosts alike, by name (`西屯饒舌聯盟 feat. 吳佩珊` and `吳佩珊（特別嘉賓）` both name 吳佩珊):
        // a host in two rooms at once is as booked twice as a speaker. One person twice in one session is no clash.
        var numbers: [String: Int] = [:]
        var names: [String] = []
        for entry in entries where entry.hasDuration {
            let people = entry.session.people
            var seen: [Int] = []
            for person in people {
                let key = People.key(person.value.name)
                guard !key.isEmpty else { continue }
                let number: Int
                if let known = numbers[key] {
                    number = known
                } else {
                    number = names.count
                    numbers[key] = number
                    names.append(person.value.name.trimmedOfWhitespaceAndNewlines)
                }
                guard !seen.contains(number) else { continue }
                seen.append(number)
                groups[Group(day: entry.day, person: number), default: []].append((entry.session.time.value, entry.order, person.location))
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
                let person = names[group.person]
                let on = context.plan.agenda.days.count > 1 ? group.day.text : LocalizedText(zh: "", en: "")
                diagnostics.append(diagnostic(at: here, LocalizedText(
                    zh: "\(on.zhTW.isEmpty ? "" : on.zhTW + " ")\(person) 同時排在本場（\(time)）與\(line.zhTW)「\(other.title.value)」（\(otherTime)）",
                    en: "\(person) is in this session (\(time)) and in “\(other.title.value)” (\(otherTime), \(line.en)) at the same time\(on.en.isEmpty ? "" : " on \(on.en)")")))
            }
        }
        return Diagnostic.ordered(diagnostics)
    }
}

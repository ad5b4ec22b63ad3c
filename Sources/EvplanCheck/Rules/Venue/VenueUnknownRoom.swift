import Foundation
import EvplanModel

/// A session held in a room the venue's room table does not list.
public struct VenueUnknownRoom: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.unknown-room", severity: .error, task: .t5, competency: ["P5.2.2", "S38", "P4.2.1"],
        summary: LocalizedText(zh: "議程寫的空間不在場地的空間清單中", en: "A session names a room the venue does not list"),
        hint: LocalizedText(zh: "把場地欄改成 T5 場地空間表中的名稱，或在表中加上這個空間。",
                            en: "Use a room name from the T5 rooms table, or add the room to that table."))

    /// How many room names a hint lists when none is close to what was written.
    static let roomsListedInHint = 8
    /// A suggestion compares the name with every room, so only this many distinct unknown names get one:
    /// the rule stays linear however many rooms and misspellings a plan has.
    static let suggestedNames = 100

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let rooms = context.rooms
        guard !rooms.isEmpty else { return [] }
        var hints: [String: LocalizedText] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in context.agendaEntries where !entry.session.isBreak {
            guard let room = entry.session.room, !entry.roomKey.isEmpty, rooms.room(key: entry.roomKey) == nil else { continue }
            let name = room.value.trimmedOfWhitespaceAndNewlines
            // One search per distinct name: 50,000 sessions in one misspelt room cost one search.
            if hints[name] == nil, hints.count < Self.suggestedNames { hints[name] = suggestion(for: name, rooms: rooms) }
            diagnostics.append(diagnostic(at: room.location, LocalizedText(
                zh: "場地「\(name)」不在場地空間清單中", en: "Room “\(name)” is not among the venue's rooms"), hint: hints[name]))
        }
        return diagnostics
    }

    private func suggestion(for name: String, rooms: RoomDirectory) -> LocalizedText {
        if let closest = NameSuggestion.closest(to: name, among: rooms.names) {
            return LocalizedText(zh: "是不是「\(closest)」？請改成場地空間表中的名稱，或在表中加上這個空間。",
                                 en: "Did you mean “\(closest)”? Use a name from the rooms table, or add this room to it.")
        }
        let listed = rooms.names.prefix(Self.roomsListedInHint)
        let more = rooms.names.count > listed.count ? "…" : ""
        return LocalizedText(
            zh: "場地空間表中有：\(listed.map { "「\($0)」" }.joined(separator: "、"))\(more)。請改用其中之一，或在表中加上這個空間。",
            en: "The rooms table lists \(listed.map { "“\($0)”" }.joined(separator: ", "))\(more). Use one of them, or add this room to the table.")
    }
}

import EvplanDocument
import EvplanModel
import Foundation

/// T2 團隊: the team list, as a table (姓名 | 職務) or as a list (`- 林佩君：專案經理`) under a team section. Rules ask
/// it whether a risk owner or a run-sheet owner is on the team.
struct TeamTableKind: TableKind {
    typealias Column = StaffColumn
    static let task = TaskCode.t2
    static let columnsID = "staff"

    private var inSection = false

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        if heading.level <= 2 { inSection = context.vocabulary.heading(heading.text, names: "team") }
    }

    func expectsTables(_ context: ParseContext) -> Bool { false }

    func claims(_ reader: TableReader<StaffColumn>, context: ParseContext) -> Bool {
        inSection && reader.has(.person)
    }

    mutating func read(_ reader: TableReader<StaffColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            for name in context.cells.names(row.cell(.person)) {
                context.append(\.team, TeamMember(name: name, role: row.cell(.role)?.text))
            }
        }
    }

    /// The list items of the team section: each item's name is what comes before `：`, `:`, `（` or `,`.
    mutating func finish(context: inout ParseContext) {
        var inTeam = false
        for block in context.document.blocks {
            switch block {
            case let .heading(heading) where heading.level <= 2:
                inTeam = context.vocabulary.heading(heading.text, names: "team")
            case let .prose(prose) where inTeam && prose.html.contains("<li>"):
                for item in prose.html.components(separatedBy: "<li>").dropFirst() {
                    let text = Self.plain(item)
                    guard let end = text.firstIndex(where: { "：:（(，,－—-\n".contains($0) }) else { continue }
                    let name = text[..<end].trimmedOfWhitespace
                    guard !name.isEmpty, name.count <= 40 else { continue }
                    let role = String(text[text.index(after: end)...]).trimmedOfWhitespaceAndNewlines
                    context.append(\.team, TeamMember(name: Located(name, at: prose.location), role: role.isEmpty ? nil : role))
                }
            default: break
            }
        }
    }

    /// The text of an HTML fragment, tags dropped and the usual entities decoded.
    static func plain(_ html: String) -> String {
        var text = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .trimmedOfWhitespaceAndNewlines
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "team")
        return LocalizedText(
            zh: "若這是團隊名單，把它放在標題含「\(section.zh)」的段落下，並有「姓名」欄。",
            en: "To read it as the team list, put it under a heading containing “\(section.en)”, with a “Name” column.")
    }
}

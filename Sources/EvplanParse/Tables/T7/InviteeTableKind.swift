import EvplanDocument
import EvplanModel

/// T7: the invitees (邀請名單). A table under an invitees section, or anywhere in a T7 file when it has a name and an
/// email column. Personal data: only internal pages show it.
struct InviteeTableKind: SectionTableKind {
    typealias Column = InviteeColumn
    static let task = TaskCode.t7
    static let columnsID = "invitees"
    static let sectionID = "invitees"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<InviteeColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name], anyOf: [.email])
    }

    mutating func read(_ reader: TableReader<InviteeColumn>, below previous: Block?, context: inout ParseContext) {
        func text(_ cell: Cell?) -> String? {
            guard let cell, !TableReader<InviteeColumn>.isBlank(cell.text) else { return nil }
            return cell.text
        }
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name), !TableReader<InviteeColumn>.isBlank(name.text) else { continue }
            let email = row.cell(.email).flatMap { TableReader<InviteeColumn>.isBlank($0.text) ? nil : Located($0.text, at: $0.location) }
            if let email, !MailAddress.isAddress(email.value) {
                context.cells.report(email.value, at: email.location, what: LocalizedText(zh: "電子郵件地址", en: "an email address"),
                                     example: "chen@example.org")
            }
            context.append(\.invitees, Invitee(
                name: Located(name.text, at: name.location), title: text(row.cell(.title)), organisation: text(row.cell(.organisation)),
                email: email.flatMap { MailAddress.isAddress($0.value) ? $0 : nil }, sessions: text(row.cell(.sessions)),
                note: text(row.cell(.note)), extra: row.extra, location: row.location))
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "invitees")
        let name = vocabulary.example(column: "name", of: columnsID), email = vocabulary.example(column: "email", of: columnsID)
        return LocalizedText(
            zh: "若這是邀請名單，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(email.zh)」欄。",
            en: "To read it as invitees, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(email.en)” columns.")
    }
}

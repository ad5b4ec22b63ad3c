import EvplanModel

/// docs/format.md's tables of names, generated from the vocabulary; a test keeps the page equal to them.
public enum VocabularyDocument {
    /// The ids of the kinds of table, in the order docs/format.md describes them.
    public static let tableKinds = ["tasks", "budget", "sessions", "rooms", "tickets", "supplies", "marketingMix", "channels", "invitees",
                                    "candidates", "terms", "insurance", "contractors", "quotes", "runSheet", "staff", "risks", "fees"]

    /// The `| column | aliases |` table of one kind of table.
    public static func columnTable(_ kind: String, vocabulary: Vocabulary = .base) -> String {
        var output = "| column | aliases |\n|---|---|\n"
        for term in vocabulary.columns[kind] ?? [] {
            var cell = term.aliases.filter { !term.unlisted.contains($0) }.map { "`\($0)`" }.joined(separator: " ")
            if let remark = term.remark { cell += " " + remark }
            output += "| \(term.label.en) | \(cell) |\n"
        }
        return output
    }

    /// The words each event kind adds (`kind:` in event.md).
    public static func eventKindTable() -> String {
        var output = "| `kind:` | table | column | adds |\n|---|---|---|---|\n"
        for name in EventKindVocabulary.layers.keys.sorted() {
            let layer = EventKindVocabulary.layers[name] ?? VocabularyLayer()
            var rows: [String] = []
            for kind in tableKinds {
                for term in Vocabulary.base.columns[kind] ?? [] {
                    guard let added = layer.columns[kind]?[term.key], !added.isEmpty else { continue }
                    rows.append("| `\(name)` | \(kind) | \(term.label.en) | \(added.map { "`\($0)`" }.joined(separator: " ")) |")
                }
            }
            for section in layer.sections.keys.sorted() {
                rows.append("| `\(name)` | \(section) | section heading | \((layer.sections[section] ?? []).map { "`\($0)`" }.joined(separator: " ")) |")
            }
            if !layer.sharedSpaceWords.isEmpty {
                rows.append("| `\(name)` | rooms | shared spaces (name contains) | \(layer.sharedSpaceWords.map { "`\($0)`" }.joined(separator: " ")) |")
            }
            if !layer.breakTitleWords.isEmpty {
                rows.append("| `\(name)` | sessions | break words | \(layer.breakTitleWords.map { "`\($0)`" }.joined(separator: " ")) |")
            }
            if rows.isEmpty { rows.append("| `\(name)` | | | (no words of its own yet) |") }
            output += rows.joined(separator: "\n") + "\n"
        }
        return output
    }

    /// The kinds `kind:` accepts, the other ways to write them, and the words pages use for each.
    public static func eventKindNamesTable() -> String {
        var output = "| `kind:` | also written | pages say |\n|---|---|---|\n"
        for kind in EventKind.all {
            let words = ["col_session", "col_speakers", "col_room"].compactMap { kind.words[$0] }.map { "\($0.zhTW) / \($0.en)" }
            output += "| `\(kind.id)` | \(kind.names.map { "`\($0)`" }.joined(separator: " ")) | \(words.isEmpty ? "議程, 講者, 場地 (as without a kind)" : words.joined(separator: ", ")) |\n"
        }
        return output
    }

    /// Every generated table, named for a message.
    public static func tables() -> [(name: String, markdown: String)] {
        tableKinds.map { ("columns of \($0)", columnTable($0)) } + [("event kinds", eventKindTable()), ("event kind names", eventKindNamesTable())]
    }

    /// The keys `columns:` in event.md accepts, for a message.
    public static func columnKeys(_ kind: String) -> [String] {
        (Vocabulary.base.columns[kind] ?? []).map(\.key)
    }
}

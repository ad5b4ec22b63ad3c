import EvplanDocument
import EvplanModel

extension Vocabulary {
    /// A plan's vocabulary: the base words, the layer of event.md's `kind:`, then event.md's own `columns:` (header name →
    /// column key, e.g. `columns: {負責組別: owner}`, or `budget.amount` to name one kind of table).
    static func forPlan(event: Document?, values: inout FrontMatterValues) -> Vocabulary {
        var vocabulary = Vocabulary.base
        let front = event?.frontMatter
        if let kind = front?["kind"] {
            let name = (kind.scalar ?? "").trimmedOfWhitespace.lowercased()
            if let known = EventKind.named(name) {
                vocabulary = vocabulary.adding(EventKindVocabulary.layers[known.id] ?? VocabularyLayer())
            } else if !name.isEmpty || kind.scalar == nil {
                let known = EventKind.all.map(\.id)
                values.report(kind, what: LocalizedText(zh: "活動類型（\(known.joined(separator: "、"))）", en: "an event kind (\(known.joined(separator: ", ")))"),
                              example: known.joined(separator: "、"))
            }
        }
        guard let columns = front?["columns"] else { return vocabulary }
        if columns.pairs.isEmpty, columns.scalar?.isEmpty != true {
            values.report(columns, what: LocalizedText(zh: "欄位對照表（每行「表頭: 欄位」）", en: "a map of headers to columns (one `header: column` per line)"),
                          example: "負責組別: owner")
            return vocabulary
        }
        var pairs: [(alias: String, kind: String, key: String)] = []
        for pair in columns.pairs {
            let targets = vocabulary.columnTargets(named: pair.value.scalar ?? "")
            if targets.isEmpty {
                values.report(pair.value, what: LocalizedText(zh: "欄位名稱（例如 owner、amount、budget.amount）", en: "a column key (owner, amount, budget.amount …)"),
                              example: "owner、title、room、amount")
                continue
            }
            pairs += targets.map { (pair.key, $0.kind, $0.key) }
        }
        return pairs.isEmpty ? vocabulary : vocabulary.addingPlanColumns(pairs)
    }

    /// The columns a `columns:` value names: `owner` in every kind of table that has one, `budget.amount` in one.
    func columnTargets(named written: String) -> [(kind: String, key: String)] {
        func fold(_ text: some StringProtocol) -> String { text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " } }
        let parts = written.split(separator: ".", maxSplits: 1)
        let kindName = parts.count == 2 ? fold(parts[0]) : nil
        guard let keyName = parts.last.map(fold), !keyName.isEmpty else { return [] }
        var targets: [(kind: String, key: String)] = []
        for kind in columns.keys.sorted() where kindName == nil || fold(kind) == kindName {
            if let term = columns[kind]?.first(where: { fold($0.key) == keyName }) { targets.append((kind, term.key)) }
        }
        return targets
    }
}

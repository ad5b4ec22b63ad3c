import EvplanModel
import Foundation

/// One column of a kind of table: the names planners give it, how pages and docs call it, and whether a unit scale in
/// its header (`金額（萬元）`) multiplies its figures.
public struct ColumnTerm: Sendable {
    /// The column's key (`unitPrice`), the name `columns:` in event.md uses.
    public var key: String
    /// What the column is, for pages and for docs/format.md.
    public var label: LocalizedText
    /// Header names, in the order they are tried.
    public var aliases: [String]
    /// Those of `aliases` read but not listed in docs/format.md (simplified and Japanese forms from published accounts).
    public var unlisted: [String] = []
    /// A docs remark after the aliases, e.g. `(a name list)`.
    public var remark: String?
    /// True for money columns: a unit in the header (`（萬元）`, `(NT$ thousands)`) scales every figure in them.
    public var takesUnitScale = false
}

/// A multiple a header or a `單位：` line may name: 萬元 is ×10,000.
public struct UnitScale: Sendable {
    public var factor: Decimal
    /// Unit words, compared after dropping spaces, case and a currency name (新臺幣, NT$ …).
    public var words: [String]
}

/// Words added on top of the base vocabulary: an event kind's (`kind: festival`) or a plan's own (`columns:`).
public struct VocabularyLayer: Sendable {
    /// Extra header names by table kind id and column key.
    public var columns: [String: [String: [String]]] = [:]
    /// Extra section headings by section id (a festival's `## 場區配置` is its rooms).
    public var sections: [String: [String]] = [:]
    public var breakTitleWords: [String] = []
    /// Room names that are shared spaces in this kind of event (a race's 賽道): activities in them at once are no clash.
    public var sharedSpaceWords: [String] = []
}

/// Every word the parser recognises, as data in one place: column names of each kind of table, section headings, and the
/// word lists that classify rows (breaks, totals, phases). One value per plan: the base words, then the layer of the
/// event's `kind:`, then the plan's own `columns:` in event.md, which win over the rest.
public struct Vocabulary: Sendable {
    /// Columns of each kind of table (by its id: `tasks`, `budget`, `sessions`, `rooms`), in the order they are tried.
    public private(set) var columns: [String: [ColumnTerm]]
    /// Section headings by section id, recognised by containment.
    public var sections: [String: [String]]
    /// A session whose title contains one of these is a break (Chinese anywhere, English as whole words).
    public private(set) var breakTitleWords: [String]
    /// A session whose kind cell contains one of these is a break.
    public var breakKindWords: [String]
    /// Titles with these are staff calls (工作人員報到, 志工報到), never breaks, whatever break word they hold.
    public var staffCallWords: [String]
    /// A session whose kind cell holds one of these is open all day (全日, 開放) and needs no break.
    public var openSessionWords: [String]
    /// A room whose 形式 holds one of these is an open area: shared, and its activities need no break.
    public var openAreaWords: [String]
    /// A room whose 形式 holds one of these is shared.
    public var sharedWords: [String]
    /// Cells of a 共用 column that mean yes.
    public var yesWords: [String]
    /// Room names that are shared spaces in the plan's kind of event (a race's 賽道).
    public private(set) var sharedSpaceWords: [String] = []
    /// Items that are a grand total, compared without case, spaces, `*` and colons.
    public var totalWords: [String]
    /// Item endings that make a grand total (`餐飲合計`).
    public var totalSuffixes: [String]
    /// Item endings and beginnings that make a subtotal.
    public var subtotalSuffixes: [String]
    public var subtotalPrefixes: [String]
    /// Phase cells containing these are after, or else during, the event; anything else is before it.
    public var postEventPhaseWords: [String]
    public var duringEventPhaseWords: [String]
    public var unitScales: [UnitScale]
    /// Currency names dropped before a unit word is looked up (`新臺幣萬元`, `NT$ thousands`).
    public var currencyNames: [String]
    /// Header names from the plan's `columns:`, by table kind id: tried before any other name.
    public private(set) var planColumns: [String: [(alias: String, key: String)]] = [:]

    private(set) var tables: [String: ColumnTable] = [:]
    /// Every total and subtotal word holds 計, 總 or a `t`: an item with none of them is a line, found without folding it.
    private(set) var totalsNeedTotalMark = true

    init(columns: [String: [ColumnTerm]], sections: [String: [String]], breakTitleWords: [String], breakKindWords: [String],
         staffCallWords: [String], openSessionWords: [String], openAreaWords: [String], sharedWords: [String], yesWords: [String],
         totalWords: [String], totalSuffixes: [String], subtotalSuffixes: [String], subtotalPrefixes: [String],
         postEventPhaseWords: [String], duringEventPhaseWords: [String], unitScales: [UnitScale], currencyNames: [String]) {
        self.columns = columns
        self.sections = sections
        self.breakTitleWords = breakTitleWords
        self.breakKindWords = breakKindWords
        self.staffCallWords = staffCallWords
        self.openSessionWords = openSessionWords
        self.openAreaWords = openAreaWords
        self.sharedWords = sharedWords
        self.yesWords = yesWords
        self.totalWords = totalWords
        self.totalSuffixes = totalSuffixes
        self.subtotalSuffixes = subtotalSuffixes
        self.subtotalPrefixes = subtotalPrefixes
        self.postEventPhaseWords = postEventPhaseWords
        self.duringEventPhaseWords = duringEventPhaseWords
        self.unitScales = unitScales
        self.currencyNames = currencyNames
        compile()
    }

    /// The vocabulary with a layer's words added after the words already known.
    public func adding(_ layer: VocabularyLayer) -> Vocabulary {
        var result = self
        for (kind, byKey) in layer.columns {
            for (key, aliases) in byKey {
                guard var terms = result.columns[kind], let index = terms.firstIndex(where: { $0.key == key }) else { continue }
                let known = terms[index].aliases
                terms[index].aliases += aliases.filter { !known.contains($0) }
                result.columns[kind] = terms
            }
        }
        result.breakTitleWords += layer.breakTitleWords.filter { !result.breakTitleWords.contains($0) }
        result.sharedSpaceWords += layer.sharedSpaceWords.filter { !result.sharedSpaceWords.contains($0) }
        for (section, aliases) in layer.sections {
            let known = result.sections[section] ?? []
            result.sections[section, default: []] += aliases.filter { !known.contains($0) }
        }
        result.compile()
        return result
    }

    /// The vocabulary with a plan's own header names, which win over every other name.
    func addingPlanColumns(_ pairs: [(alias: String, kind: String, key: String)]) -> Vocabulary {
        var result = self
        for pair in pairs { result.planColumns[pair.kind, default: []].append((pair.alias, pair.key)) }
        result.compile()
        return result
    }

    /// Whether a heading names a section, by any alias it contains (case-insensitive).
    func heading(_ heading: String, names section: String) -> Bool {
        guard let aliases = sections[section] else { return false }
        let lowered = heading.lowercased()
        // An empty alias names nothing (as Foundation's `contains` had it).
        return aliases.contains { !$0.isEmpty && TextSearch.contains(lowered, $0.lowercased()) }
    }

    func table(_ kind: String) -> ColumnTable {
        tables[kind] ?? ColumnTable(keys: [], scalable: [], ranks: [:], suggestions: [])
    }

    /// The multiple a unit text names (`萬元`, `新臺幣千元`, `NT$ thousands`), nil when it names none.
    func scale(ofUnit text: String) -> Decimal? {
        var key = text.lowercased().filter { !$0.isWhitespace }
        for currency in currencyNames where key.hasPrefix(currency) {
            key.removeFirst(currency.count)
            break
        }
        guard !key.isEmpty else { return nil }
        return unitScales.first { $0.words.contains(key) }?.factor
    }

    /// The scale a `單位：萬元` / `(單位:千元)` / `Unit: NT$ thousands` line gives the table below it.
    func scale(ofUnitLine text: String) -> Decimal? {
        guard text.utf8.count < 400 else { return nil }
        let lowered = text.lowercased()
        for marker in ["單位", "单位", "unit", "units"] {
            var searchStart = lowered.startIndex
            while let range = lowered.range(of: marker, range: searchStart..<lowered.endIndex) {
                searchStart = range.upperBound
                let rest = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "：" || $0 == "s" && marker == "unit" }
                let unit = rest.prefix { !")）,，;；。、\n".contains($0) }
                if let scale = scale(ofUnit: String(unit)) { return scale }
            }
        }
        return nil
    }

    private mutating func compile() {
        tables = [:]
        for (kind, terms) in columns {
            var ranks: [String: (rank: Int, column: Int)] = [:]
            var suggestions: [(normalized: String, written: String)] = []
            var rank = 0
            func add(_ alias: String, _ column: Int) {
                let normalized = HeaderText.normalize(alias)
                if ranks[normalized] == nil { ranks[normalized] = (rank, column) }
                suggestions.append((normalized, alias))
                rank += 1
            }
            for (alias, key) in planColumns[kind] ?? [] {
                if let column = terms.firstIndex(where: { $0.key == key }) { add(alias, column) }
            }
            for (column, term) in terms.enumerated() {
                for alias in term.aliases { add(alias, column) }
            }
            tables[kind] = ColumnTable(keys: terms.map(\.key), scalable: terms.map(\.takesUnitScale), ranks: ranks, suggestions: suggestions)
        }
        let marks = totalWords + totalSuffixes + subtotalSuffixes + subtotalPrefixes
        totalsNeedTotalMark = marks.allSatisfy { $0.contains("計") || $0.contains("總") || $0.lowercased().contains("t") }
    }

    /// Whether a title is a break: a break word in the title (Chinese anywhere, English as a whole word) or the kind
    /// cell, unless the title is a staff call (工作人員報到 is a time for the crew, not a rest for the audience).
    func isBreak(title: String, kind: String) -> Bool {
        let title = TextSearch.Text(title.lowercasedQuickly)
        if staffCallWords.contains(where: { Vocabulary.contains(title, $0) }) { return false }
        // Most sessions have no kind cell: only an empty word would be found in it.
        let kindSaysBreak = kind.isEmpty
            ? breakKindWords.contains(where: \.isEmpty)
            : { text in breakKindWords.contains { text.contains($0) } }(TextSearch.Text(kind.lowercasedQuickly))
        if kindSaysBreak { return true }
        return breakTitleWords.contains { Vocabulary.contains(title, $0) }
    }

    /// Chinese words anywhere, English words whole.
    static func contains(_ text: String, _ word: String) -> Bool {
        TextSearch.contains(text, word, wholeWord: word.utf8.first.map { $0 < 0x80 } ?? false)
    }

    static func contains(_ text: TextSearch.Text, _ word: String) -> Bool {
        text.contains(word, wholeWord: word.utf8.first.map { $0 < 0x80 } ?? false)
    }

    /// Whether any of `words` is in `text` (lowercased first).
    func mentions(_ text: String, any words: [String]) -> Bool {
        guard !text.isEmpty else { return words.contains { Vocabulary.contains("", $0) } }
        let lowered = TextSearch.Text(text.lowercasedQuickly)
        return words.contains { Vocabulary.contains(lowered, $0) }
    }

    /// Whether an item is a line for sure, without folding it: it holds none of 計, 總 and `t`, which every total word has.
    func isSurelyLine(_ item: String) -> Bool {
        guard totalsNeedTotalMark else { return false }
        return !(TextSearch.contains(item, "計") || TextSearch.contains(item, "總") || item.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "t") }))
    }
}

/// A kind of table's columns, compiled for matching headers: each alias normalised once per plan.
struct ColumnTable: Sendable {
    let keys: [String]
    let scalable: [Bool]
    /// Normalised alias → the column it names, with its rank (plan names first, then columns in order, aliases in order).
    let ranks: [String: (rank: Int, column: Int)]
    let suggestions: [(normalized: String, written: String)]

    /// The column a header names, if any, and the unit scale its brackets give when the column takes one.
    func match(_ header: String, in vocabulary: Vocabulary) -> (column: Int, scale: Decimal?)? {
        let parts = HeaderText.parts(header)
        var best: (rank: Int, column: Int)?
        for candidate in parts.candidates {
            if let found = ranks[candidate], found.rank < (best?.rank ?? Int.max) { best = found }
        }
        guard let best else { return nil }
        var scale: Decimal?
        if scalable[best.column] {
            for unit in parts.bracketed {
                if let found = vocabulary.scale(ofUnit: unit) { scale = found; break }
            }
        }
        return (best.column, scale)
    }

    /// The alias an unknown header was most probably meant to be, if it is close to one.
    func suggestion(forHeader header: String) -> String? {
        let normalized = HeaderText.normalize(header)
        guard !normalized.isEmpty else { return nil }
        var best: (alias: String, distance: Int)?
        for (target, written) in suggestions {
            let distance = EditDistance.between(normalized, target)
            let allowed = target.count <= 5 ? 1 : 2
            if distance > 0, distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (written, distance)
            }
        }
        return best?.alias
    }
}

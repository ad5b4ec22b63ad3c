import Foundation
import EvplanDocument
import EvplanModel

/// How a kind took a table.
enum TableClaim {
    /// Turned into records: pages show them in their own form, not in the file's prose.
    case records
    /// Read as part of a section (a press release's body): it stays in the prose.
    case partOfSection
}

/// A part of a task file that reads tables (or sections) into records. A fresh value reads each file, so it may keep
/// what it has seen (the section it is in, the agenda day).
protocol PlanPartKind {
    static var task: TaskCode { get }
    init(context: inout ParseContext)
    /// Every heading of the file, in order (level 1 and 2 start a section; `context.section` is already set).
    mutating func heading(_ heading: Heading, context: inout ParseContext)
    /// Whether a table here would be this kind's: lines that look like a table but are not one are reported then.
    func expectsTables(_ context: ParseContext) -> Bool
    /// Takes the table if it is this kind's. `previous` is the block right above it.
    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim?
    mutating func finish(context: inout ParseContext)
    /// What would make a table this kind's, for `format.prose-table`.
    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText
}

extension PlanPartKind {
    mutating func heading(_ heading: Heading, context: inout ParseContext) {}
    mutating func finish(context: inout ParseContext) {}
}

/// A kind of record table (tasks, budget lines, sessions, rooms): its task, its columns (by their id in the vocabulary),
/// the sections that announce it, the header shape that says a table is its own elsewhere, and its row reader.
protocol TableKind: PlanPartKind {
    associatedtype Column: ColumnKey
    /// The id of this kind's columns in `Vocabulary.columns`.
    static var columnsID: String { get }
    /// How a table it takes is kept: `.records` (pages show the records in their own form) unless it says otherwise.
    static var claimedAs: TableClaim { get }
    /// Whether the table is this kind's, from the section it is in and its header (read once, in `reader`).
    func claims(_ reader: TableReader<Column>, context: ParseContext) -> Bool
    /// Reads the table's rows into `context.records`.
    mutating func read(_ reader: TableReader<Column>, below previous: Block?, context: inout ParseContext)
}

extension TableKind {
    static var claimedAs: TableClaim { .records }

    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? {
        let reader = TableReader<Column>(table, columns: context.vocabulary.table(Self.columnsID), vocabulary: context.vocabulary)
        guard claims(reader, context: context) else { return nil }
        context.diagnostics += reader.diagnostics
        read(reader, below: previous, context: &context)
        return Self.claimedAs
    }

    /// True when the table's header has every column of `required` and one of `anyOf`.
    static func has(_ reader: TableReader<Column>, _ required: [Column], anyOf: [Column]) -> Bool {
        required.allSatisfy(reader.has) && anyOf.contains(where: reader.has)
    }
}

/// A table kind whose section (`## 工作項目`, `## 票種`) announces its tables: it follows the level-1 and level-2
/// headings, expects tables in its section and may claim them there on looser terms than elsewhere.
protocol SectionTableKind: TableKind {
    /// The id of the section in `Vocabulary.sections` whose headings announce this kind's tables.
    static var sectionID: String { get }
    /// Whether the section being read is this kind's.
    var inSection: Bool { get set }
}

extension SectionTableKind {
    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        if heading.level <= 2 { inSection = context.vocabulary.heading(heading.text, names: Self.sectionID) }
    }

    func expectsTables(_ context: ParseContext) -> Bool { inSection }
}

extension Vocabulary {
    /// A section's first Chinese and first English alias, for messages.
    func example(section: String) -> (zh: String, en: String) {
        let aliases = sections[section] ?? []
        let en = aliases.first { $0.unicodeScalars.allSatisfy(\.isASCII) } ?? aliases.first ?? section
        return (aliases.first ?? section, en)
    }

    /// A column's first Chinese and first English alias, for messages.
    func example(column key: String, of kind: String) -> (zh: String, en: String) {
        let aliases = columns[kind]?.first { $0.key == key }?.aliases ?? []
        let en = aliases.first { $0.unicodeScalars.allSatisfy(\.isASCII) } ?? aliases.first ?? key
        return (aliases.first ?? key, en)
    }
}

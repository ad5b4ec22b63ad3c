import Foundation
import EvplanDocument
import EvplanModel

/// A table's header read against one kind of table's columns (once per table): which column holds which field, the unit
/// scale of its money columns, the columns the vocabulary does not know, and a warning for an unknown header that is
/// probably a misspelt alias.
struct TableReader<Field: ColumnKey> {
    struct Row {
        let cells: [Cell]
        let location: SourceLocation
        fileprivate let columns: [Field: Int]
        fileprivate let extraColumns: [(index: Int, header: String)]

        /// The cell of a field, nil when the table has no such column or the cell is blank.
        func cell(_ field: Field) -> Cell? {
            guard let index = columns[field], index < cells.count else { return nil }
            let cell = cells[index]
            return TableReader.isBlank(cell.text) ? nil : cell
        }

        var extra: [ExtraCell] {
            extraColumns.map { ExtraCell(header: $0.header, value: $0.index < cells.count ? cells[$0.index].text : "") }
        }

        /// True when every cell is blank (or a `---` filler some published tables use as a rule line).
        var isEmpty: Bool { cells.allSatisfy { TableReader.isBlank($0.text) } }
    }

    let table: Table
    let columns: [Field: Int]
    /// The multiple a column's header names (`金額（萬元）` → 10,000); absent for columns without one.
    let scales: [Field: Decimal]
    let extraHeaders: [String]
    private let extraColumns: [(index: Int, header: String)]
    private(set) var diagnostics: [Diagnostic] = []

    init(_ table: Table, columns schema: ColumnTable, vocabulary: Vocabulary) {
        self.table = table
        let fields = Field.allCases
        var columns: [Field: Int] = [:]
        var scales: [Field: Decimal] = [:]
        var extras: [(index: Int, header: String)] = []
        var diagnostics: [Diagnostic] = []
        for (index, header) in table.header.enumerated() {
            let match = schema.match(header.text, in: vocabulary)
            let field = match.map { fields[$0.column] }
            if let field, columns[field] == nil {
                columns[field] = index
                if let scale = match?.scale { scales[field] = scale }
                continue
            }
            extras.append((index, header.text))
            if let field, let first = columns[field] {
                // Two amount columns that disagree would otherwise be settled silently in favour of the first.
                let earlier = table.header[first].text
                diagnostics.append(Diagnostic(FormatRules.unknownColumn, at: header.location, LocalizedText(
                    zh: "欄位「\(header.text)」與前面的「\(earlier)」是同一種欄位；evplan 只檢查前面那一欄", en: "Column “\(header.text)” is the same kind of column as “\(earlier)” before it; evplan checks only the first"),
                    hint: LocalizedText(zh: "刪掉重複的欄位，或把它改成別的名稱（例如「備註」）。", en: "Remove the repeated column, or give it another name (a note, say).")))
                continue
            }
            if let suggestion = schema.suggestion(forHeader: header.text) {
                diagnostics.append(Diagnostic(FormatRules.unknownColumn, at: header.location, LocalizedText(
                    zh: "不認得欄位「\(header.text)」，是不是「\(suggestion)」？", en: "Unknown column “\(header.text)”: did you mean “\(suggestion)”?"),
                    hint: LocalizedText(zh: "把欄位名稱改成「\(suggestion)」，evplan 才會把它當成該欄位檢查。",
                                        en: "Rename the column to “\(suggestion)” so evplan reads and checks it as that column.")))
            }
        }
        for cell in table.cellsBeyondHeader {
            diagnostics.append(Diagnostic(FormatRules.unknownColumn, at: cell.location, LocalizedText(
                zh: "「\(cell.text)」在表頭之外的欄位，Markdown 會把它丟掉", en: "“\(cell.text)” lies beyond the table's header; Markdown drops it"),
                hint: LocalizedText(zh: "在表頭加上這一欄的名稱，或把這格併入前面的欄位。", en: "Add a header for this column, or move the value into an existing column.")))
        }
        self.columns = columns
        self.scales = scales
        self.extraColumns = extras
        self.extraHeaders = extras.map(\.header)
        self.diagnostics = diagnostics
    }

    func has(_ field: Field) -> Bool { columns[field] != nil }

    var rows: [Row] {
        table.rows.map { cells in
            Row(cells: cells, location: cells.first?.location ?? table.location, columns: columns, extraColumns: extraColumns)
        }
    }

    static func isBlank(_ text: String) -> Bool {
        // Asked of every cell read; most start with a byte none of the blank marks starts with (`-`, space, and the
        // UTF-8 lead bytes of — – and －), which settles it without walking the characters.
        guard let first = text.utf8.first else { return true }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: " ") || first == 0xE2 || first == 0xEF else { return false }
        return text.allSatisfy { $0 == "-" || $0 == "—" || $0 == "–" || $0 == " " || $0 == "－" }
    }
}

import EvplanModel
import Foundation

/// A table saved from a spreadsheet: `T3-budget.csv` (comma-separated) or `.tsv` (tab-separated). The file is one
/// table of its task, read with the same columns as a Markdown table, each cell located at its CSV line and column.
///
/// What Excel and Google Sheets write is accepted: UTF-8 with or without a BOM, Big5 (code page 950, reported as an
/// info), CRLF line ends, quoted fields with commas, doubled quotes and line breaks, an Excel `sep=;` first line,
/// blank rows (skipped) and empty trailing columns. Rows above the header that fill one cell only are the table's
/// caption: a line with a colon (`單位：新臺幣萬元`) is the paragraph right above the table, as in Markdown, so its unit
/// applies; any other (`支出明細`, `第一天 2027-10-15`) is a section heading above it, as `## 支出明細` would be.
public struct DelimitedReader: PlanFileReader {
    public init() {}

    public var fileExtensions: [String] { ["csv", "tsv"] }

    /// Only `T3-budget.csv` and the like are a plan's tables; another spreadsheet in the folder (a guest list) is left
    /// alone, like an image.
    public var readsTaskFilesOnly: Bool { true }

    public func read(_ data: Data, path: String, options: PlanFileReadOptions) -> (document: Document?, diagnostics: [Diagnostic]) {
        switch TextDecoder.decode(data, allowingBig5: true) {
        case let .failure(problem):
            return (nil, [Diagnostic(FormatRules.encoding, at: problem.location(in: path), problem.message)])
        case let .success((text, encoding)):
            var parsed = parse(text: text, path: path)
            if encoding == .big5 {
                parsed.diagnostics.insert(Diagnostic(FormatRules.readAsBig5, at: SourceLocation(file: path, line: 1, column: 1), LocalizedText(
                    zh: "\((path as NSString).lastPathComponent) 不是 UTF-8，已當成 Big5（CP950）讀取",
                    en: "\((path as NSString).lastPathComponent) is not UTF-8; it was read as Big5 (CP950)")), at: 0)
            }
            return (parsed.document, parsed.diagnostics)
        }
    }

    /// Reads already-decoded text (LF line ends) as a delimited table file at `path`.
    public func parse(text: String, path: String) -> (document: Document, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var separator: Character = path.lowercased().hasSuffix(".tsv") ? "\t" : ","
        var body = Substring(text)
        var skippedLines = 0
        // Excel's `sep=;` first line names the separator.
        if let firstLine = body.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
           firstLine.lowercased().hasPrefix("sep="), firstLine.count == 5, let named = firstLine.last {
            separator = named
            body = body.dropFirst(firstLine.count)
            if body.first == "\n" { body = body.dropFirst() }
            skippedLines = 1
        }
        var parsed = DelimitedText.parse(String(body), separator: separator)
        if skippedLines > 0 {
            for index in parsed.rows.indices {
                parsed.rows[index].line += skippedLines
                for field in parsed.rows[index].fields.indices { parsed.rows[index].fields[field].line += skippedLines }
            }
        }
        if let open = parsed.unclosedQuote {
            diagnostics.append(Diagnostic(FormatRules.delimited, at: SourceLocation(file: path, line: open.line + skippedLines, column: open.column), LocalizedText(
                zh: "這個引號（\"）開始的儲存格一直沒有結束：檔案其餘部分都被讀成這一格",
                en: "The quote (\") that opens this cell is never closed: the rest of the file was read as this one cell")))
        }
        let rows = parsed.rows.filter { !$0.isBlank }
        var blocks: [Block] = []
        // Caption rows: one filled cell each, above the header.
        var index = 0
        while index < rows.count, rows[index].filledCount <= 1 {
            let field = rows[index].fields.first { !$0.text.trimmedOfWhitespace.isEmpty }!
            let cell = Self.cell(field, path: path)
            if cell.text.contains(":") || cell.text.contains("：") {
                let html = "<p>" + Self.escape(cell.text).replacingOccurrences(of: "\n", with: "<br />\n") + "</p>\n"
                blocks.append(.prose(Prose(html: html, text: cell.text.replacingOccurrences(of: "\n", with: " "), location: cell.location)))
            } else {
                blocks.append(.heading(Heading(level: 2, text: cell.text.replacingOccurrences(of: "\n", with: " "), location: cell.location, textLocation: cell.location)))
            }
            index += 1
        }
        guard index < rows.count else {
            return (Document(path: path, frontMatter: nil, blocks: blocks), diagnostics)
        }
        // Spreadsheets write empty cells to the width of the sheet's used range: the header ends at its last name.
        let headerFields = rows[index].fields
        let width = (headerFields.lastIndex { !$0.text.trimmedOfWhitespace.isEmpty } ?? 0) + 1
        let header = headerFields.prefix(width).map { Self.cell($0, path: path) }
        var tableRows: [[Cell]] = []
        var beyond: [Cell] = []
        for row in rows[(index + 1)...] {
            var cells = row.fields.prefix(width).map { Self.cell($0, path: path) }
            // A short row (fewer separators than the header) has empty cells where it ends, as in a Markdown table.
            let end = cells.last?.location ?? SourceLocation(file: path, line: row.line, column: 1)
            while cells.count < width { cells.append(Cell(text: "", location: end)) }
            tableRows.append(cells)
            if row.fields.count > width {
                beyond += row.fields[width...].filter { !$0.text.trimmedOfWhitespace.isEmpty }.map { Self.cell($0, path: path) }
            }
        }
        let location = SourceLocation(file: path, line: rows[index].line, column: 1)
        let table = Table(header: header, rows: tableRows, location: location, cellsBeyondHeader: beyond,
                          htmlSource: .rendered(Self.html(header: header, rows: tableRows)))
        blocks.append(.table(table))
        return (Document(path: path, frontMatter: nil, blocks: blocks), diagnostics)
    }

    /// A field as a table cell: trimmed, located where its text starts.
    static func cell(_ field: DelimitedText.Field, path: String) -> Cell {
        let leading = field.text.prefix { $0 == " " || $0 == "\t" }.count
        let text = field.text.trimmedOfWhitespaceAndNewlines
        return Cell(text: text, location: SourceLocation(file: path, line: field.line, column: field.column + (text.isEmpty ? 0 : leading)))
    }

    static func html(header: [Cell], rows: [[Cell]]) -> String {
        func cellHTML(_ cell: Cell, tag: String) -> String {
            "<\(tag)>" + escape(cell.text).replacingOccurrences(of: "\n", with: "<br />") + "</\(tag)>\n"
        }
        var html = "<table>\n<thead>\n<tr>\n" + header.map { cellHTML($0, tag: "th") }.joined() + "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n" + rows.map { "<tr>\n" + $0.map { cellHTML($0, tag: "td") }.joined() + "</tr>\n" }.joined() + "</tbody>\n"
        }
        return html + "</table>\n"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

private extension DelimitedText.Row {
    var filledCount: Int { fields.filter { !$0.text.trimmedOfWhitespace.isEmpty }.count }
}

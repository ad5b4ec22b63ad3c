import EvplanModel

/// Bounds what cmark-gfm may spend on a file's tables before it sees the file. cmark-gfm 0.29.0.gfm.6 pads every row
/// of a table to the header's width, so a 99-column header followed by 300,000 one-letter lines (600 KB) made 30
/// million cells: 31 s and 9.5 GB. Here each table is priced at rows × header width, counted conservatively (a row is
/// any line up to the next blank one, although cmark also ends a table at a heading, a list or a quote), and a table
/// that would take the file past `maximumCells` is left out: its lines become blank lines, so every other line keeps
/// its number, and it is reported as `format.too-large` at its header.
enum TableCostBound {
    /// Cells (rows × header width, padding included) cmark may build for one file. The benchmark's XL plan has
    /// tables of 20,000 rows × 7 columns (140,000 cells); a planner's largest table is a few thousand cells.
    static let maximumCells = 1_000_000

    struct Result {
        /// The text cmark may see: the input with the left-out tables' lines emptied.
        var text: String
        var diagnostics: [Diagnostic]
    }

    static func bound(_ text: String, path: String) -> Result {
        let bytes = Array(text.utf8)
        // Line starts; a file without tables costs one pass and no copy.
        var starts: [Int] = [0]
        let newline = UInt8(ascii: "\n")
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0..<buffer.count where buffer[offset] == newline { starts.append(offset + 1) }
        }
        func line(_ index: Int) -> ArraySlice<UInt8> {
            let start = starts[index]
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
            return bytes[start..<max(start, end)]
        }

        var diagnostics: [Diagnostic] = []
        var spent = 0
        var blanked: [Range<Int>] = []  // line indices (0-based) to empty
        var index = 1
        while index < starts.count {
            let delimiter = content(of: line(index))
            let header = content(of: line(index - 1))
            guard !header.isEmpty, isDelimiterRow(delimiter) else { index += 1; continue }
            // cmark sees at most `CommonMarkParser.maximumCells` + 1 cells on a line: the pipes past it are escaped.
            let width = min(max(TableLineScanner.cellRanges(in: header).count, TableLineScanner.cellRanges(in: delimiter).count, 1),
                            CommonMarkParser.maximumCells + 1)
            var end = index + 1
            while end < starts.count, !content(of: line(end)).isEmpty { end += 1 }
            let rows = end - index - 1
            let cost = (rows + 1) * width
            if spent + cost > maximumCells {
                let headerLine = index  // 1-based number of the line before `index`
                let lastLine = end  // 1-based number of the line before `end`
                diagnostics.append(Diagnostic(FormatRules.tooLarge, at: SourceLocation(file: path, line: headerLine, column: 1), LocalizedText(
                    zh: "這張表格有 \(rows) 列、\(width) 欄，共約 \(cost) 格，超過每個檔案 \(maximumCells) 格的上限；第 \(headerLine)–\(lastLine) 行沒有讀取。請把表格拆成較小的表格或拆到幾個檔案",
                    en: "This table has \(rows) rows of \(width) columns, about \(cost) cells, past the limit of \(maximumCells) cells per file; lines \(headerLine)–\(lastLine) were not read. Split the table into smaller tables or across files")))
                blanked.append((index - 1)..<end)
            } else {
                spent += cost
            }
            index = end + 1
        }
        guard !blanked.isEmpty else { return Result(text: text, diagnostics: []) }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var next = 0  // the first line not yet copied
        for range in blanked {
            kept.append(contentsOf: bytes[starts[next]..<starts[range.lowerBound]])
            // Each left-out line keeps its line end, so the lines after it keep their numbers.
            kept.append(contentsOf: repeatElement(newline, count: range.count))
            next = range.upperBound
        }
        if next < starts.count {
            kept.append(contentsOf: bytes[starts[next]...])
        } else {
            // The file ended inside the left-out table, on a line without a line end: add none it did not have.
            kept.removeLast()
        }
        return Result(text: String(decoding: kept, as: UTF8.self), diagnostics: diagnostics)
    }

    /// A line without what may put it inside a container: leading spaces, tabs, `>` and list markers. What is left
    /// is what the table extension reads; an empty result is a blank line, which ends any table.
    static func content(of line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var index = line.startIndex
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: ">"), carriageReturn = UInt8(ascii: "\r")
        func skipBlanksAndQuotes() {
            while index < line.endIndex, line[index] == space || line[index] == tab || line[index] == quote { index += 1 }
        }
        skipBlanksAndQuotes()
        // One list marker (`-`, `+`, `*` or digits and `.` or `)`) followed by a blank, then more blanks and quotes.
        var marker = index
        while marker < line.endIndex, marker - index < 9, line[marker] >= UInt8(ascii: "0"), line[marker] <= UInt8(ascii: "9") { marker += 1 }
        if marker > index, marker < line.endIndex, line[marker] == UInt8(ascii: ".") || line[marker] == UInt8(ascii: ")") {
            marker += 1
        } else if marker == index, marker < line.endIndex, [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(line[marker]) {
            marker += 1
        } else {
            marker = index
        }
        if marker > index, marker == line.endIndex || line[marker] == space || line[marker] == tab {
            index = marker
            skipBlanksAndQuotes()
        }
        var end = line.endIndex
        while end > index, line[end - 1] == space || line[end - 1] == tab || line[end - 1] == carriageReturn { end -= 1 }
        return line[index..<end]
    }

    /// A GFM delimiter row, loosely: only `|`, `-`, `:`, blanks, with at least one `-`.
    static func isDelimiterRow(_ content: ArraySlice<UInt8>) -> Bool {
        var dash = false
        for byte in content {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return dash
    }
}

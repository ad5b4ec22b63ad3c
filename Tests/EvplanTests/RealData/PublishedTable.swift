import Foundation

/// A Markdown table as a reader sees it in a published file, read line by line without any Markdown library:
/// the `##` section it sits in, its header, and its body rows with their 1-based line numbers.
/// Rule lines (`|---|---|`), including the filler rows some accounts put before a total, are dropped.
struct PublishedTable {
    struct Row {
        let line: Int
        let cells: [String]
    }

    let section: String
    let header: [String]
    let rows: [Row]

    static func tables(in text: String) -> [PublishedTable] {
        var tables: [PublishedTable] = []
        var section = ""
        var header: [String]?
        var rows: [Row] = []
        func finish() {
            if let header { tables.append(PublishedTable(section: section, header: header, rows: rows)) }
            header = nil
            rows = []
        }
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("|") else {
                finish()
                if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
                continue
            }
            let cells = splitCells(line)
            if cells.allSatisfy(isRule) { continue }
            if header == nil { header = cells } else { rows.append(Row(line: index + 1, cells: cells)) }
        }
        finish()
        return tables
    }

    /// Cells between unescaped pipes, trimmed of spaces and tabs.
    static func splitCells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaping = false
        for character in line {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                current.append(character)
                escaping = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        // The text before the first pipe and after the last one is not a cell.
        return cells.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func isRule(_ cell: String) -> Bool {
        let core = cell.trimmingCharacters(in: CharacterSet(charactersIn: ":"))
        return !core.isEmpty && core.allSatisfy { $0 == "-" }
    }

    func column(containing word: String) -> Int? {
        header.firstIndex { $0.contains(word) }
    }
}

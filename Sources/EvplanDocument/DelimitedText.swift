/// Splits CSV (RFC 4180, as Excel and Google Sheets write it) or TSV text into rows of fields, each field with the
/// line and character column where its text starts, so a diagnostic can point at the spreadsheet cell.
///
/// Neither CSV library in the package set (yaslab/CSV.swift 2.5.2, swiftcsv/SwiftCSV 0.10.0) reports where a field
/// starts, so this is the smallest reader that does: quoted fields may hold the separator, doubled quotes and line
/// ends; a quote inside an unquoted field is a plain character (as Excel reads it); text after a closing quote is
/// kept (`"12"3` reads as 123, as Excel reads it); a quote left open is reported.
/// The text has LF line ends already (TextDecoder turns CRLF and CR into LF).
enum DelimitedText {
    struct Field: Equatable {
        var text: String
        var line: Int
        /// The character column where the field's text starts (after its opening quote).
        var column: Int
        /// Whether it was written between quotes.
        var quoted: Bool
    }

    struct Row: Equatable {
        var fields: [Field]
        /// Line and column where the row starts.
        var line: Int

        var isBlank: Bool { fields.allSatisfy { $0.text.trimmedOfWhitespace.isEmpty } }
    }

    struct Parsed {
        var rows: [Row]
        /// Where a quote that was never closed opened; the rest of the file was read as that one field.
        var unclosedQuote: (line: Int, column: Int)?
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    static func parse(_ text: String, separator: Character) -> Parsed {
        var rows: [Row] = []
        var fields: [Field] = []
        var field = ""
        var fieldLine = 1, fieldColumn = 1, fieldQuoted = false
        var rowLine = 1
        var line = 1, column = 1
        var state = State.fieldStart
        var quoteOpenedAt: (line: Int, column: Int)?

        func endField() {
            fields.append(Field(text: field, line: fieldLine, column: fieldColumn, quoted: fieldQuoted))
            field = ""
            fieldQuoted = false
        }
        func endRow() {
            endField()
            rows.append(Row(fields: fields, line: rowLine))
            fields = []
        }

        for character in text {
            // Where this character sits; `line` and `column` move past it below.
            let here = (line: line, column: column)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
            switch state {
            case .fieldStart:
                fieldLine = here.line
                fieldColumn = here.column
                if fields.isEmpty { rowLine = here.line }
                if character == "\"" {
                    state = .quoted
                    fieldQuoted = true
                    quoteOpenedAt = here
                    fieldColumn = here.column + 1
                } else if character == separator {
                    endField()
                } else if character == "\n" {
                    endRow()
                } else {
                    field.append(character)
                    state = .unquoted
                }
            case .unquoted:
                if character == separator {
                    endField(); state = .fieldStart
                } else if character == "\n" {
                    endRow(); state = .fieldStart
                } else {
                    field.append(character)
                }
            case .quoted:
                if character == "\"" { state = .afterQuote } else { field.append(character) }
            case .afterQuote:
                if character == "\"" {
                    field.append("\""); state = .quoted
                } else if character == separator {
                    endField(); state = .fieldStart
                } else if character == "\n" {
                    endRow(); state = .fieldStart
                } else {
                    field.append(character); state = .unquoted
                }
            }
        }
        var unclosed: (line: Int, column: Int)?
        switch state {
        case .fieldStart:
            // A last line without a line end still ends its row; a file ending in a line end has no row after it.
            if !fields.isEmpty { endRow() }
        case .quoted:
            unclosed = quoteOpenedAt
            endRow()
        case .unquoted, .afterQuote:
            endRow()
        }
        return Parsed(rows: rows, unclosedQuote: unclosed)
    }
}

@testable import EvplanDocument
import EvplanModel
import Foundation
import XCTest

/// The CSV/TSV splitter and reader: what Excel and Google Sheets write, each cell at its line and column.
final class DelimitedTextTests: XCTestCase {
    private func texts(_ csv: String, separator: Character = ",") -> [[String]] {
        DelimitedText.parse(csv, separator: separator).rows.map { $0.fields.map(\.text) }
    }

    private func places(_ csv: String) -> [[String]] {
        DelimitedText.parse(csv, separator: ",").rows.map { $0.fields.map { "\($0.line):\($0.column)" } }
    }

    func testExcelQuotingKeepsCommasQuotesAndLineBreaksInOneCell() {
        let csv = "項目,小計,備註\n場地,\"120,000\",\"含音響,燈光\"\n\"講師\"\"主講\"\"費\",\"31,000\",\"第一行\n第二行\"\n"
        XCTAssertEqual(texts(csv), [["項目", "小計", "備註"], ["場地", "120,000", "含音響,燈光"], ["講師\"主講\"費", "31,000", "第一行\n第二行"]])
        // Columns count characters; a quoted cell's text starts after its quote; a cell after a multi-line cell is
        // on the line where it is written.
        XCTAssertEqual(places(csv), [["1:1", "1:4", "1:7"], ["2:1", "2:5", "2:15"], ["3:2", "3:14", "3:23"]])
    }

    func testEmptyFieldsLastLineWithoutLineEndAndTabs() {
        XCTAssertEqual(texts("a,,c\n,,\nx,y"), [["a", "", "c"], ["", "", ""], ["x", "y"]])
        XCTAssertEqual(texts("時間\t節目\n09:00-10:00\t開幕\n", separator: "\t"), [["時間", "節目"], ["09:00-10:00", "開幕"]])
        XCTAssertEqual(texts(""), [])
        XCTAssertEqual(texts("\n"), [[""]])
    }

    func testStrayQuotesAreReadAsExcelReadsThem() {
        // A quote inside an unquoted cell is a character; text after a closing quote is kept.
        XCTAssertEqual(texts("5\"吋螢幕,\"12\"3\n"), [["5\"吋螢幕", "123"]])
    }

    func testAQuoteLeftOpenIsReportedWhereItOpens() {
        let parsed = DelimitedText.parse("項目,備註\n場地,\"含音響\n便當,120\n", separator: ",")
        XCTAssertEqual(parsed.unclosedQuote?.line, 2)
        XCTAssertEqual(parsed.unclosedQuote?.column, 4)
        XCTAssertEqual(parsed.rows.count, 2)
    }

    /// Tables of awkward cells written the way a spreadsheet writes them (quoting only where needed, or every cell)
    /// read back cell for cell, and each cell's position points at its text in the file.
    func testGeneratedSheetsRoundTripWithPositions() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "場地", "120,000", "\"", "\"\"", "\n", " ", "備 註", ",", "NT$1,200", "é", "👍🏽", "x\"y", "\t"]
        for round in 0..<300 {
            let quoteAll = round % 2 == 0
            let rowCount = Int.random(in: 1...6, using: &generator)
            let width = Int.random(in: 1...5, using: &generator)
            let table: [[String]] = (0..<rowCount).map { _ in
                (0..<width).map { _ in
                    (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                }
            }
            var source = ""
            var expectedStarts: [[(line: Int, column: Int)]] = []
            var line = 1, column = 1
            func write(_ text: String) {
                for character in text {
                    source.append(character)
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            for row in table {
                var starts: [(line: Int, column: Int)] = []
                for (index, cell) in row.enumerated() {
                    if index > 0 { write(",") }
                    // A row of one empty cell would be a blank line: quote it, as spreadsheets do.
                    let needsQuotes = quoteAll || cell.contains { ",\"\n".contains($0) } || (row.count == 1 && cell.isEmpty)
                    if needsQuotes { write("\"") }
                    starts.append((line, column))
                    write(needsQuotes ? cell.replacingOccurrences(of: "\"", with: "\"\"") : cell)
                    if needsQuotes { write("\"") }
                }
                expectedStarts.append(starts)
                write("\n")
            }
            let parsed = DelimitedText.parse(source, separator: ",")
            XCTAssertNil(parsed.unclosedQuote, source)
            XCTAssertEqual(parsed.rows.map { $0.fields.map(\.text) }, table, "round \(round):\n\(source)")
            XCTAssertEqual(parsed.rows.map { $0.fields.map { "\($0.line):\($0.column)" } },
                           expectedStarts.map { $0.map { "\($0.line):\($0.column)" } }, "round \(round):\n\(source)")
        }
    }
}

final class DelimitedReaderTests: XCTestCase {
    private func read(_ csv: String, path: String = "T3-budget.csv") -> (document: Document, diagnostics: [Diagnostic]) {
        DelimitedReader().parse(text: csv, path: path)
    }

    func testTitleAndUnitRowsAboveTheHeaderAreAHeadingAndTheParagraphAboveTheTable() throws {
        let (document, diagnostics) = read("2027 市集經費預算表,,,\n單位：新臺幣萬元,,,\n項目,單價,數量,小計,,\n帳篷,0.18,150,27,,\n,,,,,\n,,,,,\n")
        XCTAssertTrue(diagnostics.isEmpty)
        guard document.blocks.count == 3, case let .heading(heading) = document.blocks[0], case let .prose(prose) = document.blocks[1],
              case let .table(table) = document.blocks[2] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(heading.text, "2027 市集經費預算表")
        XCTAssertEqual(heading.level, 2)
        XCTAssertEqual(prose.text, "單位：新臺幣萬元")
        // Empty columns to the right of the header (a spreadsheet's used range) and blank trailing rows are left out.
        XCTAssertEqual(table.header.map(\.text), ["項目", "單價", "數量", "小計"])
        XCTAssertEqual(table.rows.map { $0.map(\.text) }, [["帳篷", "0.18", "150", "27"]])
        XCTAssertEqual(table.rows[0][3].location, SourceLocation(file: "T3-budget.csv", line: 4, column: 13))
        XCTAssertEqual(table.location.line, 3)
        XCTAssertTrue(table.html.contains("<th>項目</th>") && table.html.contains("<td>帳篷</td>"), table.html)
    }

    func testShortRowsArePaddedAndCellsPastTheHeaderAreKeptForTheWarning() throws {
        let (document, _) = read("項目,小計\n場地\n便當,100,多寫一格\n")
        guard case let .table(table) = document.blocks.last else { return XCTFail() }
        XCTAssertEqual(table.rows.map { $0.map(\.text) }, [["場地", ""], ["便當", "100"]])
        XCTAssertEqual(table.cellsBeyondHeader.map(\.text), ["多寫一格"])
        XCTAssertEqual(table.cellsBeyondHeader.first?.location.column, 8)
    }

    func testCellsAreEscapedInTheTablesHTML() throws {
        let (document, _) = read("項目,備註\n\"<script>x</script>\",\"a&b\n第二行\"\n")
        guard case let .table(table) = document.blocks.last else { return XCTFail() }
        XCTAssertFalse(table.html.contains("<script>"))
        XCTAssertTrue(table.html.contains("&lt;script&gt;") && table.html.contains("a&amp;b<br />第二行"), table.html)
    }

    func testExcelSepLineNamesTheSeparatorAndKeepsLineNumbers() throws {
        let (document, _) = read("sep=;\n項目;小計\n場地;\"1,200\"\n")
        guard case let .table(table) = document.blocks.last else { return XCTFail() }
        XCTAssertEqual(table.rows.first?.map(\.text), ["場地", "1,200"])
        XCTAssertEqual(table.rows.first?[1].location, SourceLocation(file: "T3-budget.csv", line: 3, column: 5))
    }

    func testUnclosedQuoteIsAnErrorAtTheQuote() {
        let diagnostics = read("項目,備註\n場地,\"含音響\n").diagnostics
        XCTAssertEqual(diagnostics.map { "\($0.location) \($0.rule.id)" }, ["T3-budget.csv:2:4 format.csv"])
    }

    func testBOMAndCRLFFromExcelAndBig5AreDecoded() throws {
        let csv = "項目,小計\r\n場地,\"120,000\"\r\n"
        let utf8 = DelimitedReader().read(Data([0xEF, 0xBB, 0xBF] + Array(csv.utf8)), path: "T3-b.csv", options: PlanFileReadOptions(allowRawHTML: false))
        XCTAssertTrue(utf8.diagnostics.isEmpty)
        guard case let .table(table)? = utf8.document?.blocks.last else { return XCTFail() }
        XCTAssertEqual(table.header.first?.text, "項目", "the BOM is not part of the first header")
        XCTAssertEqual(table.rows.first?.map(\.text), ["場地", "120,000"])

        // 項目,小計 / 場地,"120,000" in Big5 (code page 950), as Excel on a Traditional Chinese Windows saves it.
        let big5: [UInt8] = [0xB6, 0xB5, 0xA5, 0xD8, 0x2C, 0xA4, 0x70, 0xAD, 0x70, 0x0D, 0x0A,
                             0xB3, 0xF5, 0xA6, 0x61, 0x2C, 0x22, 0x31, 0x32, 0x30, 0x2C, 0x30, 0x30, 0x30, 0x22, 0x0D, 0x0A]
        let read = DelimitedReader().read(Data(big5), path: "T3-b.csv", options: PlanFileReadOptions(allowRawHTML: false))
        XCTAssertEqual(read.diagnostics.map(\.rule.id), ["format.big5"])
        XCTAssertEqual(read.diagnostics.first?.message.zhTW, "T3-b.csv 不是 UTF-8，已當成 Big5（CP950）讀取")
        guard case let .table(big5Table)? = read.document?.blocks.last else { return XCTFail() }
        XCTAssertEqual(big5Table.header.map(\.text), ["項目", "小計"])
        XCTAssertEqual(big5Table.rows.first?[1].location, SourceLocation(file: "T3-b.csv", line: 2, column: 5))
    }

    func testBytesThatAreNeitherUTF8NorBig5AreAnEncodingError() {
        // 0xFF starts a character in neither encoding; 0xA1 without its second byte is a cut-off Big5 character.
        for bytes: [UInt8] in [[0x61, 0x2C, 0xFF, 0x0A], [0x61, 0x2C, 0xA1, 0x0A]] {
        let read = DelimitedReader().read(Data(bytes), path: "T3-b.csv", options: PlanFileReadOptions(allowRawHTML: false))
        XCTAssertNil(read.document)
        XCTAssertEqual(read.diagnostics.map(\.rule.id), ["format.encoding"])
        }
    }

    func testOnlyTaskNamedSpreadsheetsArePlanFiles() {
        XCTAssertTrue(PlanFileReaders.isPlanFile(named: "T3-budget.csv"))
        XCTAssertTrue(PlanFileReaders.isPlanFile(named: "t4-program.TSV"))
        XCTAssertFalse(PlanFileReaders.isPlanFile(named: "guests.csv"))
        XCTAssertTrue(PlanFileReaders.isPlanFile(named: "notes.md"))
    }
}

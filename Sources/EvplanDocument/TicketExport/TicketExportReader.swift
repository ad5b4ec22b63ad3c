import CSV
import EvplanModel
import Foundation

/// Ticketing exports in the plan folder: `attendees.csv` and any `T8-*.csv` whose headers are KKTIX's (attendees or
/// orders), Accupass's, or the check-in desk's attendance export (`T8-attendance.csv`). It is asked before any other reader, so a T8 CSV that is an export is never read as a plan
/// table; one that is not is handed to the plan-table reader for CSV, when there is one. An Excel workbook (`.xlsx`)
/// anywhere in the plan is reported, not read: there is no well-kept xlsx reader for Swift on Linux to rely on.
public struct TicketExportReader: PlanFileReader {
    public init() {}

    public var fileExtensions: [String] { ["csv", "xlsx"] }

    public func reads(fileName: String) -> Bool {
        let name = (fileName as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".xlsx") { return true }
        return TicketExportReader.isExportName(name)
    }

    /// `attendees.csv` or `T8…csv`.
    public static func isExportName(_ fileName: String) -> Bool {
        let name = (fileName as NSString).lastPathComponent.lowercased()
        guard name.hasSuffix(".csv") else { return false }
        return name == "attendees.csv" || TaskAssignment.code(prefixOf: name) == .t8
    }

    public func read(_ data: Data, path: String, options: PlanFileReadOptions) -> (document: Document?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".xlsx") {
            return (nil, [Diagnostic(FormatRules.spreadsheetUnread, at: start, LocalizedText(
                zh: "\(name) 是 Excel 活頁簿，evplan 沒有讀取；請存成 CSV（UTF-8）",
                en: "\(name) is an Excel workbook; evplan did not read it. Save it as CSV (UTF-8)"))])
        }
        guard let decoded = TicketExportText.decode(data) else {
            return (nil, [Diagnostic(FormatRules.encoding, at: start, LocalizedText(
                zh: "\(name) 不是 UTF-8 或 Big5 編碼的文字檔", en: "\(name) is not text in UTF-8 or Big5"))])
        }
        let parsed = TicketExportReader.rows(decoded.text, path: path)
        let header = parsed.rows.first ?? []
        guard let format = TicketExportFields.format(of: header.map(\.text)) else {
            if let tableReader = PlanFileReaders.all.first(where: { !($0 is TicketExportReader) && $0.fileExtensions.contains("csv") }) {
                return tableReader.read(data, path: path, options: options)
            }
            return (nil, [Diagnostic(FormatRules.unrecognisedExport, at: start, LocalizedText(
                zh: "\(name) 的表頭不是 KKTIX、Accupass 匯出檔或 evplan desk 報到紀錄的表頭（例如「報名序號」「票種」「QR Code 序號」，「訂單編號」「票號」「參加人姓名」，或「票號」「報到時間」「報到櫃台」），沒有讀取",
                en: "\(name)'s headers are not those of a KKTIX or Accupass export or of evplan desk's attendance export (such as 報名序號, 票種, QR Code 序號; 訂單編號, 票號, 參加人姓名; or 票號, 報到時間, 報到櫃台); it was not read"))])
        }
        var diagnostics: [Diagnostic] = []
        if let problem = parsed.problem {
            diagnostics.append(Diagnostic(FormatRules.unrecognisedExport, at: problem, LocalizedText(
                zh: "\(name) 從這一列起無法解讀為 CSV（引號沒有成對？），其後的列沒有讀取",
                en: "\(name) cannot be read as CSV from this row on (an unpaired quote?); the rows after it were not read")))
        }
        let table = TicketExportTable(format: format, encoding: decoded.encoding, header: header, rows: Array(parsed.rows.dropFirst()))
        var document = Document(path: path, frontMatter: nil, blocks: [])
        document.ticketExport = table
        return (document, diagnostics)
    }

    /// The CSV's rows as cells, each at its row's first line and its field's number; blank lines are skipped.
    static func rows(_ text: String, path: String) -> (rows: [[Cell]], problem: SourceLocation?) {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else {
            return ([], SourceLocation(file: path, line: 1, column: 1))
        }
        var rows: [[Cell]] = []
        var line = 1
        while let fields = reader.next() {
            let cells = fields.enumerated().map { index, field in
                Cell(text: field.trimmingCharacters(in: .whitespaces), location: SourceLocation(file: path, line: line, column: index + 1))
            }
            if !cells.allSatisfy(\.isBlank) { rows.append(cells) }
            // A quoted field may hold line breaks: the next row starts that many lines further down.
            line += 1 + fields.reduce(0) { $0 + $1.reduce(0) { $1 == "\n" || $1 == "\r\n" || $1 == "\r" ? $0 + 1 : $0 } }
        }
        if reader.error != nil { return (rows, SourceLocation(file: path, line: line, column: 1)) }
        return (rows, nil)
    }
}

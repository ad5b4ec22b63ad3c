import EvplanDocument
import EvplanModel
import Foundation

/// Reads the check-in desk's attendance export (`T8-attendance.csv`, written by `evplan desk`): one row per ticket of
/// the desk's roster with its first check-in time, desk and scan count. Each row becomes a `CheckIn` (matched to the
/// roster by `AttendanceJoin` once every file is read) and an `Attendee` from its own name, ticket type and status,
/// which form the roster when the plan holds no other ticketing export.
enum AttendanceExportParser {
    static func read(_ table: TicketExportTable, context: inout ParseContext) {
        let number = table.column(TicketExportFields.deskTicketNumber + TicketExportFields.kktixTicketNumber)
        let qr = table.column(TicketExportFields.deskQR), name = table.column(TicketExportFields.deskName)
        let type = table.column(TicketExportFields.deskTicketType), status = table.column(TicketExportFields.deskStatus)
        let time = table.column(TicketExportFields.deskCheckedInAt), desk = table.column(TicketExportFields.deskDesk)
        let scans = table.column(TicketExportFields.deskScans)
        let timeHeader = time.map { table.header[$0].text } ?? TicketExportFields.deskCheckedInAt[0]
        let scansHeader = scans.map { table.header[$0].text } ?? TicketExportFields.deskScans[0]
        for (index, row) in table.rows.enumerated() {
            func cell(_ column: Int?) -> Cell? {
                guard let column, column < row.count, !row[column].isBlank else { return nil }
                return row[column]
            }
            let rowLocation = row.first?.location ?? SourceLocation(file: context.document.path, line: index + 2, column: 1)
            let numberCell = cell(number)
            let location = numberCell?.location ?? number.map { SourceLocation(file: rowLocation.file, line: rowLocation.line, column: $0 + 1) } ?? rowLocation
            let ticketNumber = numberCell?.text ?? ""

            var firstAt: CheckInTime?
            let timeCell = cell(time)
            if let timeCell {
                firstAt = checkInTime(timeCell.text)
                if firstAt == nil {
                    context.diagnostics.append(Diagnostic(FormatRules.attendanceUnreadable, at: timeCell.location, LocalizedText(
                        zh: "\(timeHeader)「\(timeCell.text)」不是日期與時間（例如 2026-12-05 09:12:33）；票號 \(ticketNumber) 當作已報到，但沒有報到時間",
                        en: "\(timeHeader) “\(timeCell.text)” is not a date and time (such as 2026-12-05 09:12:33); ticket \(ticketNumber) is counted as checked in, without a time")))
                }
            }
            var scanCount: Int?
            if let scansCell = cell(scans) {
                scanCount = Int(scansCell.text).flatMap { $0 >= 0 ? $0 : nil }
                if scanCount == nil {
                    context.diagnostics.append(Diagnostic(FormatRules.attendanceUnreadable, at: scansCell.location, LocalizedText(
                        zh: "\(scansHeader)「\(scansCell.text)」不是 0 以上的整數；票號 \(ticketNumber) 依報到時間判斷是否報到",
                        en: "\(scansHeader) “\(scansCell.text)” is not a whole number, 0 or more; whether ticket \(ticketNumber) was checked in follows its check-in time")))
                }
            }
            let checkedIn = timeCell != nil || (scanCount ?? 0) > 0
            if timeCell == nil, let count = scanCount, count > 0 {
                let at = time.map { SourceLocation(file: rowLocation.file, line: rowLocation.line, column: $0 + 1) } ?? rowLocation
                context.diagnostics.append(Diagnostic(FormatRules.attendanceUnreadable, at: at, LocalizedText(
                    zh: "票號 \(ticketNumber) 掃描了 \(count) 次，\(timeHeader)卻是空的；當作已報到，但沒有報到時間",
                    en: "Ticket \(ticketNumber) was scanned \(count) times but its \(timeHeader) is empty; it is counted as checked in, without a time")))
            }
            context.append(\.roster.checkIns, CheckIn(
                ticketNumber: ticketNumber, qrSerial: cell(qr)?.text, firstAt: firstAt, desk: cell(desk)?.text,
                scans: scanCount ?? (checkedIn ? 1 : 0), checkedIn: checkedIn, location: location))
            guard !ticketNumber.isEmpty else { continue }
            let typeCell = cell(type)
            let attendee = Attendee(
                ticketNumber: ticketNumber, qrSerial: cell(qr)?.text, name: cell(name)?.text ?? "",
                ticketType: Located(typeCell?.text ?? "", at: typeCell?.location ?? rowLocation),
                status: TicketExportParser.ticketStatus(cell(status), context: &context), location: rowLocation)
            context.append(\.deskAttendees, attendee)
        }
    }

    /// `2026-12-05 09:12:33` as the desk writes it; also the forms a spreadsheet saves it in again (`2026/12/5 09:12`,
    /// `2026-12-05T09:12:33`, `2026/12/5 上午 09:12:33`). Nil for anything without both a date and a time of day.
    static func checkInTime(_ text: String) -> CheckInTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let split = trimmed.firstIndex(where: { $0 == " " || $0 == "T" || $0 == "\u{3000}" }) else { return nil }
        guard let date = DateParser.parse(String(trimmed[..<split])) else { return nil }
        let clock = trimmed[trimmed.index(after: split)...].trimmingCharacters(in: .whitespaces)
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2].prefix(2)),
           parts[1].count == 2, parts[2].count == 2, (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) {
            return CheckInTime(date: date, second: hour * 3600 + minute * 60 + second)
        }
        // A time to the minute (`09:12`, `上午 9:12`, `9:12 AM`), or to the second after a 上午/下午 a spreadsheet wrote.
        var minutesText = clock
        var seconds = 0
        if parts.count == 3, let last = parts.last, last.count == 2, let value = Int(last), (0..<60).contains(value) {
            minutesText = parts.dropLast().joined(separator: ":")
            seconds = value
        }
        guard let time = TimeOfDayParser.parse(minutesText), time.minutes < 24 * 60 else { return nil }
        return CheckInTime(date: date, second: time.minutes * 60 + seconds)
    }
}

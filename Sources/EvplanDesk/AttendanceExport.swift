import CSV
import EvplanModel
import Foundation

/// The actual attendance (O8.3.4) as a CSV a spreadsheet opens with its Chinese intact (UTF-8 with a byte-order mark,
/// CRLF): one row per ticket of the roster, with its first check-in time and desk and its number of scans. Saved into
/// the plan as `T8-attendance.csv`, it feeds the closure report's attendance by ticket type and no-shows.
package enum AttendanceExport {
    package static func csv(roster: DeskRoster, checkIns: [String: ScanStore.CheckIn], language: Language,
                            timeZone: TimeZone = .current) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header(language))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        for attendee in roster.attendees {
            let checkIn = checkIns[attendee.ticketNumber]
            try writer.write(row: [
                attendee.ticketNumber, attendee.qrSerial ?? "", attendee.name, attendee.ticketType.value,
                statusWord(attendee.status, language),
                checkIn.map { formatter.string(from: $0.first.scannedAt) } ?? "", checkIn?.first.desk ?? "",
                String(checkIn?.scanCount ?? 0),
            ].map(spreadsheetSafe))
        }
        writer.stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    package static func header(_ language: Language) -> [String] {
        language == .en
            ? ["Ticket number", "QR serial", "Name", "Ticket type", "Status", "Checked in at", "Desk", "Scans"]
            : ["票號", "QR Code 序號", "姓名", "票種", "票券狀態", "報到時間", "報到櫃台", "報到次數"]
    }

    package static func statusWord(_ status: TicketStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.paid, .en): "paid"
        case (.pending, .en): "pending"
        case (.cancelled, .en): "cancelled"
        case (.refunded, .en): "refunded"
        case (.paid, _): "已付款"
        case (.pending, _): "待付款"
        case (.cancelled, _): "已取消"
        case (.refunded, _): "已退款"
        }
    }

    /// A cell a spreadsheet would take for a formula (`=`, `+`, `@`, `-` not starting a number) is written with a
    /// leading apostrophe, so a name typed into a registration form cannot run in the organiser's Excel.
    static func spreadsheetSafe(_ value: String) -> String {
        guard let first = value.first else { return value }
        let formulaStart = "=+@\t\r".contains(first) || (first == "-" && !(value.dropFirst().first?.isNumber ?? false))
        return formulaStart ? "'" + value : value
    }
}

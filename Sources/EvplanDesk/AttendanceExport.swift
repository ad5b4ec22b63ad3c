import CSV
import EvplanDocument
import EvplanModel
import Foundation

/// The actual attendance (O8.3.4) as a CSV a spreadsheet opens with its Chinese intact (UTF-8 with a byte-order mark,
/// CRLF): one row per ticket of the roster with its first check-in time and desk and its number of scans, in the
/// columns and words the plan's reader of it expects (`TicketExportFields.deskHeader`, `TicketStatus.attendanceWord`).
/// Saved into the plan as `T8-attendance.csv`, it feeds the closure report's attendance by ticket type and no-shows.
package enum AttendanceExport {
    package static func csv(roster: DeskRoster, checkIns: [String: ScanStore.CheckIn], language: Language,
                            timeZone: TimeZone = .current) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: TicketExportFields.deskHeader(language))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        for attendee in roster.attendees {
            let checkIn = checkIns[attendee.ticketNumber]
            try writer.write(row: [
                attendee.ticketNumber, attendee.qrSerial ?? "", attendee.name, attendee.ticketType.value,
                attendee.status.attendanceWord(language),
                checkIn.map { formatter.string(from: $0.first.scannedAt) } ?? "", checkIn?.first.desk ?? "",
                String(checkIn?.scanCount ?? 0),
            ].map(spreadsheetSafe))
        }
        writer.stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    /// A cell a spreadsheet would take for a formula (`=`, `+`, `@`, `-` not starting a number) is written with a
    /// leading apostrophe, so a name typed into a registration form cannot run in the organiser's Excel.
    static func spreadsheetSafe(_ value: String) -> String {
        guard let first = value.first else { return value }
        let formulaStart = "=+@\t\r".contains(first) || (first == "-" && !(value.dropFirst().first?.isNumber ?? false))
        return formulaStart ? "'" + value : value
    }
}

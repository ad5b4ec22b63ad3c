import EvplanModel
import Foundation

/// Matches the desk's check-ins to the roster once every file is read: by ticket number (or, failing that, by QR
/// serial), one check-in per ticket. With no other ticketing export in the plan, the desk export's own rows are the
/// roster. A check-in of a ticket not in the roster, or of a cancelled or refunded one, is reported.
enum AttendanceJoin {
    static func join(_ roster: inout Roster, deskAttendees: [Attendee]) -> [Diagnostic] {
        guard roster.hasAttendance else { return [] }
        if !roster.sources.contains(where: { $0.format != .deskAttendance }) {
            var seen = Set<String>()
            roster.attendees = deskAttendees.filter { seen.insert($0.ticketNumber).inserted }
        }
        let byNumber = Dictionary(roster.attendees.indices.map { (roster.attendees[$0].ticketNumber, $0) }, uniquingKeysWith: { first, _ in first })
        let byQR = Dictionary(roster.attendees.indices.compactMap { index in roster.attendees[index].qrSerial.map { ($0, index) } },
                              uniquingKeysWith: { first, _ in first })
        let rosterFiles = roster.sources.filter { $0.format != .deskAttendance }.map { ($0.path as NSString).lastPathComponent }
        var diagnostics: [Diagnostic] = []
        var joined: [CheckIn] = []
        var position: [String: Int] = [:]
        // A file from another event's export would give a line per row: the first few are named, the rest counted.
        var unknownInFile: [String: (count: Int, firstUnnamed: SourceLocation?)] = [:]
        for var checkIn in roster.checkIns {
            let found = byNumber[checkIn.ticketNumber] ?? checkIn.qrSerial.flatMap { byQR[$0] }
            guard let index = found else {
                let seen = unknownInFile[checkIn.location.file, default: (0, nil)]
                let firstUnnamed = seen.count == unknownTicketsNamed ? checkIn.location : seen.firstUnnamed
                unknownInFile[checkIn.location.file] = (seen.count + 1, firstUnnamed)
                guard seen.count < unknownTicketsNamed else { continue }
                let file = (checkIn.location.file as NSString).lastPathComponent
                let roster = rosterFiles.isEmpty ? LocalizedText(zh: "報名名單", en: "the roster") : LocalizedText(
                    zh: "報名名單（\(rosterFiles.joined(separator: "、"))）", en: "the roster (\(rosterFiles.joined(separator: ", ")))")
                let shown = checkIn.ticketNumber.isEmpty ? LocalizedText(zh: "（空白）", en: "(blank)") : LocalizedText(zh: checkIn.ticketNumber, en: checkIn.ticketNumber)
                diagnostics.append(Diagnostic(FormatRules.attendanceUnknownTicket, at: checkIn.location, LocalizedText(
                    zh: "\(file) 第 \(checkIn.location.line) 列第 \(checkIn.location.column) 欄的票號 \(shown.zhTW) 不在\(roster.zhTW)中，這一列\(checkIn.checkedIn ? "的報到" : "")沒有計入出席；請放回報到當天 evplan desk 使用的售票匯出檔，或從 evplan desk 重新匯出報到紀錄",
                    en: "The ticket number \(shown.en) in row \(checkIn.location.line), column \(checkIn.location.column) of \(file) is not in \(roster.en); \(checkIn.checkedIn ? "its check-in was" : "the row was") not counted. Put back the ticketing export evplan desk used on the day, or export the attendance again from evplan desk")))
                continue
            }
            let attendee = roster.attendees[index]
            checkIn.ticketNumber = attendee.ticketNumber
            if checkIn.checkedIn, !attendee.status.isActive {
                let status = attendee.status == .refunded ? LocalizedText(zh: "已退款", en: "refunded") : LocalizedText(zh: "已取消", en: "cancelled")
                diagnostics.append(Diagnostic(FormatRules.attendanceWithdrawnTicket, at: checkIn.location, LocalizedText(
                    zh: "票號 \(attendee.ticketNumber)（\(attendee.ticketType.value)）\(status.zhTW)，卻在\(checkIn.firstAt.map { " \($0) " } ?? "現場")報到；這筆報到沒有計入出席人數",
                    en: "Ticket \(attendee.ticketNumber) (\(attendee.ticketType.value)) was \(status.en) but checked in\(checkIn.firstAt.map { " at \($0)" } ?? ""); the check-in is not counted in the attendance")))
            }
            if let at = position[checkIn.ticketNumber] {
                joined[at] = merged(joined[at], checkIn)
            } else {
                position[checkIn.ticketNumber] = joined.count
                joined.append(checkIn)
            }
        }
        roster.checkIns = joined
        for (path, unknown) in unknownInFile.sorted(by: { $0.key < $1.key }) {
            guard let location = unknown.firstUnnamed else { continue }
            let more = unknown.count - unknownTicketsNamed
            let file = (path as NSString).lastPathComponent
            diagnostics.append(Diagnostic(FormatRules.attendanceUnknownTicket, at: location, LocalizedText(
                zh: "\(file) 從這一列起另有 \(more) 列的票號也不在報名名單中（共 \(unknown.count) 列沒有計入出席）；這份報到紀錄可能出自另一份售票匯出檔",
                en: "From this row on, \(more) more rows of \(file) have ticket numbers not in the roster (\(unknown.count) rows not counted in all); this attendance export may come from another ticketing export")))
        }
        return diagnostics
    }

    /// How many unknown tickets of one file are reported each on its own line before the rest are counted in one.
    static let unknownTicketsNamed = 10

    /// The same ticket in two rows (two exports of the desk, or two desks' files): the earlier first check-in with its
    /// desk, and the larger scan count (two exports of one database count the same scans).
    static func merged(_ earlier: CheckIn, _ later: CheckIn) -> CheckIn {
        var result = earlier
        if let time = later.firstAt, earlier.firstAt.map({ time < $0 }) ?? true {
            result.firstAt = time
            result.desk = later.desk
        }
        result.checkedIn = earlier.checkedIn || later.checkedIn
        result.scans = max(earlier.scans, later.scans)
        return result
    }
}

import Evplan
import EvplanDocument
import EvplanModel
@testable import EvplanParse
import Foundation
import XCTest

/// The check-in desk's attendance export (`T8-attendance.csv`, written by `evplan desk`) read into the roster's
/// check-ins: recognised by its headers, matched to the ticketing export by ticket number, the roster itself when
/// there is no other export, and every row it cannot use reported at its cell.
final class AttendanceExportTests: XCTestCase {
    static let zhHeader = "票號,QR Code 序號,姓名,票種,票券狀態,報到時間,報到櫃台,報到次數"
    static let enHeader = "Ticket number,QR serial,Name,Ticket type,Status,Checked in at,Desk,Scans"
    private let zhEvent = "---\nname: 測試年會\ndates: 2027-09-04\n---\n# 測試年會\n"
    private let enEvent = "---\nname: Test meetup\nlang: en\ndates: 2027-09-04\n---\n# Test meetup\n"

    /// The desk writes UTF-8 with a BOM and CRLF line ends.
    static func deskCSV(_ lines: [String]) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private func plan(event: String? = nil, _ files: [String: Data]) throws -> (folder: URL, result: CheckResult) {
        let folder = try EvplanBinary.temporaryFolder(self)
        try (event ?? zhEvent).write(to: folder, "event.md")
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return (folder, Pipeline.check(folder: folder.path))
    }

    private func fixturePlan() throws -> URL {
        try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/closure-attendance", to: try EvplanBinary.temporaryFolder(self))
    }

    private func kktix() throws -> Data {
        try Data(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/plans/closure-attendance/T8-kktix-attendees.csv"))
    }

    private func attendanceDiagnostics(_ result: CheckResult) -> [Diagnostic] {
        result.diagnostics.filter { $0.rule.id.hasPrefix("registration.attendance-") }
    }

    private func place(_ diagnostic: Diagnostic, in folder: URL) -> String {
        "\(diagnostic.location.file.replacingOccurrences(of: folder.path + "/", with: "")):\(diagnostic.location.line):\(diagnostic.location.column)"
    }

    // MARK: Recognition

    func testTheDeskHeadersAreRecognisedBeforeKKTIXsWhoseQRAndTicketTypeTheyShare() {
        XCTAssertEqual(TicketExportFields.format(of: Self.zhHeader.split(separator: ",").map(String.init)), .deskAttendance)
        XCTAssertEqual(TicketExportFields.format(of: Self.enHeader.split(separator: ",").map(String.init)), .deskAttendance)
        // 報到櫃檯 is how many write 櫃台.
        XCTAssertEqual(TicketExportFields.format(of: ["票號", "姓名", "票種", "報到時間", "報到櫃檯"]), .deskAttendance)
        // A KKTIX attendee export has 票種 and QR Code 序號 too, but no check-in time and desk: it stays KKTIX's.
        XCTAssertEqual(TicketExportFields.format(of: ["報名序號", "檢查碼", "票種", "QR Code 序號", "聯絡人 姓名"]), .kktixAttendees)
        // A check-in time alone (a planner's own sheet) is not the desk's export.
        XCTAssertNil(TicketExportFields.format(of: ["票號", "姓名", "報到時間"]))
    }

    func testTheFixturesAttendanceExportJoinsItsKKTIXRoster() throws {
        let folder = try fixturePlan()
        let result = Pipeline.check(folder: folder.path)
        let roster = result.plan.registration.roster
        XCTAssertEqual(Set(roster.sources.map(\.format)), [.kktixAttendees, .kktixOrders, .deskAttendance])
        XCTAssertEqual(roster.sources.first { $0.format == .deskAttendance }?.encoding, "UTF-8 with BOM")
        XCTAssertEqual(roster.attendees.count, 41, "the KKTIX export is the roster; the desk's rows add no attendee")
        XCTAssertEqual(roster.checkIns.count, 41)
        XCTAssertEqual(roster.checkIns.count(where: \.checkedIn), 33)
        let ten = try XCTUnwrap(roster.checkIns.first { $0.ticketNumber == "10" })
        XCTAssertEqual(ten.scans, 2, "scanned twice, counted once")
        XCTAssertEqual(ten.desk, "A")
        let forty = try XCTUnwrap(roster.checkedInTickets["40"])
        XCTAssertEqual(forty.firstAt?.description, "2027-09-05 09:02:41")
        XCTAssertEqual(forty.desk, "B")
        XCTAssertEqual(forty.location.line, 41)
        XCTAssertEqual(forty.location.column, 1)
        XCTAssertNil(roster.checkedInTickets["7"], "a no-show")
        XCTAssertEqual(roster.attendanceByType.map { "\($0.type) \($0.checkedIn)/\($0.registered)" },
                       ["早鳥票 13/15", "一般票 8/11", "個人贊助票 4/4", "學生票 5/6", "講者票 3/3"])
        XCTAssertEqual(attendanceDiagnostics(result).map(\.rule.id), [])
        XCTAssertFalse(result.diagnostics.contains { $0.rule.id == "registration.unrecognised-export" || $0.rule.id == "format.empty-task" })
    }

    func testEnglishHeadersWithoutABOMAreReadToo() throws {
        let csv = Data(([Self.enHeader,
                         "1,0378f603145f656c,Liu Chia-hao,Early bird,paid,2027-09-04 09:12:33,A,1",
                         "2,,Hung Tsung-han,Early bird,paid,,,0"].joined(separator: "\r\n") + "\r\n").utf8)
        let (_, result) = try plan(event: enEvent, ["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        let roster = result.plan.registration.roster
        XCTAssertTrue(roster.hasAttendance)
        XCTAssertEqual(roster.sources.first { $0.format == .deskAttendance }?.encoding, "UTF-8")
        XCTAssertEqual(roster.checkIns.map(\.checkedIn), [true, false])
        XCTAssertEqual(roster.checkIns.first?.firstAt?.description, "2027-09-04 09:12:33")
        XCTAssertEqual(attendanceDiagnostics(result).count, 0)
    }

    /// The contract with `evplan desk`: a file written with `deskHeader`, `attendanceWord` and `CheckInTime`'s text,
    /// quoted as RFC 4180, reads back as written, in both languages.
    func testAFileWrittenWithTheDesksOwnWordsReadsBackAsWritten() throws {
        func quoted(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        let at = try XCTUnwrap(PlanDate(year: 2026, month: 12, day: 5))
        for language in Language.allCases {
            XCTAssertEqual(TicketExportFields.deskHeader(language).joined(separator: ","), language == .zhTW ? Self.zhHeader : Self.enHeader)
            let rows: [[String]] = TicketStatus.allCases.enumerated().map { index, status in
                let time = index == 0 ? CheckInTime(date: at, second: 9 * 3600 + 12 * 60 + 33).description : ""
                return ["K\(index + 1)", "qr\(index + 1)", "林, \"小美\" \(index)", "一般票", status.attendanceWord(language), time,
                        index == 0 ? "櫃台 2" : "", index == 0 ? "2" : "0"]
            }
            let lines = [TicketExportFields.deskHeader(language)] + rows
            let (_, result) = try plan(event: language == .zhTW ? zhEvent : enEvent,
                                       ["T8-attendance.csv": Self.deskCSV(lines.map { $0.map(quoted).joined(separator: ",") })])
            let roster = result.plan.registration.roster
            XCTAssertEqual(roster.sources.map(\.format), [.deskAttendance], "\(language)")
            XCTAssertEqual(roster.attendees.map(\.status), TicketStatus.allCases, "\(language)")
            XCTAssertEqual(roster.attendees.first?.name, "林, \"小美\" 0")
            XCTAssertEqual(roster.checkIns.first?.firstAt?.description, "2026-12-05 09:12:33")
            XCTAssertEqual(roster.checkIns.first?.desk, "櫃台 2")
            XCTAssertEqual(roster.checkIns.map(\.scans), [2, 0, 0, 0])
            XCTAssertEqual(attendanceDiagnostics(result).count, 0)
        }
    }

    // MARK: Check-in times

    func testACheckInTimeThatIsNoDateTimeIsReportedAtItsCellAndStillCountsTheTicket() throws {
        let csv = Self.deskCSV([Self.zhHeader,
                                "1,0378f603145f656c,劉家豪,早鳥票,已付款,早上九點多,A,1",
                                "2,2dd7f27f9867ffad,洪宗翰,早鳥票,已付款,2027-09-04,A,1",
                                "4,382fc78cf132dadf,蔡承恩,早鳥票,已付款,,,3",
                                "5,bc989b0bea0e6a6e,曾淑芬,早鳥票,已付款,2027-09-04 08:53:02,A,兩次"])
        let (folder, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        let unreadable = attendanceDiagnostics(result).filter { $0.rule.id == "registration.attendance-unreadable" }
        XCTAssertEqual(unreadable.map { place($0, in: folder) },
                       ["T8-attendance.csv:2:6", "T8-attendance.csv:3:6", "T8-attendance.csv:4:6", "T8-attendance.csv:5:8"])
        XCTAssertEqual(unreadable.first?.severity, .warning)
        XCTAssertEqual(unreadable.first?.rule.competency, ["O8.3.4"])
        XCTAssertEqual(unreadable.first?.message.zhTW, "報到時間「早上九點多」不是日期與時間（例如 2026-12-05 09:12:33）；票號 1 當作已報到，但沒有報到時間")
        // Never silently dropped: all four came.
        let checked = result.plan.registration.roster.checkedInTickets
        XCTAssertEqual(Set(checked.keys), ["1", "2", "4", "5"])
        XCTAssertNil(checked["1"]?.firstAt)
        XCTAssertEqual(checked["5"]?.firstAt?.description, "2027-09-04 08:53:02")
    }

    func testTimesAsASpreadsheetSavesThemAgainAreRead() throws {
        for (text, read) in [("2026-12-05 09:12:33", "2026-12-05 09:12:33"), ("2026/12/5 09:12", "2026-12-05 09:12:00"),
                             ("2026/12/5 9:12:33", "2026-12-05 09:12:33"), ("2026-12-05T09:12:33", "2026-12-05 09:12:33"),
                             ("2026/12/5 下午 02:05:09", "2026-12-05 14:05:09"), ("2026/12/5 上午 9:05", "2026-12-05 09:05:00")] {
            XCTAssertEqual(AttendanceExportParser.checkInTime(text)?.description, read, text)
        }
        for text in ["2026-12-05", "09:12:33", "2026-12-05 25:00:00", "2026-12-05 09:61", "2026-13-05 09:12:33", "昨天 09:12", "2026-12-05 09:12:33+08:00"] {
            XCTAssertNil(AttendanceExportParser.checkInTime(text), text)
        }
        let csv = Self.deskCSV([Self.zhHeader, "1,,劉家豪,早鳥票,已付款,2027/9/4 09:12,A,1"])
        let (_, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        XCTAssertEqual(attendanceDiagnostics(result).count, 0)
        XCTAssertEqual(result.plan.registration.roster.checkedInTickets["1"]?.firstAt?.description, "2027-09-04 09:12:00")
    }

    // MARK: Matching

    func testAnotherEventsExportIsNamedTenRowsAtMostThenCounted() throws {
        let rows = (1...40).map { "\"X-\($0)\",,\"來賓 \($0)\",一般票,已付款,2027-09-04 09:\(10 + $0 % 50):00,A,1" }
        let (folder, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": Self.deskCSV([Self.zhHeader] + rows)])
        let unknown = attendanceDiagnostics(result)
        XCTAssertEqual(unknown.count, 11, "ten rows named, then one line for the rest")
        XCTAssertEqual(unknown.last.map { place($0, in: folder) }, "T8-attendance.csv:12:1", "at the first row not named")
        XCTAssertTrue(unknown.last?.message.zhTW.contains("另有 30 列") ?? false, unknown.last?.message.zhTW ?? "")
        XCTAssertTrue(unknown.last?.message.en.contains("30 more rows") ?? false)
        XCTAssertEqual(result.plan.registration.roster.checkIns.count, 0)
    }

    func testATicketNotInTheRosterIsReportedWithFileRowAndColumnAndNotCounted() throws {
        let csv = Self.deskCSV([Self.zhHeader,
                                "1,0378f603145f656c,劉家豪,早鳥票,已付款,2027-09-04 08:59:52,A,1",
                                "\"K-0099\",,\"陳小明\",一般票,已付款,2027-09-04 09:01:07,\"櫃台 2\",1"])
        let (folder, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        let unknown = attendanceDiagnostics(result)
        XCTAssertEqual(unknown.map(\.rule.id), ["registration.attendance-unknown-ticket"])
        XCTAssertEqual(unknown.map { place($0, in: folder) }, ["T8-attendance.csv:3:1"])
        XCTAssertEqual(unknown.first?.severity, .warning)
        XCTAssertEqual(unknown.first?.rule.competency, ["O8.3.4"])
        XCTAssertEqual(unknown.first?.message.zhTW.hasPrefix("T8-attendance.csv 第 3 列第 1 欄的票號 K-0099 不在報名名單（T8-kktix.csv）中"), true,
                       unknown.first?.message.zhTW ?? "")
        XCTAssertEqual(unknown.first?.message.en.contains("row 3, column 1 of T8-attendance.csv"), true)
        let roster = result.plan.registration.roster
        XCTAssertEqual(roster.checkIns.map(\.ticketNumber), ["1"])
        XCTAssertEqual(roster.attendanceByType.reduce(0) { $0 + $1.checkedIn }, 1)
        XCTAssertFalse(roster.attendees.contains { $0.name == "陳小明" })
    }

    func testARowWhoseTicketNumberExcelChangedIsStillMatchedByItsQRSerial() throws {
        let csv = Self.deskCSV([Self.zhHeader, "1.0,0378f603145f656c,劉家豪,早鳥票,已付款,2027-09-04 08:59:52,A,1"])
        let (_, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        XCTAssertEqual(attendanceDiagnostics(result).count, 0)
        XCTAssertEqual(result.plan.registration.roster.checkIns.map(\.ticketNumber), ["1"], "the roster's ticket number")
    }

    func testACheckInOfACancelledOrRefundedTicketIsAWarningAndNotCounted() throws {
        let folder = try fixturePlan()
        let path = folder.appendingPathComponent("T8-attendance.csv")
        var text = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        // Ticket 3 was refunded (KKTIX order export) but its holder was let in anyway.
        text = text.replacingOccurrences(of: "\"3\",\"f316f6134134609f\",\"林詩涵\",\"早鳥票\",\"已退款\",\"\",\"\",\"0\"",
                                         with: "\"3\",\"f316f6134134609f\",\"林詩涵\",\"早鳥票\",\"已退款\",\"2027-09-04 08:40:00\",\"A\",\"1\"")
        try Data(text.utf8).write(to: path)
        let result = Pipeline.check(folder: folder.path)
        let withdrawn = attendanceDiagnostics(result)
        XCTAssertEqual(withdrawn.map(\.rule.id), ["registration.attendance-withdrawn-ticket"])
        XCTAssertEqual(withdrawn.map { place($0, in: folder) }, ["T8-attendance.csv:4:1"])
        XCTAssertEqual(withdrawn.first?.message.zhTW, "票號 3（早鳥票）已退款，卻在 2027-09-04 08:40:00 報到；這筆報到沒有計入出席人數")
        let roster = result.plan.registration.roster
        XCTAssertEqual(roster.withdrawnCheckIns.map(\.ticketNumber), ["3"])
        XCTAssertEqual(roster.attendanceByType.first?.checkedIn, 13, "still 13 of the 15 active early-bird tickets")
    }

    func testTheSameTicketInTwoExportsIsOneCheckInAtItsEarliestTime() throws {
        let morning = Self.deskCSV([Self.zhHeader, "1,,劉家豪,早鳥票,已付款,2027-09-04 09:30:00,B,1", "2,,洪宗翰,早鳥票,已付款,,,0"])
        let evening = Self.deskCSV([Self.zhHeader, "1,,劉家豪,早鳥票,已付款,2027-09-04 08:59:52,A,3", "2,,洪宗翰,早鳥票,已付款,2027-09-04 13:10:00,A,1"])
        let (_, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance-1.csv": morning, "T8-attendance-2.csv": evening])
        let checkIns = result.plan.registration.roster.checkIns
        XCTAssertEqual(checkIns.map(\.ticketNumber), ["1", "2"])
        XCTAssertEqual(checkIns.map { $0.firstAt?.description ?? "" }, ["2027-09-04 08:59:52", "2027-09-04 13:10:00"])
        XCTAssertEqual(checkIns.map { $0.desk ?? "" }, ["A", "A"])
        XCTAssertEqual(checkIns.map(\.scans), [3, 1])
    }

    // MARK: The desk's export alone

    func testWithNoOtherExportTheDesksRowsAreTheRoster() throws {
        let csv = Self.deskCSV([Self.zhHeader,
                                "A001,q1,王小明,一般票,已付款,2026-12-05 09:12:33,A,1",
                                "A002,q2,李小華,一般票,待付款,,,0",
                                "A003,q3,張大同,學生票,已取消,,,0",
                                "A004,q4,陳美玲,學生票,已退款,,,0",
                                "A005,q5,林志強,學生票,已付款,2026-12-05 09:20:01,櫃台 2,2"])
        let (_, result) = try plan(["T8-attendance.csv": csv])
        let roster = result.plan.registration.roster
        XCTAssertFalse(roster.isEmpty)
        XCTAssertEqual(roster.sources.map(\.format), [.deskAttendance])
        XCTAssertEqual(roster.attendees.map(\.name), ["王小明", "李小華", "張大同", "陳美玲", "林志強"])
        XCTAssertEqual(roster.attendees.map(\.status), [.paid, .pending, .cancelled, .refunded, .paid])
        XCTAssertEqual(roster.attendees.map(\.qrSerial), ["q1", "q2", "q3", "q4", "q5"])
        XCTAssertEqual(roster.attendanceByType.map { "\($0.type) \($0.checkedIn)/\($0.registered)" }, ["一般票 1/2", "學生票 1/1"])
        XCTAssertEqual(roster.checkedInTickets["A005"]?.desk, "櫃台 2")
        XCTAssertEqual(attendanceDiagnostics(result).count, 0)
    }

    func testWithAnEnglishExportAloneTheStatusWordsAreTheDesksEnglishOnes() throws {
        let csv = Self.deskCSV([Self.enHeader,
                                "T0001,,Alice Lin,General,paid,2027-09-04 09:00:00,Desk 1,1",
                                "T0002,,Bob Chen,General,pending,,,0",
                                "T0003,,Carol Wu,General,cancelled,,,0",
                                "T0004,,Dan Hsu,General,refunded,,,0"])
        let (_, result) = try plan(event: enEvent, ["T8-attendance.csv": csv])
        let roster = result.plan.registration.roster
        XCTAssertEqual(roster.attendees.map(\.status), [.paid, .pending, .cancelled, .refunded])
        XCTAssertEqual(roster.active.count, 2)
        XCTAssertEqual(roster.attendanceByType.map { "\($0.type) \($0.checkedIn)/\($0.registered)" }, ["General 1/2"])
    }

    func testWithATicketingExportTheDesksOwnRowsAddNobody() throws {
        // The desk's names differ from KKTIX's: the KKTIX export is the roster, the desk only says who came.
        let csv = Self.deskCSV([Self.zhHeader, "1,,（現場改名）,早鳥票,已付款,2027-09-04 08:59:52,A,1"])
        let (_, result) = try plan(["T8-kktix.csv": try kktix(), "T8-attendance.csv": csv])
        let roster = result.plan.registration.roster
        XCTAssertEqual(roster.attendees.count, 41)
        XCTAssertEqual(roster.attendees.first?.name, "劉家豪")
        XCTAssertFalse(roster.attendees.contains { $0.name == "（現場改名）" })
    }

    func testAPlanWithoutTheDesksExportHasNoAttendance() throws {
        let (_, result) = try plan(["T8-kktix.csv": try kktix()])
        XCTAssertFalse(result.plan.registration.roster.hasAttendance)
        XCTAssertTrue(result.plan.registration.roster.checkIns.isEmpty)
    }
}

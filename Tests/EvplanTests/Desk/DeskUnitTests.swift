@testable import EvplanDesk
import EvplanModel
import Foundation
import XCTest

/// The desk's parts apart from the server: looking people up, recording scans, the export, the token.
final class DeskRosterTests: XCTestCase {
    private func attendee(_ number: String, name: String, qr: String? = nil, check: String? = nil, phone: String? = nil,
                          type: String = "一般票", status: TicketStatus = .paid) -> Attendee {
        Attendee(ticketNumber: number, qrSerial: qr, checkinCode: check, name: name, phone: phone,
                 ticketType: Located(type, at: SourceLocation(file: "T8.csv", line: 2, column: 5)), status: status,
                 location: SourceLocation(file: "T8.csv", line: 2, column: 1))
    }

    private var roster: DeskRoster {
        DeskRoster(Roster(attendees: [
            attendee("101", name: "陳怡君", qr: "0378f603145f656c", check: "W3M3", phone: "0912345678"),
            attendee("102", name: "林宗翰", qr: "2dd7f27f9867ffad", check: "W3M3", phone: "0987654321", type: "學生票"),
            attendee("103", name: "Alice Chen", qr: "aa01", status: .cancelled),
            attendee("101", name: "陳怡君（重複匯出）"),
        ]))
    }

    func testACodeFindsItsTicketWhateverItsCaseAndSpaces() {
        XCTAssertEqual(roster.attendee(code: "0378F603145F656C ")?.ticketNumber, "101")
        XCTAssertEqual(roster.attendee(code: "102")?.name, "林宗翰")
        XCTAssertEqual(roster.attendee(code: "aa01")?.status, .cancelled, "a cancelled ticket is found, to say so")
        XCTAssertNil(roster.attendee(code: "W3M3"), "a check code two tickets share finds neither")
        XCTAssertNil(roster.attendee(code: "999"))
        XCTAssertEqual(roster.attendees.count, 3, "a ticket in two exports is one ticket")
        XCTAssertEqual(roster.activeCount, 2)
        XCTAssertEqual(roster.types, ["一般票", "學生票"])
    }

    func testSearchByNamePhoneTailAndTicketStart() {
        XCTAssertEqual(roster.search("怡君").map(\.ticketNumber), ["101"])
        XCTAssertEqual(roster.search("alice").map(\.ticketNumber), ["103"])
        XCTAssertEqual(roster.search("321").map(\.ticketNumber), ["102"], "the last digits of a phone")
        XCTAssertEqual(roster.search("10").map(\.ticketNumber), ["101", "102", "103"], "the start of ticket numbers")
        XCTAssertTrue(roster.search("  ").isEmpty)
        XCTAssertTrue(roster.search("王大明").isEmpty)
    }
}

final class ScanStoreTests: XCTestCase {
    private func store() throws -> ScanStore {
        try ScanStore(path: try EvplanBinary.temporaryFolder(self).appendingPathComponent(".evplan/desk.sqlite").path)
    }

    func testTheSameScanTwiceIsOneScanAndASecondVisitIsADuplicate() async throws {
        let store = try store()
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try await store.record(id: "a", ticket: "101", code: "0378", desk: "A", scannedAt: at)
        XCTAssertFalse(first.duplicate)
        let resent = try await store.record(id: "a", ticket: "101", code: "0378", desk: "A", scannedAt: at.addingTimeInterval(60))
        XCTAssertEqual(resent, first, "a resent scan is answered as the first time")
        let second = try await store.record(id: "b", ticket: "101", code: "101", desk: "B", scannedAt: at.addingTimeInterval(600))
        XCTAssertTrue(second.duplicate)
        XCTAssertEqual(second.first.desk, "A")
        XCTAssertEqual(second.first.scannedAt, at)
        XCTAssertEqual(second.scanCount, 2)
        let scans = try await store.scanCount()
        XCTAssertEqual(scans, 2)
        let checkIns = try await store.checkIns()
        XCTAssertEqual(checkIns["101"]?.scanCount, 2)
        XCTAssertEqual(checkIns["101"]?.first.id, "a")
    }

    func testAnIDUsedForAnotherTicketIsRefused() async throws {
        let store = try store()
        _ = try await store.record(id: "a", ticket: "101", code: "101", desk: "A", scannedAt: Date())
        do {
            _ = try await store.record(id: "a", ticket: "102", code: "102", desk: "A", scannedAt: Date())
            XCTFail("an id reused for another ticket was taken")
        } catch is ScanStore.IDReused {}
        let ids = try await store.scanIDs()
        XCTAssertEqual(ids, ["a"])
    }

    func testScansAreInWALAndKeptAcrossOpenings() async throws {
        let path = try EvplanBinary.temporaryFolder(self).appendingPathComponent("desk.sqlite").path
        let store = try ScanStore(path: path)
        _ = try await store.record(id: "a", ticket: "101", code: "101", desk: "A", scannedAt: Date())
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"), "write-ahead log")
        let reopened = try await ScanStore(path: path).scanIDs()
        XCTAssertEqual(reopened, ["a"])
        withExtendedLifetime(store) {}
    }
}

final class DeskRequestTests: XCTestCase {
    func testAScanMustNameItsIDTicketAndDesk() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        guard case let .success(scan) = ScanRequest.decode(Data(#"{"id":"4b1e-9","ticket":" 0378 ","desk":"櫃台 2","at":1799999940000}"#.utf8)) else {
            return XCTFail("a well-formed scan was refused")
        }
        XCTAssertEqual(scan.ticket, "0378")
        XCTAssertEqual(scan.scannedAt(now: now), now.addingTimeInterval(-60), "a scan sent late keeps the desk's time")
        for body in [#"[]"#, #"{"ticket":"1","desk":"A"}"#, #"{"id":"a b","ticket":"1","desk":"A"}"#, #"{"id":"a","ticket":"","desk":"A"}"#,
                     #"{"id":"a","ticket":"1"}"#, "not json"] {
            if case .success = ScanRequest.decode(Data(body.utf8)) { XCTFail("taken: \(body)") }
        }
    }

    func testADeskClockFarOffIsNotBelieved() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let future = ScanRequest(id: "a", ticket: "1", desk: "A", at: now.addingTimeInterval(3600))
        XCTAssertEqual(future.scannedAt(now: now), now)
        let lastMonth = ScanRequest(id: "a", ticket: "1", desk: "A", at: now.addingTimeInterval(-30 * 24 * 3600))
        XCTAssertEqual(lastMonth.scannedAt(now: now), now)
    }

    func testThePlansTextNeverBecomesMarkupOnTheDeskPage() {
        let html = DeskPage.app(language: .zhTW, eventName: "<script>alert(1)</script> 春酒 & 尾牙")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 春酒 &amp; 尾牙"))
        XCTAssertFalse(html.contains("<script>alert(1)"))
        XCTAssertEqual(html.components(separatedBy: "<script>").count, 2, "only the page's own script")
    }

    func testTheTokenByBearerOrCookie() {
        let access = DeskAccess(token: "abcd1234efgh")
        XCTAssertTrue(access.admits(authorization: "Bearer abcd1234efgh", cookie: nil))
        XCTAssertTrue(access.admits(authorization: nil, cookie: "theme=dark; evplan_desk=abcd1234efgh"))
        XCTAssertFalse(access.admits(authorization: "Bearer abcd1234efgX", cookie: nil))
        XCTAssertFalse(access.admits(authorization: "Bearer abcd1234efgh0", cookie: nil))
        XCTAssertFalse(access.admits(authorization: nil, cookie: "evplan_desk="))
        XCTAssertFalse(access.admits(authorization: "Basic abcd1234efgh", cookie: nil))
        XCTAssertEqual(DeskAccess(token: nil).token.count, 32)
        XCTAssertNotEqual(DeskAccess(token: nil).token, DeskAccess(token: nil).token)
    }
}

final class DeskAttendanceCSVTests: XCTestCase {
    func testOneRowPerTicketWithItsFirstCheckInInTheEventsTime() throws {
        let location = SourceLocation(file: "T8.csv", line: 2, column: 1)
        let roster = DeskRoster(Roster(attendees: [
            Attendee(ticketNumber: "1", qrSerial: "q1", name: "陳怡君", ticketType: Located("一般票", at: location), status: .paid, location: location),
            Attendee(ticketNumber: "2", name: "=HYPERLINK(\"x\")", ticketType: Located("學生票", at: location), status: .refunded, location: location),
        ]))
        let first = ScanStore.Scan(id: "a", ticket: "1", desk: "正門, 左", scannedAt: Date(timeIntervalSince1970: 1_800_000_000))
        let data = try AttendanceExport.csv(roster: roster, checkIns: ["1": .init(first: first, scanCount: 3)], language: .zhTW,
                                            timeZone: try XCTUnwrap(TimeZone(identifier: "Asia/Taipei")))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), """
            票號,QR Code 序號,姓名,票種,票券狀態,報到時間,報到櫃台,報到次數\r
            1,q1,陳怡君,一般票,已付款,2027-01-15 16:00:00,"正門, 左",3\r
            2,,"'=HYPERLINK(""x"")",學生票,已退款,,,0\r

            """)
        let english = try AttendanceExport.csv(roster: roster, checkIns: [:], language: .en)
        XCTAssertTrue(String(decoding: english.dropFirst(3), as: UTF8.self).hasPrefix("Ticket number,QR serial,Name,Ticket type,Status,Checked in at,Desk,Scans\r\n"))
    }

    func testOnlyFormulaStartsAreDefused() {
        XCTAssertEqual(AttendanceExport.spreadsheetSafe("-5"), "-5")
        XCTAssertEqual(AttendanceExport.spreadsheetSafe("-cmd"), "'-cmd")
        XCTAssertEqual(AttendanceExport.spreadsheetSafe("+886912"), "'+886912")
        XCTAssertEqual(AttendanceExport.spreadsheetSafe("陳怡君"), "陳怡君")
        XCTAssertEqual(AttendanceExport.spreadsheetSafe(""), "")
    }
}

final class TerminalQRCodeTests: XCTestCase {
    /// The half blocks printed in the terminal, drawn back into a picture as a screen shows them, scan to the address.
    func testTheTerminalQRCodeScansToTheDeskAddress() throws {
        guard let zbarimg = RegistrationPagesTests.tool("zbarimg") else { throw XCTSkip("zbarimg (zbar-tools) is not installed: make test-deps installs it") }
        let address = "http://192.168.1.20:8080/?token=3f9c0d5e7a1b2c4d6e8f00112233aabb"
        let lines = try XCTUnwrap(TerminalQRCode.lines(address))
        // Each character is one module wide and two high: █ both dark, ▀ top, ▄ bottom, space neither.
        var rows: [[Bool]] = []
        for line in lines {
            let cells = Array(line.replacingOccurrences(of: "\u{1B}[30;47m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: ""))
            rows.append(cells.map { $0 == "█" || $0 == "▀" })
            rows.append(cells.map { $0 == "█" || $0 == "▄" })
        }
        let scale = 6, side = rows[0].count
        var pixels = "P2\n\(side * scale) \(rows.count * scale)\n1\n"
        for row in rows {
            let line = row.flatMap { Array(repeating: $0 ? "0" : "1", count: scale) }.joined(separator: " ")
            pixels += String(repeating: line + "\n", count: scale)
        }
        let image = try EvplanBinary.temporaryFolder(self).appendingPathComponent("terminal-qr.pgm")
        try pixels.write(to: image, atomically: true, encoding: .ascii)
        let decoded = try RegistrationPagesTests.run(zbarimg, ["-q", "--raw", image.path]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(decoded, address)
    }
}

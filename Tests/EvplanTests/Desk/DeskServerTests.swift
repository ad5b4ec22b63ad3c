import CSV
import EvplanDesk
import Foundation
import XCTest

/// `evplan desk` run as a planner runs it, driven over HTTP as the desks' pages drive it.
final class DeskServerTests: XCTestCase {
    private let token = "test-desk-token-0123"

    private func startDesk(_ plan: URL, port: Int = 0) throws -> (RunningEvplan, DeskClient) {
        let desk = try RunningEvplan(["desk", plan.path, "--port", String(port), "--token", token], test: self)
        let url = try desk.waitForURL(timeout: 60)
        return (desk, DeskClient(base: url, token: token))
    }

    /// Four desks post 600 scans between them, each scan twice (a desk resending what it did not hear back
    /// about), some tickets at two desks; the server is killed with SIGKILL in the middle and started again. Every
    /// scan acknowledged before the kill is still there after it, and at the end the counts are exactly the unique
    /// scans and tickets.
    func testFourDesksLoseNoAcknowledgedScanThroughAKill() throws {
        let plan = try DeskPlan.write(tickets: 640, in: self)
        let (desk, client) = try startDesk(plan)
        let port = try XCTUnwrap(client.base.port)

        // 600 scans: desk d takes tickets d, d+4, …; every tenth ticket of desk 0 is scanned again at desk 1.
        let active = (1...640).filter(DeskPlan.isActive)
        var planned: [[(id: String, code: String, ticket: Int)]] = Array(repeating: [], count: 4)
        for (index, ticket) in active.prefix(560).enumerated() {
            // Desks scan the badge's QR code; a few type the ticket number or the 4-letter check code.
            let code = index % 7 == 0 ? String(ticket) : index % 11 == 0 ? DeskPlan.checkCode(ticket) : DeskPlan.qrSerial(ticket)
            planned[index % 4].append((UUID().uuidString, code, ticket))
        }
        for (index, scan) in planned[0].enumerated() where index % 10 == 0 && planned[1].count + planned[0].count < 600 {
            planned[1].append((UUID().uuidString, DeskPlan.qrSerial(scan.ticket), scan.ticket))
        }
        while planned.map(\.count).reduce(0, +) < 600 {
            let ticket = active[planned[2].count % 100]
            planned[2].append((UUID().uuidString, String(ticket), ticket))
        }
        XCTAssertEqual(planned.map(\.count).reduce(0, +), 600)

        // Each desk posts each of its scans and then the same scan again; a failed post (the server gone) is
        // retried until answered, as the page's outbox does.
        let acknowledged = AcknowledgedScans()
        let running = RunningDesk(desk)
        let started = Date()
        let killedAndBack = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var lostInTheKill: Set<String> = []
        nonisolated(unsafe) var acknowledgedBeforeTheKill = 0
        DispatchQueue.global().async {
            // Kill once a third of the scans are in, while all four desks are posting.
            RunningEvplan.eventually(timeout: 60) { acknowledged.count >= 200 }
            running.current.kill()
            let before = acknowledged.snapshot
            acknowledgedBeforeTheKill = before.count
            // What SQLite has on disk after the kill, before any desk can post again.
            lostInTheKill = before.subtracting((try? Self.storedScanIDs(plan)) ?? [])
            if let restarted = try? self.startDesk(plan, port: port) { running.current = restarted.0 }
            killedAndBack.signal()
        }
        DispatchQueue.concurrentPerform(iterations: 4) { deskIndex in
            for scan in planned[deskIndex] {
                for _ in 0..<2 {
                    while (try? client.scan(id: scan.id, ticket: scan.code, desk: "櫃台 \(deskIndex + 1)"))?.status != 200 {
                        Thread.sleep(forTimeInterval: 0.05)
                    }
                    acknowledged.add(scan.id)
                }
            }
        }
        killedAndBack.wait()
        XCTAssertGreaterThanOrEqual(acknowledgedBeforeTheKill, 200)
        XCTAssertEqual(lostInTheKill, [], "acknowledged scans missing after the SIGKILL")
        let elapsed = Date().timeIntervalSince(started)
        print("desk: 4 desks, 1,200 posts (600 scans twice) with a SIGKILL and restart: \(Int(elapsed * 1000)) ms, \(Int(1200 / elapsed)) posts/s")

        let uniqueTickets = Set(planned.flatMap { $0.map(\.ticket) })
        let attendance = try client.get("/api/attendance")
        XCTAssertEqual(attendance.status, 200)
        XCTAssertEqual(attendance.json["scans"] as? Int, 600, "each scan once, whatever was sent twice or resent")
        XCTAssertEqual(attendance.json["checked_in"] as? Int, uniqueTickets.count)
        XCTAssertEqual(attendance.json["registered"] as? Int, active.count)
        XCTAssertEqual(try Self.storedScanIDs(plan), Set(planned.flatMap { $0.map(\.id) }))

        // The second scan of a ticket is answered as already checked in, with the first desk and time.
        let again = try client.scan(id: UUID().uuidString, ticket: DeskPlan.qrSerial(active[0]), desk: "櫃台 9")
        XCTAssertEqual(again.json["duplicate"] as? Bool, true)
        XCTAssertEqual(again.json["first_desk"] as? String, "櫃台 1")
    }

    func testUnknownCancelledAndUnauthorisedRequestsAreRefusedAndTheDeskGoesOn() throws {
        let plan = try DeskPlan.write(tickets: 50, in: self)
        let (_, client) = try startDesk(plan)
        let anonymous = DeskClient(base: client.base, token: nil)
        let wrong = DeskClient(base: client.base, token: "not-the-token")

        XCTAssertEqual(try anonymous.get("/api/attendance").status, 401)
        XCTAssertEqual(try wrong.get("/api/attendance").status, 401)
        XCTAssertEqual(try anonymous.scan(id: "s-0", ticket: "1", desk: "A").status, 401)
        XCTAssertEqual(try anonymous.get("/export/attendance.csv").status, 401)
        XCTAssertEqual(try anonymous.get("/").status, 401, "the page without the token says how to open it")
        XCTAssertEqual(try anonymous.get("/?token=guess").status, 401)
        XCTAssertEqual(try Self.storedScanIDs(plan), [])

        let unknown = try client.scan(id: "s-1", ticket: "NOT-A-TICKET", desk: "A")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(unknown.json["reason"] as? String, "unknown")
        let cancelled = try client.scan(id: "s-2", ticket: DeskPlan.qrSerial(25), desk: "A")
        XCTAssertEqual(cancelled.status, 409)
        XCTAssertEqual(cancelled.json["reason"] as? String, "cancelled")
        XCTAssertEqual(try client.post("/api/scans", json: ["id": "s-3", "ticket": "1", "desk": "A"], contentType: "text/plain").status, 415,
                       "a form on another site cannot post a scan")
        XCTAssertEqual(try client.post("/api/scans", json: ["id": "s 4", "ticket": "1", "desk": "A"]).status, 400)
        XCTAssertEqual(try client.post("/api/scans", json: ["id": "s-5", "ticket": "1"]).status, 400, "a scan names its desk")
        let huge = try client.post("/api/scans", json: ["id": "s-6", "ticket": String(repeating: "9", count: 100_000), "desk": "A"])
        XCTAssertEqual(huge.status, 413)

        let welcome = try client.scan(id: "s-7", ticket: DeskPlan.qrSerial(1).uppercased(), desk: "A")
        XCTAssertEqual(welcome.status, 200, "the desk goes on serving after every refusal")
        XCTAssertEqual(welcome.json["duplicate"] as? Bool, false)
        XCTAssertEqual((welcome.json["attendee"] as? [String: Any])?["ticket_type"] as? String, "一般票")
        XCTAssertEqual(try Self.storedScanIDs(plan), ["s-7"])

        let port = try XCTUnwrap(client.base.port)
        let foreign = try RawConnection(port: port, timeout: 5)
        foreign.send("GET /api/attendance HTTP/1.1\r\nHost: desk.evil.example:\(port)\r\nAuthorization: Bearer \(token)\r\n\r\n")
        XCTAssertEqual(RawConnection.status(of: foreign.readToEnd().text), 421, "DNS rebinding: a name that is not this machine's")
    }

    func testThePrintedLinkSignsADeskInAndSearchFindsPeople() throws {
        let plan = try DeskPlan.write(tickets: 50, in: self)
        let (desk, client) = try startDesk(plan)
        XCTAssertTrue(desk.stderr.contains("?token=\(token)"), desk.stderr)
        XCTAssertTrue(desk.stderr.contains("名單 50 張票"), desk.stderr)

        let port = try XCTUnwrap(client.base.port)
        let signIn = try RawConnection(port: port, timeout: 5)
        signIn.send("GET /?token=\(token)&desk=A HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        let answer = signIn.readToEnd().text
        XCTAssertEqual(RawConnection.status(of: answer), 303)
        XCTAssertTrue(answer.contains("Set-Cookie: evplan_desk=\(token); Path=/"), answer)
        XCTAssertTrue(answer.contains("HttpOnly") && answer.contains("SameSite=Strict"))
        let cookie = DeskClient(base: client.base, token: nil)
        let page = try cookie.get("/", headers: ["Cookie": "evplan_desk=\(token)"])
        XCTAssertEqual(page.status, 200)
        let html = String(decoding: page.body, as: UTF8.self)
        XCTAssertTrue(html.contains("2027 臺中設計週") && html.contains("請掃描票券 QR Code"))
        XCTAssertFalse(html.contains("<script src"), "the page needs nothing from elsewhere")

        // Phone tail, name and check code each find the person.
        let byPhone = try client.get("/api/roster?q=" + "345007")
        XCTAssertEqual(((byPhone.json["results"] as? [[String: Any]])?.first)?["ticket"] as? String, "7")
        XCTAssertEqual(((byPhone.json["results"] as? [[String: Any]])?.first)?["phone_tail"] as? String, "007",
                       "two people of one name are told apart by their phone's last digits")
        let byCode = try client.get("/api/roster?q=" + DeskPlan.checkCode(12).lowercased())
        XCTAssertEqual(((byCode.json["results"] as? [[String: Any]])?.first)?["ticket"] as? String, "12")
    }

    func testAttendanceCSVOpensInExcelWithChineseAndGoesIntoThePlan() throws {
        let plan = try DeskPlan.write(tickets: 30, in: self)
        let (desk, client) = try startDesk(plan)
        for ticket in [1, 2, 3, 5] { XCTAssertEqual(try client.scan(id: "t\(ticket)", ticket: String(ticket), desk: "正門").status, 200) }
        XCTAssertEqual(try client.scan(id: "t1-again", ticket: "1", desk: "側門").status, 200)
        let csv = try client.get("/export/attendance.csv")
        XCTAssertEqual(csv.status, 200)
        XCTAssertEqual(Array(csv.body.prefix(3)), [0xEF, 0xBB, 0xBF], "Excel reads UTF-8 only with the byte-order mark")
        let lines = String(decoding: csv.body.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "票號,QR Code 序號,姓名,票種,票券狀態,報到時間,報到櫃台,報到次數")
        XCTAssertEqual(lines.count, 32, "a header, 30 tickets and the final line end")
        let first = lines[1].components(separatedBy: ",")
        XCTAssertEqual(first[0], "1")
        XCTAssertEqual(first[6], "正門")
        XCTAssertEqual(first[7], "2")
        XCTAssertTrue(lines[4].hasSuffix(",,,0"), "ticket 4 did not come: " + lines[4])

        // --export-attendance writes the same file from the database, with the server stopped.
        desk.interrupt()
        XCTAssertNotNil(desk.waitForExit(timeout: 10))
        let target = plan.appendingPathComponent("T8-attendance.csv")
        let export = try EvplanBinary.run(["desk", plan.path, "--export-attendance", target.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        let written = try Data(contentsOf: target)
        XCTAssertEqual(written, csv.body)

        // Saved in the plan, it is read back without a finding and feeds the closure report (O8.3.4).
        let check = try EvplanBinary.run(["check", plan.path])
        XCTAssertFalse(check.stdout.contains("registration.attendance"), check.stdout)
        let output = plan.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try EvplanBinary.run(["build", plan.path, "-o", output.path, "--force"]).status, 0)
        let closure = try String(contentsOf: output.appendingPathComponent("closure.html"), encoding: .utf8)
        XCTAssertTrue(closure.contains("實際出席"), "the closure report shows the attendance")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let active = (1...30).filter(DeskPlan.isActive).count
        XCTAssertTrue(index.contains("實際出席 4／\(active) 人"), "4 of \(active) came")
    }

    /// PyCon TW 2023's KKTIX attendee export (anonymised, see Fixtures/realdata/README): every badge's QR serial
    /// checks in its ticket once (all 154 are paid; a ticket of another status would be refused with it).
    func testTheRealKKTIXExportChecksInByQRSerial() throws {
        let plan = try DeskPlan.write(tickets: 1, in: self)
        try FileManager.default.removeItem(at: plan.appendingPathComponent("T8-kktix-attendees.csv"))
        let export = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/realdata/registration/pycontw2023_kktix_example-attendees.csv")
        try FileManager.default.copyItem(at: export, to: plan.appendingPathComponent("attendees.csv"))
        let (_, client) = try startDesk(plan)

        let reader = try CSVReader(string: try String(contentsOf: export, encoding: .utf8), hasHeaderRow: true)
        let header = try XCTUnwrap(reader.headerRow)
        let number = try XCTUnwrap(header.firstIndex(of: "報名序號")), state = try XCTUnwrap(header.firstIndex(of: "票券付款狀態"))
        let serial = try XCTUnwrap(header.firstIndex(of: "QR Code 序號"))
        var paid = Set<String>()
        var refused = 0
        while let row = reader.next() {
            let answer = try client.scan(id: "real-\(row[number])", ticket: row[serial], desk: "報到處")
            if row[state] == "paid" {
                XCTAssertEqual(answer.status, 200, row.joined(separator: ","))
                paid.insert(row[number])
            } else {
                XCTAssertEqual(answer.status, 409, row.joined(separator: ","))
                refused += 1
            }
        }
        XCTAssertGreaterThan(paid.count, 100)
        let attendance = try client.get("/api/attendance")
        XCTAssertEqual(attendance.json["checked_in"] as? Int, paid.count)
        XCTAssertEqual(attendance.json["scans"] as? Int, paid.count)
        print("desk: real KKTIX export, \(paid.count) paid badges checked in, \(refused) refunded or cancelled refused")
    }

    func testAnEnglishPlanGetsAnEnglishDesk() throws {
        let plan = try DeskPlan.write(tickets: 10, in: self)
        let event = plan.appendingPathComponent("event.md")
        try String(contentsOf: event, encoding: .utf8).replacingOccurrences(of: "lang: zh-TW", with: "lang: en")
            .write(to: event, atomically: true, encoding: .utf8)
        let (desk, client) = try startDesk(plan)
        XCTAssertTrue(desk.stderr.contains("roster of 10 tickets"), desk.stderr)
        let html = String(decoding: try client.get("/", headers: ["Cookie": "evplan_desk=\(token)"]).body, as: UTF8.self)
        XCTAssertTrue(html.contains("<html lang=\"en\">") && html.contains("Scan a ticket's QR code"), html)
        let csv = String(decoding: try client.get("/export/attendance.csv").body.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("Ticket number,QR serial,Name,Ticket type,Status,Checked in at,Desk,Scans\r\n1,"), csv)
    }

    func testAPlanWithoutARosterIsRefusedWithWhatToDo() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let run = try EvplanBinary.run(["desk", plan.path, "--port", "0"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("has no roster") && run.stderr.contains("attendees.csv"), run.stderr)
        XCTAssertEqual(try EvplanBinary.run(["desk", plan.path, "--bind", "venue.local"]).status, 2)
    }

    /// The scan ids in the plan's desk database, read with the desk's own store.
    static func storedScanIDs(_ plan: URL) throws -> Set<String> {
        let path = DeskSession.databasePath(of: plan.path)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Set<String>, Error> = .success([])
        Task {
            do { result = .success(try await ScanStore(path: path).scanIDs()) } catch { result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        return try result.get()
    }
}

/// The scans the desks were told are recorded.
private final class AcknowledgedScans: @unchecked Sendable {
    private let lock = NSLock()
    private var ids = Set<String>()

    func add(_ id: String) { lock.withLock { _ = ids.insert(id) } }
    var count: Int { lock.withLock { ids.count } }
    var snapshot: Set<String> { lock.withLock { ids } }
}

/// The desk process of the moment: the first one, then the one started after the kill.
private final class RunningDesk: @unchecked Sendable {
    private let lock = NSLock()
    private var process: RunningEvplan

    init(_ process: RunningEvplan) {
        self.process = process
    }

    var current: RunningEvplan {
        get { lock.withLock { process } }
        set { lock.withLock { process = newValue } }
    }
}

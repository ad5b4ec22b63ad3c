import Evplan
import EvplanModel
@testable import EvplanRender
import Foundation
import XCTest

/// The on-site pages built from the PyCon-TW-like fixture plan and its KKTIX export: the roster's counts, the masked
/// sign-in sheet, badges whose QR codes decode to the tickets' serials, and no personal data on client pages.
final class RegistrationPagesTests: XCTestCase {
    private func build() throws -> (plan: Plan, out: URL, check: EvplanBinary.Run) {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/pycon-like", to: folder)
        let out = folder.appendingPathComponent("out")
        let check = try EvplanBinary.run(["check", plan.path, "--format", "json"])
        // The planted over-quota is an error: the build goes ahead with --force and says so by its exit code.
        let build = try EvplanBinary.run(["build", plan.path, "-o", out.path, "--force"])
        XCTAssertEqual(build.status, 1, build.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("roster.html").path))
        return (Pipeline.check(folder: plan.path).plan, out, check)
    }

    private func page(_ out: URL, _ name: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
    }

    func testThePlantedOverQuotaAndIncomeMismatchAreWhatTheFixtureReports() throws {
        let (_, _, check) = try build()
        XCTAssertEqual(check.status, 1, "the over-quota is an error")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        let found = diagnostics.filter { ($0["severity"] as? String) != "info" }.map { "\($0["rule"]!) \(($0["file"] as! NSString).lastPathComponent):\($0["line"]!)" }
        XCTAssertEqual(found.sorted(), ["registration.income-mismatch T3-budget.md:18", "registration.over-quota T8-registration.md:7"])
        let infos = diagnostics.filter { ($0["severity"] as? String) == "info" }.compactMap { $0["rule"] as? String }
        XCTAssertEqual(infos.filter { $0 == "registration.phone-repaired" }.count, 2)
        XCTAssertFalse(infos.contains("format.empty-task"), "a ticketing export is read as a roster, not reported as a task file without tables")
    }

    func testTheRosterGroupsByTicketTypeWithThePaidCount() throws {
        let (plan, out, _) = try build()
        let html = try page(out, "roster.html")
        XCTAssertTrue(html.contains("<span>已付款</span><strong>39</strong>"), "the paid count")
        XCTAssertTrue(html.contains("<span>已退款</span><strong>1</strong>"))
        XCTAssertTrue(html.contains("<span>已取消</span><strong>1</strong>"))
        for (type, people) in plan.registration.roster.activeByType {
            XCTAssertTrue(html.contains("\(type) <span class=\"muted small\">\(people.count)"), "group \(type)")
        }
        XCTAssertTrue(html.contains("另有 3 筆已取消的訂單沒有票券"))
    }

    /// The closure report counts registrations by ticket type against T8's quota, and names nobody.
    func testTheClosureReportCountsRegistrationsByTicketType() throws {
        let (plan, out, _) = try build()
        let html = try page(out, "closure.html")
        let roster = plan.registration.roster
        XCTAssertTrue(html.contains("有效報名 \(roster.active.count) 張（已付款 39 張）"), "the totals")
        for ticket in plan.tickets {
            let registered = roster.active.filter { $0.ticketType.value == ticket.name.value }.count
            XCTAssertTrue(html.contains("<tr><td>\(ticket.name.value)</td><td class=\"num\">\(ticket.quantity.map { "\($0.value)" } ?? "—")</td><td class=\"num\">\(registered)</td>"),
                          "the row of \(ticket.name.value)")
        }
        for person in roster.attendees { XCTAssertFalse(html.contains(person.name), "\(person.name) on the closure report") }
    }

    func testTheSignInSheetIsSortedByNameAndMasked() throws {
        let (plan, out, _) = try build()
        let html = try page(out, "signin.html")
        let active = plan.registration.roster.active
        for attendee in active {
            XCTAssertFalse(html.contains(attendee.name), "full name \(attendee.name) on the sign-in sheet")
            XCTAssertFalse(html.contains(try XCTUnwrap(attendee.phone)), "full phone on the sign-in sheet")
        }
        // 劉家豪 → 劉○豪; 0912345678 → 0912-***-678.
        let sorted = active.sorted { ($0.name, $0.ticketNumber) < ($1.name, $1.ticketNumber) }
        let masked = sorted.map { PersonMask.name($0.name, .masked) }
        var cursor = html.startIndex
        for name in masked {
            let found = try XCTUnwrap(html.range(of: "<td>\(name)</td>", range: cursor..<html.endIndex), "\(name) out of order")
            cursor = found.upperBound
        }
        let phone = try XCTUnwrap(sorted.first?.phone)
        XCTAssertTrue(html.contains("\(phone.prefix(4))-***-\(phone.suffix(3))"))
        XCTAssertTrue(html.contains("personal-data-notice"))
    }

    func testPrivacyFullShowsNamesInFull() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/pycon-like", to: folder)
        let eventPath = plan.appendingPathComponent("event.md")
        let event = try String(contentsOf: eventPath, encoding: .utf8).replacingOccurrences(of: "staff: 8", with: "staff: 8\nprivacy: full")
        try event.write(to: eventPath, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        XCTAssertEqual(try EvplanBinary.run(["build", plan.path, "-o", out.path, "--force"]).status, 1)
        let html = try page(out, "signin.html")
        let someone = try XCTUnwrap(Pipeline.check(folder: plan.path).plan.registration.roster.active.first)
        XCTAssertTrue(html.contains("<td>\(someone.name)</td>"))
        XCTAssertTrue(html.contains("privacy: full"), "the footer says the data is in full")
    }

    func testClientPagesCarryNoPersonalDataAndPagesListingPeopleSaySo() throws {
        let (plan, out, _) = try build()
        let people = plan.registration.roster.attendees
        let clientPages = DeliverableCatalogue.pages.filter { $0.audience == .client }.map(\.entryFile)
        XCTAssertTrue(clientPages.contains("handbook.html"))
        for file in clientPages + ["index.html"] {
            let html = try page(out, file)
            for person in people {
                XCTAssertFalse(html.contains(person.name), "\(person.name) on client page \(file)")
                if let phone = person.phone { XCTAssertFalse(html.contains(phone), "a phone on client page \(file)") }
                if let email = person.email { XCTAssertFalse(html.contains(email), "an e-mail on client page \(file)") }
            }
        }
        for file in ["roster.html", "signin.html", "badges.html", "receipts.html"] {
            XCTAssertTrue(try page(out, file).contains("<p class=\"personal-data-notice\">本頁含"), "\(file) has no personal-data notice")
        }
    }

    func testReceiptsAreNumberedWithTheOrganisersBusinessID() throws {
        let (plan, out, _) = try build()
        let html = try page(out, "receipts.html")
        let paid = plan.registration.roster.attendees.filter { $0.status == .paid && ($0.price ?? 0) > 0 }
        XCTAssertEqual(html.components(separatedBy: "<section class=\"receipt\">").count - 1, paid.count)
        XCTAssertTrue(html.contains("20270904-0001"))
        XCTAssertTrue(html.contains(String(format: "20270904-%04d", paid.count)))
        XCTAssertTrue(html.contains("24681357"))
        XCTAssertTrue(html.contains("壹仟貳佰玖拾元整"))
        XCTAssertEqual(ReceiptsPage.capitalNumerals(2790), "貳仟柒佰玖拾元整")
        XCTAssertEqual(ReceiptsPage.capitalNumerals(100_005), "壹拾萬零伍元整")
        XCTAssertEqual(ReceiptsPage.capitalNumerals(1005), "壹仟零伍元整")
    }

    func testTheHandbookHasTheProgrammeWifiAndNotes() throws {
        let (_, out, _) = try build()
        let html = try page(out, "handbook.html")
        XCTAssertTrue(html.contains("開幕演講：Python 的下一個十年"))
        XCTAssertTrue(html.contains("SSID: PyTW2027"))
        XCTAssertTrue(html.contains("捷運南港展覽館站"))
        XCTAssertTrue(html.contains("林書豪"))
    }

    func testBadgeQRCodesDecodeToTheTicketsSerials() throws {
        guard let zbarimg = Self.tool("zbarimg") else { throw XCTSkip("zbarimg (zbar-tools) is not installed: make test-deps installs it") }
        guard let rsvg = Self.tool("rsvg-convert") else { throw XCTSkip("rsvg-convert (librsvg2-bin) is not installed: make test-deps installs it") }
        let (plan, out, _) = try build()
        let html = try page(out, "badges.html")
        let svgs = html.components(separatedBy: "<svg xmlns=").dropFirst().map { "<svg xmlns=" + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        let serials = plan.registration.roster.activeByType.flatMap(\.attendees).map(\.scanCode)
        XCTAssertEqual(svgs.count, serials.count)
        let folder = try EvplanBinary.temporaryFolder(self)
        var decoded: [String] = []
        for (index, svg) in svgs.enumerated() {
            let svgURL = folder.appendingPathComponent("qr\(index).svg"), pngURL = folder.appendingPathComponent("qr\(index).png")
            try svg.write(to: svgURL, atomically: true, encoding: .utf8)
            XCTAssertEqual(try Self.run(rsvg, ["-w", "240", "-o", pngURL.path, svgURL.path]).status, 0)
            decoded.append(try Self.run(zbarimg, ["-q", "--raw", pngURL.path]).output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        XCTAssertEqual(decoded, serials)
    }

    func testMaskingAsTaiwaneseOrganisersDo() {
        XCTAssertEqual(PersonMask.name("許志文", .masked), "許○文")
        XCTAssertEqual(PersonMask.name("王明", .masked), "王○")
        XCTAssertEqual(PersonMask.name("歐陽娜娜", .masked), "歐○○娜")
        XCTAssertEqual(PersonMask.name("Alice Chen", .masked), "A○○○e C○○n")
        XCTAssertEqual(PersonMask.name("許志文", .full), "許志文")
        XCTAssertEqual(PersonMask.phone("0912345678", .masked), "0912-***-678")
        XCTAssertEqual(PersonMask.phone("0912345678", .full), "0912-345-678")
        XCTAssertEqual(PersonMask.email("ming@example.org", .masked), "m***@example.org")
    }

    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

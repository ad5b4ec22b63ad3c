import Foundation
import XCTest

/// The realistic after-event plan (Fixtures/plans/market-closure-zh) and its planted copy, built with the real binary:
/// the check results, the .eml messages parsed back by Python's `email` package, the invitation and closure pages.
final class MarketingDeliverablesTests: XCTestCase {
    private let fixture = "Tests/EvplanTests/Fixtures/plans/market-closure-zh"

    func testTheAfterEventPlanChecksClean() throws {
        let run = try EvplanBinary.run(["check", "--strict", EvplanBinary.repositoryRoot.appendingPathComponent(fixture).path])
        XCTAssertEqual(run.status, 0, run.stdout)
    }

    func testThePlantedCopyReportsExactlyThePlantedProblems() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy(fixture + "-planted", to: folder)
        let run = try EvplanBinary.run(["check", "--format", "json", "market-closure-zh-planted"], in: plan.deletingLastPathComponent())
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        let found = (json["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["rule"]!)" }
        let expected = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent(fixture + "-planted.expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        XCTAssertEqual(found, expected, run.stdout)
    }

    private func build() throws -> URL {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy(fixture, to: folder)
        let out = folder.appendingPathComponent("out")
        let run = try EvplanBinary.run(["build", plan.path, "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        return out
    }

    func testEachInviteeWithAnAddressGetsAMessageThatAMIMEParserReadsBack() throws {
        let out = try build()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("invitations").path).sorted()
        XCTAssertEqual(files, ["01-吳俊賢.eml", "02-許淑芬.eml", "03-Emily-Carter.eml"])
        let script = """
        import email, email.policy, json, sys
        result = []
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            plain = m.get_body(('plain',)); html = m.get_body(('html',))
            result.append({'from': str(m['From']), 'to': str(m['To']), 'to_name': m['To'].addresses[0].display_name,
                           'to_addr': m['To'].addresses[0].addr_spec, 'subject': str(m['Subject']), 'date': str(m['Date']),
                           'id': str(m['Message-ID']), 'type': m.get_content_type(), 'defects': len(m.defects),
                           'plain': plain.get_content() if plain else None, 'html': html.get_content() if html else None})
        print(json.dumps(result))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + files.map { out.appendingPathComponent("invitations/" + $0).path }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let messages = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]], String(decoding: data, as: UTF8.self))
        XCTAssertEqual(messages.count, 3)
        XCTAssertEqual(messages.map { $0["to_name"] as? String }, ["吳俊賢", "許淑芬", "Emily Carter"])
        XCTAssertEqual(messages[0]["to_addr"] as? String, "wu.junxian@culture.example.gov.tw")
        for message in messages {
            XCTAssertEqual(message["from"] as? String, "周佳穎 <market@haohao.example.org.tw>")
            XCTAssertEqual(message["subject"] as? String, "邀請函｜2026 秋日小農市集")
            XCTAssertEqual(message["date"] as? String, "Sat, 19 Sep 2026 09:00:00 +0800", "four weeks before the first day")
            XCTAssertEqual(message["type"] as? String, "multipart/alternative")
            XCTAssertEqual(message["defects"] as? Int, 0)
            XCTAssertTrue((message["id"] as? String ?? "").hasSuffix("@haohao.example.org.tw>"))
            let plain = try XCTUnwrap(message["plain"] as? String)
            XCTAssertTrue(plain.contains("誠摯邀請您蒞臨") && plain.contains("2026-10-17"), plain)
            let html = try XCTUnwrap(message["html"] as? String)
            XCTAssertTrue(html.contains("<p>敬愛的貴賓您好：</p>"), html)
        }
        XCTAssertTrue((messages[0]["plain"] as? String ?? "").hasPrefix("致　臺北市政府文化局　吳俊賢 局長"))
        XCTAssertNotEqual(messages[0]["id"] as? String, messages[1]["id"] as? String)
    }

    func testTwoBuildsWriteTheSameMessages() throws {
        let first = try build(), second = try build()
        let name = "invitations/02-許淑芬.eml"
        XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)))
    }

    func testTheInvitationPageHasOneLetterAPageAndSaysItHoldsPersonalData() throws {
        let html = try String(contentsOf: build().appendingPathComponent("invitations.html"), encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "class=\"invitation-page\"").count - 1, 3)
        XCTAssertTrue(html.contains("本頁含個人資料"))
        XCTAssertTrue(html.contains("致　Slow Food Taipei　Emily Carter Director"))
    }

    func testTheClosureReportShowsBudgetAgainstActualWithVarianceAndResults() throws {
        let html = try String(contentsOf: build().appendingPathComponent("closure.html"), encoding: .utf8)
        // 帳篷與桌椅租用 60,000 → 63,000: +3,000, +5.0%.
        XCTAssertTrue(html.contains("<td>帳篷與桌椅租用</td><td class=\"num\">60,000</td><td class=\"num\">63,000</td><td class=\"num over\">+3,000</td><td class=\"num over\">+5.0%</td>"), html)
        // 場地 category: 96,000 → 99,000 (+3.1%).
        XCTAssertTrue(html.contains("<td>場地</td><td class=\"num\">96,000</td><td class=\"num\">99,000</td><td class=\"num over\">+3,000</td><td class=\"num over\">+3.1%</td>"), html)
        // Income received short of the plan is the bad side: 親子講座票 30,000 → 26,250, -12.5%.
        XCTAssertTrue(html.contains("<td>親子講座票</td><td class=\"num\">30,000</td><td class=\"num\">26,250</td><td class=\"num over\">-3,750</td><td class=\"num over\">-12.5%</td>"), html)
        XCTAssertTrue(html.contains("<td>講座報名 100 人</td><td>講座報名 62 人</td><td class=\"num over\">62.0%</td>"), html)
        XCTAssertTrue(html.contains("明年應預訂雨棚備案"))
        XCTAssertFalse(html.contains("吳俊賢"), "the closure report names no invitee")
    }

    func testTheMarketingPageDrawsTheTimelineAndNamesNoInvitee() throws {
        let html = try String(contentsOf: build().appendingPathComponent("marketing.html"), encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<rect ").count - 1, 3, "one bar per dated channel")
        XCTAssertTrue(html.contains("活動開始"))
        XCTAssertTrue(html.contains("<a href=\"https://haohao.example.org.tw/market?utm_source=fb\">"))
        XCTAssertFalse(html.contains("吳俊賢"))
        XCTAssertTrue(html.contains("邀請名單共 3 位"))
    }
}

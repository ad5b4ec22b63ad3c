import Foundation
import XCTest

/// samples/festival-zh, a road race and the festival with planted mistakes, run through the built binary as a planner
/// would: the clean plans check clean, the planted one gets exactly its mistakes, and the pages use the festival's words.
final class FestivalSampleTests: XCTestCase {
    func testTheFestivalAndTheRoadRaceCheckClean() throws {
        for plan in ["samples/festival-zh", "Tests/EvplanTests/Fixtures/plans/road-race-zh"] {
            let run = try EvplanBinary.run(["check", EvplanBinary.repositoryRoot.appendingPathComponent(plan).path])
            XCTAssertEqual(run.status, 0, "\(plan):\n\(run.stdout)\(run.stderr)")
            XCTAssertFalse(run.stdout.contains(": error:") || run.stdout.contains(": warning:"), run.stdout)
        }
    }

    func testThePlantedFestivalGetsExactlyItsMistakes() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/festival-planted", to: folder)
        let run = try EvplanBinary.run(["check", "--format", "json", "festival-planted"], in: plan.deletingLastPathComponent())
        XCTAssertEqual(run.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        let found = diagnostics.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["rule"]!)" }
        let expectedText = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/plans/festival-planted.expected"), encoding: .utf8)
        let expected = expectedText.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        XCTAssertEqual(found, expected, "got:\n" + found.joined(separator: "\n"))
    }

    func testTheFestivalsPagesUseItsWordsAndItsTotalsIn元() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("samples/festival-zh", to: folder)
        let run = try EvplanBinary.run(["build", "festival-zh", "-o", "out"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let agenda = try String(contentsOf: folder.appendingPathComponent("out/agenda.html"), encoding: .utf8)
        XCTAssertTrue(agenda.contains("<title>節目表"), "the page is the festival's 節目表")
        // The grid carries every performance; the detailed list below it only those with more to say (none here).
        XCTAssertTrue(agenda.contains("場節目"), "the day summary counts 節目, not 議程")
        // The stages are the grid's columns, in the venue table's order.
        XCTAssertTrue(agenda.contains("<th>草地主舞台 <span class=\"cap\">(6,000)</span></th><th>河岸舞台"), "stages are the columns")
        XCTAssertFalse(agenda.contains("未指定舞台"))
        XCTAssertTrue(agenda.contains("主持：王小明（執行長）"))
        XCTAssertTrue(agenda.contains("▸ 21:00 市集收攤"), "a moment is shown at its time")
        let budget = try String(contentsOf: folder.appendingPathComponent("out/budget.html"), encoding: .utf8)
        XCTAssertTrue(budget.contains("NT$6,351,500"), "the 萬元 budget is in 元")
        XCTAssertTrue(budget.contains("NT$265"), "cost per visit: 6,351,500 / 24,000")
        XCTAssertTrue(budget.contains("場地及設施費"))
        XCTAssertFalse(budget.contains("未分類"), "group rows are the categories")
    }
}

import Foundation
import XCTest

/// A folder holding several plans (no event.md of its own), and a single file named on the command line.
final class FolderOfPlansTests: XCTestCase {
    /// Two plans side by side: the English meetup (clean) and the spreadsheet market with a mis-added line.
    private func twoPlans() throws -> URL {
        let root = try EvplanBinary.temporaryFolder(self)
        let plans = root.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        _ = try EvplanBinary.copy("samples/meetup-en", to: plans)
        let market = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/csv-budget", to: plans)
        let csv = market.appendingPathComponent("T3-budget.csv")
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "\"57,600\"", with: "\"56,700\"")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        return root
    }

    func testCheckOfAFolderOfPlansChecksEachOnItsOwnAndExitsWithTheWorst() throws {
        let root = try twoPlans()
        let run = try EvplanBinary.run(["check", "plans"], in: root)
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        // A line names each plan, in its own language, before its findings.
        XCTAssertTrue(run.stdout.contains("== 企劃 plans/csv-budget："), run.stdout)
        XCTAssertTrue(run.stdout.contains("== Plan plans/meetup-en: All clear"), run.stdout)
        XCTAssertFalse(run.stdout.contains("format.missing-event"), "the folder of plans is not itself a plan:\n\(run.stdout)")
        XCTAssertFalse(run.stdout.contains("room-overlap") || run.stdout.contains("speaker-overlap"), "no clash across plans:\n\(run.stdout)")
        XCTAssertTrue(run.stdout.contains("plans/csv-budget/T3-budget.csv:8:27: error:"), run.stdout)
        // The mis-added line leaves a surplus beside the subsidy: budget.subsidised-surplus warns too.
        XCTAssertTrue(run.stdout.hasSuffix("共 2 個企劃：2 個錯誤、1 個警告。\n"), run.stdout)

        // The current folder works the same; a clean folder of plans exits 0.
        let inside = try EvplanBinary.run(["check"], in: root.appendingPathComponent("plans"))
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.stdout.contains("== 企劃 csv-budget"), inside.stdout)
        try FileManager.default.removeItem(at: root.appendingPathComponent("plans/csv-budget"))
        XCTAssertEqual(try EvplanBinary.run(["check", "plans"], in: root).status, 0)
    }

    func testJSONOfSeveralPlansIsOneDocumentWithEachPlansSummary() throws {
        let root = try twoPlans()
        let run = try EvplanBinary.run(["check", "--format", "json", "plans"], in: root)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        let plans = try XCTUnwrap(json["plans"] as? [[String: Any]])
        XCTAssertEqual(plans.map { $0["plan"] as? String }, ["plans/csv-budget", "plans/meetup-en"])
        XCTAssertEqual(plans.map { $0["errors"] as? Int }, [2, 0])
        let files = Set((json["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }.compactMap { $0["file"] as? String })
        XCTAssertEqual(files, ["plans/csv-budget/T3-budget.csv"])
        // One plan keeps the single-plan form.
        let single = try EvplanBinary.run(["check", "--format", "json", "plans/meetup-en"], in: root)
        XCTAssertNil((try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])?["plans"])

        let sarif = try EvplanBinary.run(["check", "--format", "sarif", "plans"], in: root).stdout
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        XCTAssertEqual((log["runs"] as? [Any])?.count, 1)
    }

    func testBuildOfAFolderOfPlansWritesEachPlansOutput() throws {
        let root = try twoPlans()
        let defaultRun = try EvplanBinary.run(["build", "plans"], in: root)
        XCTAssertEqual(defaultRun.status, 1, "the market has errors: \(defaultRun.stdout)\(defaultRun.stderr)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("plans/meetup-en/build/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("plans/csv-budget/build").path))

        let forced = try EvplanBinary.run(["build", "plans", "-o", "site", "--force"], in: root)
        XCTAssertEqual(forced.status, 1, forced.stdout + forced.stderr)
        for plan in ["csv-budget", "meetup-en"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/\(plan)/budget.html").path), plan)
        }
        // The output-safety rules hold per plan: OUT/<plan> may not be the plan itself.
        let intoPlans = try EvplanBinary.run(["build", "plans", "-o", "plans"], in: root)
        XCTAssertEqual(intoPlans.status, 2, intoPlans.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("plans/meetup-en/event.md").path))
    }

    func testCheckOfAFileReportsItsFindingsFirstOrOnly() throws {
        let root = try twoPlans()
        let plan = root.appendingPathComponent("plans/csv-budget")
        try "# 議程\n\n| 時間 | 議程 | 場地 |\n|---|---|---|\n| 10:00-09:00 | 開幕 | 主舞台 |\n".write(to: plan, "T4-program.md")
        let whole = try EvplanBinary.run(["check", "plans/csv-budget/T4-program.md"], in: root)
        let lines = whole.stdout.split(separator: "\n").filter { $0.contains(": error:") }
        XCTAssertTrue(lines.first?.hasPrefix("plans/csv-budget/T4-program.md") == true, whole.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("plans/csv-budget/T3-budget.csv") }, whole.stdout)

        let only = try EvplanBinary.run(["check", "--only-file", "plans/csv-budget/T4-program.md"], in: root)
        XCTAssertEqual(only.status, 1)
        XCTAssertFalse(only.stdout.contains("T3-budget.csv"), only.stdout)
        let onlyBudget = try EvplanBinary.run(["check", "--only-file", "plans/csv-budget/T3-notes.md"], in: root)
        XCTAssertEqual(onlyBudget.status, 0, "the file has no errors of its own: \(onlyBudget.stdout)")
    }

    func testErrorPathsGiveOneLineAndTheFixNeverAFoundationDump() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try "筆記\n".write(to: folder, "notes.txt")
        let chinese = ["LANG": "zh_TW.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        for arguments in [["init", "notes.txt/plan"], ["init", "notes.txt"], ["build", "notes.txt"], ["check", "no-such-plan"],
                          ["build", "no-such-plan"], ["init", "x", "--lang", "fr"]] {
            let run = try EvplanBinary.run(arguments, in: folder, environment: chinese)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            let lines = run.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, "\(arguments): \(run.stderr)")
            XCTAssertFalse(run.stderr.contains("NSCocoaErrorDomain") || run.stderr.contains("Error Domain") || run.stderr.contains("Code="), run.stderr)
            XCTAssertTrue(run.stderr.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "in zh-TW: \(run.stderr)")
        }
        let english = try EvplanBinary.run(["init", "notes.txt/plan", "--lang", "en"], in: folder)
        XCTAssertEqual(english.stderr, "evplan: Cannot write notes.txt/plan: notes.txt is a file, not a folder. Choose another path, or move that file away\n")
    }
}

import Foundation
import XCTest

/// The built `evplan` binary run on sample and fixture plans, as a planner or a git hook would run it.
final class CommandLineTests: XCTestCase {
    func testSamplePlansCheckClean() throws {
        for sample in ["samples/forum-zh", "samples/meetup-en"] {
            let run = try EvplanBinary.run(["check", EvplanBinary.repositoryRoot.appendingPathComponent(sample).path])
            XCTAssertEqual(run.status, 0, "\(sample):\n\(run.stdout)\(run.stderr)")
            XCTAssertFalse(run.stdout.contains(": error:") || run.stdout.contains(": warning:"), run.stdout)
        }
    }

    func testPlantedErrorsAreEachReportedAtTheirCellAndNothingElse() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/planted", to: folder)
        let run = try EvplanBinary.run(["check", "--format", "json", "planted"], in: plan.deletingLastPathComponent())
        XCTAssertEqual(run.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        let found = diagnostics.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["rule"]!)" }
        let expectedText = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/plans/planted.expected"), encoding: .utf8)
        let expected = expectedText.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        XCTAssertEqual(found, expected, "got:\n" + found.joined(separator: "\n"))
        for diagnostic in diagnostics {
            XCTAssertFalse((diagnostic["competency"] as? [String] ?? []).isEmpty, "\(diagnostic)")
            XCTAssertFalse((diagnostic["hint"] as? String ?? "").isEmpty, "\(diagnostic)")
            XCTAssertFalse((diagnostic["message"] as? String ?? "").isEmpty, "\(diagnostic)")
        }
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(summary["errors"], diagnostics.filter { $0["severity"] as? String == "error" }.count)
    }

    func testTextOutputIsEditorLinkableWithAHint() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/planted", to: folder)
        let run = try EvplanBinary.run(["check", "planted"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("planted/T3-budget.md:7:32: error: 單價 60,000 × 數量 2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[budget.amount-mismatch]\n    修正: "), run.stdout)
        XCTAssertFalse(run.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and output is not a terminal")
    }

    func testStrictMakesWarningsFail() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try EvplanBinary.run(["init", "plan", "--lang", "en"], in: folder)
        try "---\nname: W\ndates: 2027-06-18\n---\n".write(to: folder.appendingPathComponent("plan"), "event.md")
        // A task without an owner is a warning only.
        let project = try String(contentsOf: folder.appendingPathComponent("plan/T2-project.md"), encoding: .utf8)
            .replacingOccurrences(of: "| A3 | Promotion and registration | Lin Li |", with: "| A3 | Promotion and registration | |")
        try project.write(to: folder.appendingPathComponent("plan"), "T2-project.md")
        XCTAssertEqual(try EvplanBinary.run(["check", "plan"], in: folder).status, 0)
        XCTAssertEqual(try EvplanBinary.run(["check", "--strict", "plan"], in: folder).status, 1)
    }

    func testUsageAndMissingFolderExitTwo() throws {
        XCTAssertEqual(try EvplanBinary.run(["check", "/no/such/plan"]).status, 2)
        XCTAssertEqual(try EvplanBinary.run(["build", "/no/such/plan"]).status, 2)
        XCTAssertEqual(try EvplanBinary.run(["check", "--format", "yaml"]).status, 2)
    }

    func testBuildWritesTheSixPagesAndIsDeterministic() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let sample = EvplanBinary.repositoryRoot.appendingPathComponent("samples/forum-zh").path
        let first = folder.appendingPathComponent("one"), second = folder.appendingPathComponent("two")
        let run = try EvplanBinary.run(["build", sample, "-o", first.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        try EvplanBinary.run(["build", sample, "-o", second.path])
        for page in ["index.html", "proposal.html", "budget.html", "gantt.html", "agenda.html", "press-release.html"] {
            let one = try Data(contentsOf: first.appendingPathComponent(page))
            let two = try Data(contentsOf: second.appendingPathComponent(page))
            XCTAssertGreaterThan(one.count, 1000, page)
            XCTAssertEqual(one, two, "\(page) differs between two builds")
            let html = String(decoding: one, as: UTF8.self)
            XCTAssertFalse(html.contains("<script"), "\(page) must need no script")
            XCTAssertFalse(html.contains("http://") || html.contains("https://fonts"), "\(page) must load nothing from the network")
        }
    }

    func testFailedBuildLeavesPreviousOutputUntouched() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let output = folder.appendingPathComponent("out")
        XCTAssertEqual(try EvplanBinary.run(["build", plan.path, "-o", output.path]).status, 0)
        let before = try Data(contentsOf: output.appendingPathComponent("budget.html"))

        let budget = try String(contentsOf: plan.appendingPathComponent("T3-budget.md"), encoding: .utf8)
        try (budget + "\n## Expenses again\n\n| Item | Unit price | Qty | Amount |\n|---|---:|---:|---:|\n| Broken | 10 | 3 | 31 |\n")
            .write(to: plan, "T3-budget.md")
        let refused = try EvplanBinary.run(["build", plan.path, "-o", output.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stdout.contains("budget.amount-mismatch"), refused.stdout)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("budget.html")), before)

        // --force builds anyway, and the page then shows the problem.
        XCTAssertEqual(try EvplanBinary.run(["build", plan.path, "-o", output.path, "--force"]).status, 1)
        XCTAssertNotEqual(try Data(contentsOf: output.appendingPathComponent("budget.html")), before)
    }

    func testRawHTMLInAPlanNeverReachesThePages() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let event = try String(contentsOf: plan.appendingPathComponent("event.md"), encoding: .utf8)
        try (event + "\n<script>alert('event')</script>\n\nInline <img src=x onerror=alert(1)> here.\n").write(to: plan, "event.md")
        let agenda = try String(contentsOf: plan.appendingPathComponent("T4-agenda.md"), encoding: .utf8)
        try (agenda + "\n<iframe src=\"https://example.org\"></iframe>\n").write(to: plan, "T4-agenda.md")
        let run = try EvplanBinary.run(["build", plan.path, "-o", folder.appendingPathComponent("out").path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        for page in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) {
            let html = try String(contentsOf: folder.appendingPathComponent("out/\(page)"), encoding: .utf8)
            XCTAssertFalse(html.contains("<script"), page)
            XCTAssertFalse(html.contains("<img src=x"), page)
            XCTAssertFalse(html.contains("<iframe"), page)
        }
        let proposal = try String(contentsOf: folder.appendingPathComponent("out/proposal.html"), encoding: .utf8)
        XCTAssertTrue(proposal.contains("&lt;script&gt;alert("), "the planner's text still shows, as text")
    }

    func testInitWritesAPlanThatChecksAndBuildsInBothLanguages() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        for lang in ["zh-TW", "en"] {
            let created = try EvplanBinary.run(["init", lang, "--lang", lang], in: folder)
            XCTAssertEqual(created.status, 0, created.stderr)
            let check = try EvplanBinary.run(["check", lang], in: folder)
            XCTAssertEqual(check.status, 0, check.stdout)
            XCTAssertEqual(try EvplanBinary.run(["build", lang], in: folder).status, 0)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(lang)/build/index.html").path))
            let ignored = try String(contentsOf: folder.appendingPathComponent("\(lang)/.gitignore"), encoding: .utf8)
            XCTAssertTrue(ignored.contains("\nbuild/\n.evplan/\n"), "the build and the desk's database stay out of git: \(ignored)")
        }
        XCTAssertEqual(try EvplanBinary.run(["init", "en"], in: folder).status, 2, "init never overwrites a plan")
    }

    func testRuleSettingsChangeSeverityAndUnknownIdsAreReported() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/planted", to: folder)
        let event = try String(contentsOf: plan.appendingPathComponent("event.md"), encoding: .utf8)
            .replacingOccurrences(of: "  schedule.missing-owner: error\n", with: "  schedule.missing-owner: off\n  budget.deficit: error\n  agenda.no-brake: off\n")
        try event.write(to: plan, "event.md")
        let run = try EvplanBinary.run(["check", "--format", "json", plan.path])
        XCTAssertFalse(run.stdout.contains("schedule.missing-owner"))
        XCTAssertTrue(run.stdout.contains("\"rule\" : \"budget.deficit\",\n      \"severity\" : \"error\""), run.stdout)
        XCTAssertTrue(run.stdout.contains("format.unknown-rule"), run.stdout)
        XCTAssertTrue(run.stdout.contains("agenda.no-break"), "the misspelt id does not turn the real rule off")
    }

    func testDocsRulesMatchesTheCatalogue() throws {
        let run = try EvplanBinary.run(["rules", "--format", "markdown"])
        let docs = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        XCTAssertEqual(run.stdout, docs, "docs/rules.md is stale: run `make docs`")
        for id in ["budget.amount-mismatch", "agenda.room-overlap", "schedule.dependency-cycle", "press.missing-part", "format.encoding"] {
            XCTAssertTrue(run.stdout.contains("`\(id)`"), id)
        }
    }
}

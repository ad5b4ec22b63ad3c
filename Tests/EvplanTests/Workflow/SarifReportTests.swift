import Foundation
import XCTest
@testable import Evplan

/// `evplan check --format sarif` on the planted plan, which breaks a rule of every family.
final class SarifReportTests: XCTestCase {
    static let families = ["format", "budget", "venue", "agenda", "schedule", "press"]

    private func checkPlanted(_ format: String) throws -> EvplanBinary.Run {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/planted", to: folder)
        let run = try EvplanBinary.run(["check", "--format", format, "planted"], in: folder)
        XCTAssertEqual(run.status, 1, run.stderr)
        return run
    }

    func testSarifOfAPlanWithErrorsOfEveryRuleFamilyIsValidAgainstTheSchema() throws {
        let sarif = try checkPlanted("sarif").stdout
        let violations = try SarifSchemaValidator.violations(of: sarif)
        XCTAssertEqual(violations, [], "SARIF 2.1.0 schema violations")

        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let erroring = Set(results.filter { $0["level"] as? String == "error" }.compactMap { ($0["ruleId"] as? String)?.split(separator: ".").first.map(String.init) })
        XCTAssertEqual(erroring, Set(Self.families), "an error of every rule family")
    }

    func testValidatorRejectsABrokenLog() throws {
        // Keeps the test above honest: the same log with a level SARIF does not know must fail validation.
        let sarif = try checkPlanted("sarif").stdout
        let broken = sarif.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
        XCTAssertNotEqual(broken, sarif)
        XCTAssertFalse(try SarifSchemaValidator.violations(of: broken).isEmpty)
    }

    func testOneRuleDescriptorPerRuleAndOneResultPerDiagnosticAtItsPlace() throws {
        let sarif = try checkPlanted("sarif").stdout
        let json = try checkPlanted("json").stdout
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "evplan")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids).count, ids.count, "one descriptor per rule id")
        let catalogue = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(EvplanBinary.run(["rules", "--format", "json"]).stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(ids), Set(((catalogue["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }))
        for rule in rules {
            let id = rule["id"] as? String ?? ""
            XCTAssertFalse(((rule["shortDescription"] as? [String: Any])?["text"] as? String ?? "").isEmpty, id)
            // No made-up web address: the rule's help travels in the log, with its fix and competency codes.
            XCTAssertNil(rule["helpUri"], id)
            let help = try XCTUnwrap(rule["help"] as? [String: Any], id)
            let markdown = help["markdown"] as? String ?? ""
            XCTAssertTrue(markdown.contains("`\(id)`") && markdown.contains("修正方式："), "\(id): \(markdown)")
            XCTAssertTrue((help["text"] as? String ?? "").contains("職能 "), "\(id): \(help)")
        }

        let diagnostics = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, diagnostics.count)
        let levels = ["error": "error", "warning": "warning", "info": "note"]
        for (result, diagnostic) in zip(results, diagnostics) {
            let ruleId = result["ruleId"] as? String
            XCTAssertEqual(ruleId, diagnostic["rule"] as? String)
            XCTAssertEqual(result["level"] as? String, levels[diagnostic["severity"] as? String ?? ""])
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(ids[index], ruleId, "ruleIndex points at the rule's descriptor")
            let physical = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, diagnostic["file"] as? String)
            let region = try XCTUnwrap(physical["region"] as? [String: Any])
            XCTAssertEqual(region["startLine"] as? Int, diagnostic["line"] as? Int)
            XCTAssertEqual(region["startColumn"] as? Int, diagnostic["column"] as? Int)
            let message = ((result["message"] as? [String: Any])?["text"] as? String) ?? ""
            XCTAssertTrue(message.hasPrefix(diagnostic["message"] as? String ?? "\u{0}"), message)
        }
    }

    func testSarifIsTheSameBytesEveryTime() throws {
        XCTAssertEqual(try checkPlanted("sarif").stdout, try checkPlanted("sarif").stdout)
    }

    func testCleanPlanGivesAValidLogWithNoResults() throws {
        let sample = EvplanBinary.repositoryRoot.appendingPathComponent("samples/meetup-en").path
        let run = try EvplanBinary.run(["check", "--format", "sarif", sample])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try SarifSchemaValidator.violations(of: run.stdout), [])
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // The sample's channel table is read as channels now; nothing is reported.
        let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
        XCTAssertEqual(results.map { "\($0["ruleId"] ?? "") \($0["level"] ?? "")" }, [], run.stdout)
    }

    func testArtifactURIsAreRelativeAndPercentEncoded() {
        XCTAssertEqual(SarifReport.artifactURI(for: "./plans/forum/T3-budget.md"), "plans/forum/T3-budget.md")
        XCTAssertEqual(SarifReport.artifactURI(for: "企劃/T3 預算.md"), "%E4%BC%81%E5%8A%83/T3%20%E9%A0%90%E7%AE%97.md")
        XCTAssertEqual(SarifReport.artifactURI(for: "/home/me/plan/event.md"), "file:///home/me/plan/event.md")
        XCTAssertEqual(SarifReport.artifactURI(for: "a:b/event.md"), "a%3Ab/event.md", "a colon must not read as a URI scheme")
    }
}

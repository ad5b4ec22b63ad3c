import Foundation
import XCTest

/// The `.pre-commit-hooks.yaml` that lets a team on the pre-commit framework add evplan in three lines.
final class PreCommitManifestTests: XCTestCase {
    private func manifest() throws -> String {
        try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    }

    /// The value of a top-level key of the single hook, with YAML single quotes removed.
    private func value(of key: String, in text: String) throws -> String {
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") }, key)
        var value = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if value.hasPrefix("'"), value.hasSuffix("'") { value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
        return value
    }

    func testPublishesTheEvplanCheckHookBuiltBySwift() throws {
        let text = try manifest()
        XCTAssertTrue(text.contains("- id: evplan-check\n"), text)
        XCTAssertEqual(try value(of: "language", in: text), "swift")
        XCTAssertEqual(try value(of: "entry", in: text), "evplan check")
        XCTAssertEqual(try value(of: "require_serial", in: text), "true", "one run, so each plan is reported once")
    }

    func testFilesPatternSelectsThePlanFilesOnly() throws {
        let pattern = try NSRegularExpression(pattern: try value(of: "files", in: try manifest()))
        func selected(_ path: String) -> Bool {
            pattern.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
        }
        for path in ["event.md", "plans/forum/event.md", "plans/forum/T3-budget.md", "plans/forum/t4-day1.md", "T8-registration.markdown",
                     "plans/forum/attendees.csv", "plans/forum/Templates/budget.mustache",
                     "plans/forum/Templates/partials/style.mustache"] {
            XCTAssertTrue(selected(path), path)
        }
        for path in ["README.md", "docs/rules.md", "plans/forum/README.md", "Sources/evplan/Check.swift", "plans/forum/build/index.html",
                     "notes/T9-ideas.md", "plans/forum/budget.csv"] {
            XCTAssertFalse(selected(path), path)
        }
    }
}

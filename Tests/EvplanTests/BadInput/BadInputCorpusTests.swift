import Foundation
import XCTest

/// The committed bad-input corpus: Tests/EvplanTests/Fixtures/bad-input/<case>/ holds a small plan and `expected.txt`,
/// the diagnostics `evplan check --format json .` must report from inside the folder as `file:line:column severity rule`,
/// after one `#` line that says what the case is. A case whose description starts with `VALID` is an extreme a planner
/// may really write: it must check clean of errors (exit 0). Every other case is malformed: it must report at least one
/// error naming a file, and exit 1. No case may crash, be killed by the watchdog, or take long.
final class BadInputCorpusTests: XCTestCase {
    static let corpus = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/bad-input")

    struct Case {
        var name: String
        var folder: URL
        var isValid: Bool
        var expected: [String]
    }

    static func cases() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        return try names.compactMap { name in
            let folder = corpus.appendingPathComponent(name)
            let expectedURL = folder.appendingPathComponent("expected.txt")
            guard FileManager.default.fileExists(atPath: expectedURL.path) else { return nil }
            let lines = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(String.init)
            let description = lines.first { $0.hasPrefix("#") } ?? ""
            return Case(name: name, folder: folder, isValid: description.hasPrefix("# VALID"),
                        expected: lines.filter { !$0.hasPrefix("#") && !$0.isEmpty })
        }
    }

    func testTheCorpusHoldsEnoughCases() throws {
        let cases = try Self.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 60)
        XCTAssertGreaterThanOrEqual(cases.filter { !$0.isValid }.count, 50, "most cases are malformed plans")
    }

    func testEveryCaseReportsExactlyItsExpectedDiagnosticsWithoutCrashingOrHanging() throws {
        for testCase in try Self.cases() {
            // A copy, so that nothing a run might write lands in the source tree.
            let folder = try EvplanBinary.temporaryFolder(self).appendingPathComponent(testCase.name)
            try FileManager.default.copyItem(at: testCase.folder, to: folder)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("expected.txt"))

            let run = try WatchedEvplan.check(folder)
            WatchedEvplan.assertEnded(run, with: [testCase.isValid ? 0 : 1], testCase.name)
            XCTAssertLessThan(run.seconds, 10, "\(testCase.name) took \(run.seconds) s")
            guard !run.hung, !run.signalled else { continue }
            let found = try run.diagnosticLines()
            XCTAssertEqual(found, testCase.expected, "\(testCase.name) reported:\n" + found.joined(separator: "\n"))
            if !testCase.isValid {
                let files = found.filter { $0.contains(" error ") }.map { $0.split(separator: ":").first.map(String.init) ?? "" }
                XCTAssertFalse(files.isEmpty, "\(testCase.name): a malformed plan must report an error")
                XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".md") }, "\(testCase.name): every error names a plan file: \(files)")
            }
        }
    }

    /// The text report says the same as JSON, in the form editors link, for every case.
    func testTextReportNamesTheSameFilesAndLines() throws {
        for testCase in try Self.cases() where !testCase.expected.isEmpty {
            let run = try WatchedEvplan.run(["check", "."], in: testCase.folder)
            WatchedEvplan.assertEnded(run, with: [0, 1], testCase.name)
            for expected in testCase.expected {
                // `file:line:column severity rule`, where the file may hold spaces.
                let words = expected.split(separator: " ")
                let place = words.dropLast(2).joined(separator: " ")
                let rule = words.last.map(String.init) ?? ""
                XCTAssertTrue(run.stdout.contains("\(place): "), "\(testCase.name): \(place) missing from\n\(run.stdout)")
                XCTAssertTrue(run.stdout.contains("[\(rule)]"), "\(testCase.name): [\(rule)] missing")
            }
        }
    }
}

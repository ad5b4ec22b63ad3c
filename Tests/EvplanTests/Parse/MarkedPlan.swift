import Evplan
import EvplanModel
import Foundation
import XCTest

/// A plan written as Markdown with markers (`⟨1⟩`, `⟨2⟩` …) placed where diagnostics must point, run through the real
/// loader, parser and rules, as swift-format's lint tests do. Markers are removed before the files are written; each
/// stands for the line and column of the character after it.
struct MarkedPlan {
    let folder: URL
    /// Marker name → `file:line:column`.
    let markers: [String: String]

    init(_ test: XCTestCase, files: [String: String]) throws {
        folder = try EvplanBinary.temporaryFolder(test)
        var markers: [String: String] = [:]
        for (name, marked) in files {
            var lines: [String] = []
            for (lineIndex, line) in marked.components(separatedBy: "\n").enumerated() {
                var clean = ""
                var rest = Substring(line)
                while let open = rest.range(of: "⟨"), let close = rest[open.upperBound...].range(of: "⟩") {
                    clean += rest[..<open.lowerBound]
                    markers[String(rest[open.upperBound..<close.lowerBound])] = "\(name):\(lineIndex + 1):\(clean.count + 1)"
                    rest = rest[close.upperBound...]
                }
                lines.append(clean + rest)
            }
            try lines.joined(separator: "\n").write(to: folder, name)
        }
        self.markers = markers
    }

    /// Checks the plan and asserts that its diagnostics are exactly `expected` (marker → rule ids), apart from rules in
    /// `ignoring`. Returns the check's result for further assertions on the model.
    @discardableResult
    func assertDiagnostics(_ expected: [String: [String]], ignoring: Set<String> = [],
                           file: StaticString = #filePath, line: UInt = #line) -> CheckResult {
        let result = Pipeline.check(folder: folder.path)
        let found = result.diagnostics.filter { !ignoring.contains($0.rule.id) }.map { diagnostic in
            let path = diagnostic.location.file.replacingOccurrences(of: folder.path + "/", with: "")
            return "\(path):\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.rule.id)"
        }.sorted()
        var wanted: [String] = []
        for (marker, rules) in expected {
            guard let place = markers[marker] else {
                XCTFail("no marker ⟨\(marker)⟩ in the plan", file: file, line: line)
                continue
            }
            wanted += rules.map { "\(place) \($0)" }
        }
        XCTAssertEqual(found, wanted.sorted(), "diagnostics differ; markers: \(markers)", file: file, line: line)
        return result
    }

    static let event = "---\nname: 測試活動\ndates: 2027-03-12 ~ 2027-03-13\nattendees: 100\nbudget: ⟨cap⟩20萬\n---\n# 測試活動\n"
}

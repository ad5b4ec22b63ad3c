import EvplanDocument
import EvplanModel
import EvplanParse
import Foundation
import XCTest

/// Writes a small plan into a temporary folder and runs the load and parse stages on it.
struct PlanFixture {
    let folder: URL

    init(_ test: XCTestCase, files: [String: String]) throws {
        folder = try EvplanBinary.temporaryFolder(test)
        for (name, text) in files { try text.write(to: folder, name) }
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    func parse() -> (plan: Plan, diagnostics: [Diagnostic]) {
        let loaded = PlanFolderLoader.load(folder: folder.path)
        let parsed = PlanParser.parse(loaded)
        return (parsed.plan, loaded.diagnostics + parsed.diagnostics)
    }

    /// `file:line:col rule` of each diagnostic, with the file relative to the plan folder.
    func positions(_ diagnostics: [Diagnostic]) -> [String] {
        Diagnostic.ordered(diagnostics).map {
            let file = $0.location.file.replacingOccurrences(of: folder.path + "/", with: "")
            return "\(file):\($0.location.line):\($0.location.column) \($0.rule.id)"
        }
    }

    static let event = "---\nname: 測試活動\ndates: 2027-03-12 ~ 2027-03-13\nattendees: 100\nbudget: 500,000\n---\n# 測試活動\n"
}

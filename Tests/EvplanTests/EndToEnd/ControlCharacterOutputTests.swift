import Foundation
import XCTest
@testable import Evplan

/// Plan text printed in `text` and `github` output shows control characters escaped, so a plan cannot retitle
/// the terminal, overwrite a line or forge a diagnostic.
final class ControlCharacterOutputTests: XCTestCase {
    /// A plan with ESC, BEL and CR in a budget cell, in a rule id of `rules:` and in a file name.
    private func planWithControlCharacters() throws -> URL {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let budget = try String(contentsOf: plan.appendingPathComponent("T3-budget.md"), encoding: .utf8)
        try budget.replacingOccurrences(of: "| 7,280 |", with: "| 7,2\u{1B}]0;pwned\u{07}80\u{1B}[2K |").write(to: plan, "T3-budget.md")
        let event = try String(contentsOf: plan.appendingPathComponent("event.md"), encoding: .utf8)
        XCTAssertTrue(event.hasPrefix("---\n"))
        try ("---\nrules:\n  \"budget.over\\e[2Kcap\\a\\r\": off\n" + event.dropFirst(4)).write(to: plan, "event.md")
        try "Notes.\n".write(to: plan, "T9-\u{1B}]0;x\u{07}.md")
        return plan
    }

    private func unsafeScalars(in text: String) -> [String] {
        text.unicodeScalars.filter { $0 != "\n" && TerminalText.needsEscape($0) }.map { String(format: "U+%04X", $0.value) }
    }

    func testTextAndGitHubOutputCarryNoRawControlCharacter() throws {
        let plan = try planWithControlCharacters()
        for format in ["text", "github"] {
            let run = try EvplanBinary.run(["check", "--format", format, plan.path])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertEqual(unsafeScalars(in: run.stdout), [], "\(format):\n\(run.stdout)")
            XCTAssertTrue(run.stdout.contains("7,2\\u{1B}]0;pwned\\u{7}80\\u{1B}[2K"), "the cell, escaped:\n\(run.stdout)")
            XCTAssertTrue(run.stdout.contains("budget.over\\u{1B}[2Kcap\\u{7}\\u{D}"), "the rule id, escaped:\n\(run.stdout)")
            XCTAssertTrue(run.stdout.contains("T9-\\u{1B}]0;x\\u{7}.md"), "the file name, escaped:\n\(run.stdout)")
        }
    }

    func testEscapingKeepsTabsAndOrdinaryTextAndCoversUnicodeControls() {
        XCTAssertEqual(TerminalText.escaped("會場\t場地 120,000"), "會場\t場地 120,000")
        XCTAssertEqual(TerminalText.escaped("a\u{1B}b\u{07}c\r\nd"), "a\\u{1B}b\\u{7}c\\u{D}\\u{A}d")
        XCTAssertEqual(TerminalText.escaped("\u{9B}31m\u{7F}"), "\\u{9B}31m\\u{7F}")
        XCTAssertEqual(TerminalText.escaped("x\u{2028}y\u{202E}z\u{2066}"), "x\\u{2028}y\\u{202E}z\\u{2066}")
    }
}

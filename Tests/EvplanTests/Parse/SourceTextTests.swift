@testable import EvplanDocument
import EvplanModel
import Foundation
import XCTest

/// Table cells are located by counting the characters before them, as an editor counts columns.
final class SourceTextTests: XCTestCase {
    func testCellColumnsCountCharactersOnEveryKindOfLine() {
        let lines = [
            "| 09:00-10:30 | 開幕致詞 | 王小明、陳美玲 | 國際會議廳 |",      // CJK: counted by scalars
            "| Room | Talk ｜全形｜ | かな・カナ | 「引號」 |",
            "| e\u{301}te\u{301} | café | 👩‍👩‍👧 family | 🇹🇼 flag |",  // combining accent, ZWJ family, flag
            "| 한국어 | 가 | \u{1100}\u{1161} jamo | ok |",             // Hangul syllables and jamo
            "| tab\there | ︙ | 〆 | 〪 mark |",
        ]
        for line in lines {
            let source = SourceText(path: "T4.md", text: line)
            let bytes = Array(line.utf8)
            let pipes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "|") }.map { $0 + 2 }
            let located = source.locations(line: 1, byteColumns: pipes).map(\.column)
            let expected = pipes.map { String(decoding: bytes.prefix($0 - 1), as: UTF8.self).count + 1 }
            XCTAssertEqual(located, expected, line)
        }
    }
}

/// Cells and names are trimmed without Foundation; the result must be Foundation's.
final class TrimmingTests: XCTestCase {
    func testTrimmingMatchesFoundationOnBlankKindsAtEitherEnd() {
        let samples = ["", " ", "\t王小明\u{3000}", "\u{00A0}Room A\u{2003}", " a b ", "\nline\r\n", "\u{0085}x\u{2028}", "名稱", "  \t  "]
        for text in samples {
            XCTAssertEqual(text.trimmedOfWhitespace, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(text.trimmedOfWhitespaceAndNewlines, text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
        }
    }
}

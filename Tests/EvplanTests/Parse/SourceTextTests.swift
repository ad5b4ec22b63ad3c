@testable import EvplanDocument
@testable import EvplanModel
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
            let slice = Substring(text)
            XCTAssertEqual(slice.trimmedOfWhitespace, slice.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(slice.trimmedOfWhitespaceAndNewlines, slice.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
        }
    }
}

/// Words are found in UTF-8 bytes without copying either string; the answers are those of a plain search.
final class TextSearchTests: XCTestCase {
    func testFindsWordsAsFoundationDoesAndWholeWordsOnlyWhenAsked() {
        let samples: [(String, String)] = [("茶敘時間", "茶敘"), ("coffee break", "break"), ("breakout room", "break"), ("午餐", "晚餐"),
                                           ("a", "ab"), ("工作人員報到", "人員報到"), ("<p>x</p><table>", "<table"), ("ticket", "ticket")]
        for (text, word) in samples {
            XCTAssertEqual(TextSearch.contains(text, word), text.range(of: word) != nil, "\(text) ∋ \(word)")
        }
        XCTAssertTrue(TextSearch.contains("coffee break", "break", wholeWord: true))
        XCTAssertFalse(TextSearch.contains("breakout room", "break", wholeWord: true))
        // A bridged (non-native) string is searched through a copy.
        let bridged = NSString(string: "午餐 lunch") as String
        XCTAssertTrue(TextSearch.contains(bridged, "lunch"))
    }

    /// Session titles are lowered without the case tables where no scalar has a case other than ASCII capitals.
    func testQuickLoweringIsLowercased() {
        for value in Array(0x3000...0x9FFF) + Array(0xAC00...0xD7A3) + Array(0xFF01...0xFF20) + Array(0xFF3B...0xFF5E) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            XCTAssertEqual(text.lowercasedQuickly, text.lowercased(), String(value, radix: 16))
        }
        for text in ["A1 公正轉型對談：未來十年展望", "B2 Water stewardship: what investors ask", "Chloé CHEN", "ＡＢＣ 午餐", "İstanbul", "ΣΟΦΙΑ", ""] {
            XCTAssertEqual(text.lowercasedQuickly, text.lowercased(), text)
        }
    }

    /// Room and person keys skip the property look-up for kana, ideographs and Hangul: none of them is white space or
    /// has a case.
    func testCaselessRangesHaveNoCaseAndNoWhiteSpace() {
        for value in Array(0x3040...0x9FFF) + Array(0xAC00...0xD7A3) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertTrue(Venue.isCaselessHan(scalar))
            XCTAssertFalse(scalar.properties.isWhitespace || scalar.properties.changesWhenLowercased, String(value, radix: 16))
        }
        XCTAssertEqual(Venue.normalizedRoomName("國際廳 A"), "國際廳a")
        XCTAssertEqual(Venue.normalizedRoomName("國際廳"), "國際廳")
        // ASCII names take a byte-wise path: the same as lowercasing and dropping white space Character by Character.
        for name in ["Hall A", "ROOM\t101", "Studio 1\r\n", " Main  Stage ", "AT&T Lab", "room-b"] {
            XCTAssertEqual(Venue.normalizedRoomName(name), name.lowercased().filter { !$0.isWhitespace }, name.debugDescription)
        }
    }
}

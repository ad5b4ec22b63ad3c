@testable import EvplanParse
import XCTest

final class NameListParserValuesTests: XCTestCase {
    private func names(_ text: String) -> [String] { NameListParser.parse(text).map(\.name) }
    private func offsets(_ text: String) -> [Int] { NameListParser.parse(text).map(\.offset) }

    func testSeparators() {
        XCTAssertEqual(names("李大同、陳美玲"), ["李大同", "陳美玲"])
        XCTAssertEqual(names("Alice, Bob"), ["Alice", "Bob"])
        XCTAssertEqual(names("王小明，林小華"), ["王小明", "林小華"])
        XCTAssertEqual(names("王小明/林小華 / 張三"), ["王小明", "林小華", "張三"])
        XCTAssertEqual(names("王小明；林小華;張三"), ["王小明", "林小華", "張三"])
        XCTAssertEqual(names("Alice & Bob"), ["Alice", "Bob"])
        XCTAssertEqual(names("王小明 ＆ 林小華"), ["王小明", "林小華"])
    }

    func testNamesThatContainSeparatorLookalikesStayWhole() {
        XCTAssertEqual(names("Johnson and Johnson"), ["Johnson and Johnson"])
        XCTAssertEqual(names("AT&T"), ["AT&T"])
        XCTAssertEqual(names("Tom &Jerry"), ["Tom &Jerry"])
        XCTAssertEqual(names("Alice &"), ["Alice &"])
        XCTAssertEqual(names("王小明（台大、中研院）、李大同"), ["王小明（台大、中研院）", "李大同"])
        XCTAssertEqual(names("Jane Doe (Acme, Inc.), John Roe"), ["Jane Doe (Acme, Inc.)", "John Roe"])
    }

    /// Speaker cells of the COSCUP 2026 agenda (anoni-net).
    func testRealSpeakerCells() {
        XCTAssertEqual(names("ryanycw（Ryan Wang）"), ["ryanycw（Ryan Wang）"])
        XCTAssertEqual(names("黃豆泥 mashbean"), ["黃豆泥 mashbean"])
        XCTAssertEqual(names("anoni.net 社群"), ["anoni.net 社群"])
    }

    func testOffsetsCountCharactersInTheOriginalText() {
        XCTAssertEqual(offsets("李大同、陳美玲"), [0, 4])
        XCTAssertEqual(offsets(" Alice ,  Bob"), [1, 10])
        XCTAssertEqual(offsets("Alice & Bob"), [0, 8])
        XCTAssertEqual(offsets("A & B & C"), [0, 4, 8])
        // An emoji with a skin-tone modifier is several scalars and many bytes but one character.
        XCTAssertEqual(offsets("👩🏽‍💻、陳美玲"), [0, 2])
    }

    func testEmptyPiecesAreDropped() {
        XCTAssertEqual(names(""), [])
        XCTAssertEqual(names("   "), [])
        XCTAssertEqual(names("、、"), [])
        XCTAssertEqual(names("李大同、、陳美玲、"), ["李大同", "陳美玲"])
        XCTAssertEqual(offsets("李大同、、陳美玲、"), [0, 5])
        XCTAssertEqual(names(" , Alice ,"), ["Alice"])
    }
}

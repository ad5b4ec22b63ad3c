@testable import EvplanParse
import XCTest

final class CountParserValuesTests: XCTestCase {
    func testCounts() {
        XCTAssertEqual(CountParser.parse("300"), 300)
        XCTAssertEqual(CountParser.parse("1,200"), 1200)
        XCTAssertEqual(CountParser.parse("300人"), 300)
        XCTAssertEqual(CountParser.parse("300 人"), 300)
        XCTAssertEqual(CountParser.parse("300位"), 300)
        XCTAssertEqual(CountParser.parse("300名"), 300)
        XCTAssertEqual(CountParser.parse("300 people"), 300)
        XCTAssertEqual(CountParser.parse("300 pax"), 300)
        XCTAssertEqual(CountParser.parse("３００人"), 300)
        XCTAssertEqual(CountParser.parse("0"), 0)
        // 人數 cells of the Taiwanese school budget (tw_public_budget_examples.md).
        XCTAssertEqual(CountParser.parse("1人"), 1)
    }

    func testEstimatesAndGarbageAreRejected() {
        XCTAssertNil(CountParser.parse(""))
        XCTAssertNil(CountParser.parse("約300"))
        XCTAssertNil(CountParser.parse("300+"))
        XCTAssertNil(CountParser.parse("300人以上"))
        XCTAssertNil(CountParser.parse("200-300"))
        XCTAssertNil(CountParser.parse("200~300人"))
        XCTAssertNil(CountParser.parse("-5"))
        XCTAssertNil(CountParser.parse("12.5"))
        XCTAssertNil(CountParser.parse("1,20"))
        XCTAssertNil(CountParser.parse("三百"))
        XCTAssertNil(CountParser.parse("many"))
        XCTAssertNil(CountParser.parse(String(repeating: "9", count: 400)))
        XCTAssertNil(CountParser.parse("1234567890"))
    }
}

@testable import EvplanParse
import EvplanModel
import XCTest

final class DateParserValuesTests: XCTestCase {
    private let march12 = PlanDate(year: 2027, month: 3, day: 12)

    func testGregorianForms() {
        XCTAssertEqual(DateParser.parse("2027-03-12"), march12)
        XCTAssertEqual(DateParser.parse("2027/3/12"), march12)
        XCTAssertEqual(DateParser.parse("2027.3.12"), march12)
        XCTAssertEqual(DateParser.parse("2027年3月12日"), march12)
        XCTAssertEqual(DateParser.parse("2027 年 3 月 12 日"), march12)
        XCTAssertEqual(DateParser.parse("2027年03月12號"), march12)
        XCTAssertEqual(DateParser.parse("  2027-03-12\t"), march12)
    }

    func testROCDates() {
        XCTAssertEqual(DateParser.parse("116/03/12"), march12)
        XCTAssertEqual(DateParser.parse("116-3-12"), march12)
        XCTAssertEqual(DateParser.parse("116.3.12"), march12)
        XCTAssertEqual(DateParser.parse("116年3月12日"), march12)
        XCTAssertEqual(DateParser.parse("民國116年3月12日"), march12)
        XCTAssertEqual(DateParser.parse("中華民國116年3月12日"), march12)
        // ROC dates from the NGO accounts in tw_public_budget_examples.md.
        XCTAssertEqual(DateParser.parse("106/05/31"), PlanDate(year: 2017, month: 5, day: 31))
        XCTAssertEqual(DateParser.parse("99/12/31"), PlanDate(year: 2010, month: 12, day: 31))
        XCTAssertNil(DateParser.parse("民國2027年3月12日"))
        XCTAssertNil(DateParser.parse("0/3/12"))
    }

    func testFullWidthInput() {
        XCTAssertEqual(DateParser.parse("２０２７／３／１２"), march12)
        XCTAssertEqual(DateParser.parse("１１６年３月１２日"), march12)
        XCTAssertEqual(DateParser.parse("２０２７－０３－１２"), march12)
    }

    func testTrailingWeekdayIsAllowed() {
        XCTAssertEqual(DateParser.parse("2027/3/12（五）"), march12)
        XCTAssertEqual(DateParser.parse("2027/3/12 (Fri)"), march12)
        XCTAssertEqual(DateParser.parse("2027/3/12(週五)"), march12)
        XCTAssertEqual(DateParser.parse("2027-03-12 (星期五)"), march12)
        XCTAssertEqual(DateParser.parse("2027-03-12 Friday"), march12)
        XCTAssertEqual(DateParser.parse("2027年3月12日星期五"), march12)
        XCTAssertEqual(DateParser.parse("2027年3月12日(金)"), march12)
        // As written in the COSCUP 2026 agenda headings (anoni-net).
        XCTAssertEqual(DateParser.parse("2026/08/08（六）"), PlanDate(year: 2026, month: 8, day: 8))
        XCTAssertEqual(DateParser.parse("2026/08/09 (Sun)"), PlanDate(year: 2026, month: 8, day: 9))
    }

    func testWrittenWeekdayIsReported() {
        XCTAssertEqual(DateParser.parseWithWeekday("2027/3/12（五）")?.writtenWeekday, 5)
        XCTAssertEqual(DateParser.parseWithWeekday("2027/3/12（四）")?.writtenWeekday, 4, "kept so a rule can flag the mismatch")
        XCTAssertEqual(DateParser.parseWithWeekday("2027/3/14 (日)")?.writtenWeekday, 0)
        XCTAssertEqual(DateParser.parseWithWeekday("2027/3/13(土)")?.writtenWeekday, 6)
        XCTAssertEqual(DateParser.parseWithWeekday("2027/3/15(月)")?.writtenWeekday, 1)
        let plain = DateParser.parseWithWeekday("2027-03-12")
        XCTAssertEqual(plain?.date, march12)
        XCTAssertNil(plain?.writtenWeekday)
    }

    func testImpossibleDates() {
        XCTAssertNil(DateParser.parse("2027-02-30"))
        XCTAssertNil(DateParser.parse("116/13/01"))
        XCTAssertNil(DateParser.parse("2027-00-10"))
        XCTAssertNil(DateParser.parse("2027-03-00"))
        XCTAssertNil(DateParser.parse("2027-04-31"))
        XCTAssertNil(DateParser.parse("2027-02-29"))
        XCTAssertEqual(DateParser.parse("2028-02-29"), PlanDate(year: 2028, month: 2, day: 29))
    }

    func testMalformedDates() {
        XCTAssertNil(DateParser.parse(""))
        XCTAssertNil(DateParser.parse("明天"))
        XCTAssertNil(DateParser.parse("2027-3/12"), "mixed separators are a typo")
        XCTAssertNil(DateParser.parse("12/03/2027"), "day-first or month-first cannot be told apart")
        XCTAssertNil(DateParser.parse("2027-03"))
        XCTAssertNil(DateParser.parse("20270-03-12"))
        XCTAssertNil(DateParser.parse("2027-003-12"))
        XCTAssertNil(DateParser.parse("0999-03-12"))
        XCTAssertNil(DateParser.parse("2027-03-12T09:00"))
        XCTAssertNil(DateParser.parse("2027-03-12 (Fri"))
        XCTAssertNil(DateParser.parse("2027-03-12 (xyz)"))
        XCTAssertNil(DateParser.parse("2027-03-12Fri"))
        XCTAssertNil(DateParser.parse("2027-03-12 五"), "a stray character is not a weekday")
        XCTAssertNil(DateParser.parse("2027年3月12"))
        XCTAssertNil(DateParser.parse("3/12（五）"), "a date needs its year")
        XCTAssertNil(DateParser.parse(String(repeating: "1", count: 400)))
    }
}

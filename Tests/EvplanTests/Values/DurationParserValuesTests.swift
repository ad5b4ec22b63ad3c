@testable import EvplanParse
import XCTest

final class DurationParserValuesTests: XCTestCase {
    func testDays() {
        XCTAssertEqual(DurationParser.parse("5"), 5)
        XCTAssertEqual(DurationParser.parse("3d"), 3)
        XCTAssertEqual(DurationParser.parse("3 d"), 3)
        XCTAssertEqual(DurationParser.parse("3 days"), 3)
        XCTAssertEqual(DurationParser.parse("1 Day"), 1)
        XCTAssertEqual(DurationParser.parse("3天"), 3)
        XCTAssertEqual(DurationParser.parse("3日"), 3)
        XCTAssertEqual(DurationParser.parse("3 個工作天"), 3)
        XCTAssertEqual(DurationParser.parse("3工作日"), 3)
        XCTAssertEqual(DurationParser.parse("10 working days"), 10)
        XCTAssertEqual(DurationParser.parse("１０天"), 10)
    }

    func testWeeksAreFiveWorkingDays() {
        XCTAssertEqual(DurationParser.parse("2w"), 10)
        XCTAssertEqual(DurationParser.parse("2W"), 10)
        XCTAssertEqual(DurationParser.parse("2 weeks"), 10)
        XCTAssertEqual(DurationParser.parse("1 week"), 5)
        XCTAssertEqual(DurationParser.parse("2週"), 10)
        XCTAssertEqual(DurationParser.parse("2周"), 10)
        XCTAssertEqual(DurationParser.parse("2個星期"), 10)
    }

    func testZeroIsAMilestone() {
        XCTAssertEqual(DurationParser.parse("0"), 0)
        XCTAssertEqual(DurationParser.parse("0d"), 0)
    }

    func testMalformedDurations() {
        XCTAssertNil(DurationParser.parse(""))
        XCTAssertNil(DurationParser.parse("-3"))
        XCTAssertNil(DurationParser.parse("-3d"))
        XCTAssertNil(DurationParser.parse("1.5"), "working days are whole")
        XCTAssertNil(DurationParser.parse("1.5d"))
        XCTAssertNil(DurationParser.parse("1個月"), "a month's working days depend on the month")
        XCTAssertNil(DurationParser.parse("1 month"))
        XCTAssertNil(DurationParser.parse("3h"))
        XCTAssertNil(DurationParser.parse("3dd"))
        XCTAssertNil(DurationParser.parse("d"))
        XCTAssertNil(DurationParser.parse("約3天"))
        XCTAssertNil(DurationParser.parse("3-5天"))
        XCTAssertNil(DurationParser.parse("TBD"))
        XCTAssertNil(DurationParser.parse(String(repeating: "9", count: 400) + "w"))
    }
}

@testable import EvplanParse
import EvplanModel
import XCTest

final class DateRangeParserValuesTests: XCTestCase {
    private let march12 = PlanDate(year: 2027, month: 3, day: 12)!
    private let march13 = PlanDate(year: 2027, month: 3, day: 13)!
    private var twoDays: DateRange { DateRange(start: march12, end: march13) }

    func testSeparators() {
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 ~ 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12～2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 – 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 — 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 至 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12到2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 to 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 TO 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027/3/12〜2027/3/13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 - 2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12-2027-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("２０２７／３／１２～３／１３"), twoDays)
    }

    func testSingleDateIsOneDay() {
        let range = DateRangeParser.parse("2027-03-12")
        XCTAssertEqual(range, DateRange(start: march12, end: march12))
        XCTAssertEqual(range?.dayCount, 1)
        XCTAssertEqual(DateRangeParser.parse("116/3/12（五）"), DateRange(start: march12, end: march12))
    }

    func testEndWithoutYear() {
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 ~ 03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027/3/12~3/13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027/3/12-3/13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12-03-13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027年3月12日至3月13日"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027年3月12日至13日"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027/3/12~13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("116/3/12~3/13"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-30 ~ 04-02"),
                       DateRange(start: PlanDate(year: 2027, month: 3, day: 30)!, end: PlanDate(year: 2027, month: 4, day: 2)!))
    }

    func testWeekdaysOnBothEnds() {
        XCTAssertEqual(DateRangeParser.parse("2027/3/12（五）～3/13（六）"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027-03-12 (Fri) to 2027-03-13 (Sat)"), twoDays)
        XCTAssertEqual(DateRangeParser.parse("2027年3月12日(金)〜13日(土)"), twoDays)
    }

    /// The NGO accounts in tw_public_budget_examples.md give a fundraising period as `106/05/31~107/02/28`.
    func testROCRangeFromRealAccounts() {
        let range = DateRangeParser.parse("106/05/31~107/02/28")
        XCTAssertEqual(range?.start, PlanDate(year: 2017, month: 5, day: 31))
        XCTAssertEqual(range?.end, PlanDate(year: 2018, month: 2, day: 28))
    }

    func testEndBeforeStartIsRejected() {
        XCTAssertNil(DateRangeParser.parse("2027-03-13 ~ 2027-03-12"))
        XCTAssertNil(DateRangeParser.parse("2027-12-30 ~ 01-02"), "the end's year is not moved on to fit")
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~ 11"))
    }

    func testMalformedRanges() {
        XCTAssertNil(DateRangeParser.parse(""))
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~"))
        XCTAssertNil(DateRangeParser.parse("~ 2027-03-13"))
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~ 2027-03-13 ~ 2027-03-14"))
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~ 2027-02-30"))
        XCTAssertNil(DateRangeParser.parse("2027-03-12、2027-03-13"), "a list of dates is not a range")
        XCTAssertNil(DateRangeParser.parse("2027-03-12 and 2027-03-13"))
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~ 3/32"))
        XCTAssertNil(DateRangeParser.parse("2027-03-12 ~ tomorrow"))
    }
}

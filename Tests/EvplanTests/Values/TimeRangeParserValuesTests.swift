@testable import EvplanParse
import EvplanModel
import XCTest

final class TimeRangeParserValuesTests: XCTestCase {
    private func range(_ start: Int, _ end: Int) -> TimeRange {
        TimeRange(start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end))
    }

    private var nineToHalfTen: TimeRange { range(9 * 60, 10 * 60 + 30) }

    func testSeparatorsAndSpacing() {
        XCTAssertEqual(TimeRangeParser.parse("09:00-10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00–10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00—10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("9:00 - 10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00~10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00 〜 10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("0900-1030"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09.00-10.30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00 to 10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("09:00至10:30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("  09:00-10:30 "), nineToHalfTen)
    }

    func testFullWidthInput() {
        XCTAssertEqual(TimeRangeParser.parse("09：00－10：30"), nineToHalfTen)
        XCTAssertEqual(TimeRangeParser.parse("０９：００～１０：３０"), nineToHalfTen)
    }

    /// Time cells of the COSCUP 2026 agenda (anoni-net), once the `<br>30 分鐘` note is split off.
    func testRealAgendaTimes() {
        XCTAssertEqual(TimeRangeParser.parse("09:30-10:00"), range(570, 600))
        XCTAssertEqual(TimeRangeParser.parse("15:40-16:30"), range(940, 990))
        XCTAssertNil(TimeRangeParser.parse("09:30-10:00<br>30 分鐘"), "the cell with its note is not a bare time range")
    }

    func testTwelveHourClock() {
        XCTAssertEqual(TimeRangeParser.parse("2:00 PM - 3:30 PM"), range(14 * 60, 15 * 60 + 30))
        XCTAssertEqual(TimeRangeParser.parse("11:00am-12:30pm"), range(11 * 60, 12 * 60 + 30))
        XCTAssertEqual(TimeRangeParser.parse("下午2:00-下午3:30"), range(14 * 60, 15 * 60 + 30))
        XCTAssertNil(TimeRangeParser.parse("2:00-3:00 PM"), "the start's half of the day is not guessed")
        XCTAssertNil(TimeRangeParser.parse("下午2:00-4:00"))
    }

    func testMidnightAsEnd() {
        XCTAssertEqual(TimeRangeParser.parse("22:00-24:00"), range(22 * 60, 24 * 60))
        XCTAssertNil(TimeRangeParser.parse("24:00-24:30"))
        XCTAssertNil(TimeRangeParser.parse("24:00-01:00"), "24:00 is an end, not a start")
    }

    func testEndBeforeStartIsKeptForTheRule() {
        let backwards = TimeRangeParser.parse("10:30-09:00")
        XCTAssertEqual(backwards, range(10 * 60 + 30, 9 * 60))
        XCTAssertEqual(backwards?.durationMinutes, -90)
        XCTAssertEqual(TimeRangeParser.parse("10:00-10:00")?.durationMinutes, 0)
    }

    func testMalformedRanges() {
        XCTAssertNil(TimeRangeParser.parse(""))
        XCTAssertNil(TimeRangeParser.parse("09:00"))
        XCTAssertNil(TimeRangeParser.parse("09:00-"))
        XCTAssertNil(TimeRangeParser.parse("25:00-26:00"))
        XCTAssertNil(TimeRangeParser.parse("09:00-25:00"))
        XCTAssertNil(TimeRangeParser.parse("09:60-10:00"))
        XCTAssertNil(TimeRangeParser.parse("9:5-10:30"))
        XCTAssertNil(TimeRangeParser.parse("900-1030"))
        XCTAssertNil(TimeRangeParser.parse("09:00-10:30-11:00"))
        XCTAssertNil(TimeRangeParser.parse("09:00:00-10:00:00"))
        XCTAssertNil(TimeRangeParser.parse("morning"))
        XCTAssertNil(TimeRangeParser.parse("13:00 PM-14:00 PM"))
        XCTAssertNil(TimeRangeParser.parse(String(repeating: "9", count: 400)))
    }
}

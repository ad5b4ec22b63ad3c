@testable import EvplanParse
import EvplanModel
import XCTest

final class TimeOfDayParserValuesTests: XCTestCase {
    func testClockForms() {
        XCTAssertEqual(TimeOfDayParser.parse("09:00"), TimeOfDay(minutes: 540))
        XCTAssertEqual(TimeOfDayParser.parse("9:00"), TimeOfDay(minutes: 540))
        XCTAssertEqual(TimeOfDayParser.parse("0930"), TimeOfDay(minutes: 570))
        XCTAssertEqual(TimeOfDayParser.parse("０９：３０"), TimeOfDay(minutes: 570))
        XCTAssertEqual(TimeOfDayParser.parse("00:00"), TimeOfDay(minutes: 0))
        XCTAssertEqual(TimeOfDayParser.parse("24:00"), TimeOfDay(minutes: 1440))
        XCTAssertEqual(TimeOfDayParser.parse("9時30分"), TimeOfDay(minutes: 570))
        XCTAssertEqual(TimeOfDayParser.parse("9點半"), TimeOfDay(minutes: 570))
        XCTAssertEqual(TimeOfDayParser.parse("下午2點"), TimeOfDay(minutes: 840))
        XCTAssertEqual(TimeOfDayParser.parse("中午12:30"), TimeOfDay(minutes: 750))
    }

    func testTwelveHourClock() {
        XCTAssertEqual(TimeOfDayParser.parse("12:00 AM"), TimeOfDay(minutes: 0))
        XCTAssertEqual(TimeOfDayParser.parse("12:00 PM"), TimeOfDay(minutes: 720))
        XCTAssertEqual(TimeOfDayParser.parse("2:30 p.m."), TimeOfDay(minutes: 870))
        XCTAssertEqual(TimeOfDayParser.parse("上午9:00"), TimeOfDay(minutes: 540))
        XCTAssertNil(TimeOfDayParser.parse("0:30 AM"))
        XCTAssertNil(TimeOfDayParser.parse("14:00 PM"))
        XCTAssertNil(TimeOfDayParser.parse("2:30 pmx"))
    }

    func testMalformedTimes() {
        XCTAssertNil(TimeOfDayParser.parse(""))
        XCTAssertNil(TimeOfDayParser.parse("25:00"))
        XCTAssertNil(TimeOfDayParser.parse("24:30"))
        XCTAssertNil(TimeOfDayParser.parse("2400:00"))
        XCTAssertNil(TimeOfDayParser.parse("9"))
        XCTAssertNil(TimeOfDayParser.parse("9:5"))
        XCTAssertNil(TimeOfDayParser.parse("9:005"))
        XCTAssertNil(TimeOfDayParser.parse("09:00 AM PM"))
        XCTAssertNil(TimeOfDayParser.parse("-09:00"))
    }
}

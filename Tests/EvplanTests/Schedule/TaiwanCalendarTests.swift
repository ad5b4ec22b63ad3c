import EvplanModel
@testable import EvplanSchedule
import Foundation
import XCTest

/// The Taiwan office calendar against DGPA's published data (data/calendars/tw/, copied from the open-data
/// platform with its README) and, for later years, the rules those years follow.
final class TaiwanCalendarTests: XCTestCase {
    private func day(_ text: String) -> PlanDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return PlanDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    private let calendar = TaiwanCalendar.calendar()

    /// The lunar holidays kept as data are the ones the Chinese calendar gives, and the two-look-up search finds the
    /// day the day-by-day walk of the window finds (years beyond the data use the search).
    func testLunarHolidayTableAndSearchMatchTheChineseCalendar() {
        var chinese = Calendar(identifier: .chinese)
        chinese.timeZone = TimeZone(identifier: "Asia/Taipei")!
        func walk(year: Int, month: Int, day: Int) -> PlanDate? {
            let windows: [Int: (Int, Int, Int)] = [1: (1, 19, 36), 5: (5, 26, 33), 8: (9, 5, 36)]
            let (startMonth, startDay, length) = windows[month]!
            let first = PlanDate(year: year, month: startMonth, day: startDay)!
            for offset in 0..<length {
                let candidate = first.adding(days: offset)
                let instant = Date(timeIntervalSince1970: Double(candidate.dayNumber) * 86_400 + 4 * 3600)
                let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: instant)
                if parts.month == month, parts.day == day, parts.isLeapMonth != true { return candidate }
            }
            return nil
        }
        XCTAssertEqual(Set(TaiwanCalendar.lunarDays.keys), Set(2015...2040))
        for year in 2010...2060 {
            for (month, day) in [(1, 1), (5, 5), (8, 15)] {
                let walked = walk(year: year, month: month, day: day)
                XCTAssertNotNil(walked, "\(year) \(month)/\(day)")
                XCTAssertEqual(TaiwanCalendar.searchLunarDate(year: year, month: month, day: day), walked, "\(year) \(month)/\(day)")
                XCTAssertEqual(TaiwanCalendar.lunarDate(year: year, month: month, day: day), walked, "\(year) \(month)/\(day)")
            }
        }
    }

    func testSpringFestival2027IsFebruaryFourToTen() {
        for offset in 0..<7 {
            let date = day("2027-02-04").adding(days: offset)
            XCTAssertFalse(calendar.isWorkingDay(date), "\(date) is a day off")
            XCTAssertNotNil(calendar.holidayName(date), "\(date) is named")
        }
        XCTAssertTrue(calendar.isWorkingDay(day("2027-02-03")))
        XCTAssertTrue(calendar.isWorkingDay(day("2027-02-11")))
        XCTAssertEqual(calendar.holidayName(day("2027-02-05")), "農曆除夕")
        XCTAssertEqual(calendar.holidayName(day("2027-02-09")), "補假")
    }

    func testPeaceMemorialDayOnASundayMakesMondayOff() {
        XCTAssertEqual(calendar.holidayName(day("2027-02-28")), "和平紀念日")
        XCTAssertFalse(calendar.isWorkingDay(day("2027-03-01")))
        XCTAssertEqual(calendar.holidayName(day("2027-03-01")), "補假")
        XCTAssertEqual(calendar.workingDay(after: day("2027-02-26")), day("2027-03-02"))
    }

    func testTheMakeUpSaturdaysAreWorkingDays() {
        XCTAssertTrue(calendar.isWorkingDay(day("2025-02-08")))
        XCTAssertEqual(calendar.exception(on: day("2025-02-08"))?.name, "補行上班")
        XCTAssertTrue(calendar.isWorkingDay(day("2024-02-17")))
        XCTAssertFalse(calendar.isWorkingDay(day("2025-02-15")), "an ordinary Saturday")
    }

    func testTheHolidaysAddedIn2025() {
        XCTAssertEqual(calendar.holidayName(day("2025-12-25")), "行憲紀念日")
        XCTAssertFalse(calendar.isWorkingDay(day("2025-12-25")))
        XCTAssertFalse(calendar.isWorkingDay(day("2025-09-29")), "教師節 on a Sunday: Monday off")
        XCTAssertTrue(calendar.isWorkingDay(day("2025-05-01")), "civil servants worked on 勞動節 2025")
        XCTAssertFalse(calendar.isWorkingDay(day("2026-05-01")), "and are off from 2026")
    }

    /// 2026 and 2027 follow today's rules: computing them by rule must give exactly the published weekday days off.
    func testTheRulesReproduceThePublishedYears() {
        for year in [2026, 2027] {
            let published = Set(TaiwanCalendar.officialDays
                .filter { $0.0 / 10000 == year && !$0.1 }
                .compactMap { PlanDate(year: $0.0 / 10000, month: $0.0 / 100 % 100, day: $0.0 % 100) }
                .filter { !$0.isWeekend })
            var computed = Set(TaiwanCalendar.computedHolidays(year: year).map(\.date).filter { !$0.isWeekend && $0.year == year })
            // The next year's 1 January on a Saturday is observed on this year's 31 December.
            computed.formUnion(TaiwanCalendar.computedHolidays(year: year + 1).map(\.date).filter { !$0.isWeekend && $0.year == year })
            XCTAssertEqual(computed.sorted().map(\.description), published.sorted().map(\.description), "\(year)")
        }
    }

    func testLaterYearsAreComputedByRule() {
        XCTAssertFalse(TaiwanCalendar.isOfficial(year: 2028))
        // 2028: 春節 (初一) on Wednesday 26 January; 端午 on Wednesday 28 May; 中秋 on Tuesday 3 October.
        XCTAssertEqual(calendar.holidayName(day("2028-01-26")), "春節")
        XCTAssertEqual(calendar.holidayName(day("2028-01-25")), "農曆除夕")
        XCTAssertEqual(calendar.holidayName(day("2028-05-28")), "端午節")
        XCTAssertEqual(calendar.holidayName(day("2028-10-03")), "中秋節")
        XCTAssertEqual(calendar.holidayName(day("2028-12-25")), "行憲紀念日")
        XCTAssertTrue(calendar.isWorkingDay(day("2028-02-01")))
        XCTAssertNotNil(TaiwanCalendar.calendar(through: 2060).holidayName(day("2060-10-10")))
    }

    func testGeneratedDataMatchesTheCSVFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("data/calendars/tw")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        XCTAssertEqual(files.count, 4)
        var rows = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count >= 3, let number = Int(cells[0]) else { continue }
                let date = PlanDate(year: number / 10000, month: number / 100 % 100, day: number % 100)!
                XCTAssertEqual(calendar.isWorkingDay(date), cells[2] == "0", "\(date) in \(file)")
                rows += 1
            }
        }
        XCTAssertEqual(rows, 366 + 365 + 365 + 365)
    }
}

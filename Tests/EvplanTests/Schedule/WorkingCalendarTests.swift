import EvplanModel
import EvplanSchedule
import XCTest

final class WorkingCalendarTests: XCTestCase {
    private func day(_ text: String) -> PlanDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return PlanDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    /// 2027: 和平紀念日 falls on Sunday 28 Feb, so Monday 1 Mar is the day off in lieu;
    /// Saturday 20 Feb is worked (補行上班) — the shape of Taiwan's office calendars.
    private var taiwanLike: WorkingCalendar {
        WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: [
            .holiday(day("2027-03-01"), name: "和平紀念日補假"),
            .workingDay(day("2027-02-20"), name: "補行上班"),
        ])!
    }

    func testDefaultIsMondayToFridayWithNoExceptions() {
        let calendar = WorkingCalendar.mondayToFriday
        XCTAssertTrue(calendar.isWorkingDay(day("2027-03-01")), "Monday")
        XCTAssertTrue(calendar.isWorkingDay(day("2027-03-05")), "Friday")
        XCTAssertFalse(calendar.isWorkingDay(day("2027-03-06")), "Saturday")
        XCTAssertFalse(calendar.isWorkingDay(day("2027-03-07")), "Sunday")
        XCTAssertNil(calendar.holidayName(day("2027-03-06")), "an ordinary weekend has no holiday name")
        XCTAssertEqual(calendar.workingDays(from: day("2027-03-01"), through: day("2027-03-14")), 10)
        XCTAssertEqual(calendar.workingDays(from: day("2027-03-06"), through: day("2027-03-07")), 0)
        XCTAssertEqual(calendar.workingDays(from: day("2027-03-05"), through: day("2027-03-01")), 0, "end before start")
        XCTAssertEqual(calendar, WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5]))
    }

    func testAHolidayOverrideIsADayOffWithItsName() {
        let calendar = taiwanLike
        let monday = day("2027-03-01")
        XCTAssertFalse(calendar.isWorkingDay(monday))
        XCTAssertEqual(calendar.holidayName(monday), "和平紀念日補假")
        XCTAssertNil(calendar.holidayName(day("2027-03-02")), "an ordinary working day")
        // Monday 1 – Friday 5 March holds four working days, not five.
        XCTAssertEqual(calendar.workingDays(from: monday, through: day("2027-03-05")), 4)
        XCTAssertEqual(calendar.workingDays(from: monday, through: monday), 0)
        // The weekend before runs into the holiday: the next working day is Tuesday.
        XCTAssertEqual(calendar.workingDay(onOrAfter: day("2027-02-27")), day("2027-03-02"))
        XCTAssertEqual(calendar.workingDay(after: day("2027-02-26")), day("2027-03-02"))
        XCTAssertEqual(calendar.workingDay(before: day("2027-03-02")), day("2027-02-26"))
        XCTAssertEqual(calendar.workingDay(onOrBefore: monday), day("2027-02-26"))
        XCTAssertEqual(calendar.workingDay(onOrBefore: day("2027-03-02")), day("2027-03-02"))
        // Three working days from Friday 26 Feb: Fri 26, Tue 2, Wed 3.
        XCTAssertEqual(calendar.lastDay(startingOn: day("2027-02-26"), lasting: 3), day("2027-03-03"))
        XCTAssertEqual(calendar.firstDay(endingOn: day("2027-03-03"), lasting: 3), day("2027-02-26"))
        XCTAssertNotEqual(WorkingCalendar.mondayToFriday.lastDay(startingOn: day("2027-02-26"), lasting: 3), day("2027-03-03"),
                          "without the holiday the same work ends a day sooner")
    }

    func testAWorkedSaturdayCountsAsAWorkingDay() {
        let calendar = taiwanLike
        let saturday = day("2027-02-20")
        XCTAssertTrue(calendar.isWorkingDay(saturday))
        XCTAssertNil(calendar.holidayName(saturday))
        XCTAssertEqual(calendar.exception(on: saturday)?.name, "補行上班")
        XCTAssertFalse(calendar.isWorkingDay(day("2027-02-21")), "the Sunday after stays a day off")
        // Monday 15 – Sunday 21 February: five weekdays and the Saturday.
        XCTAssertEqual(calendar.workingDays(from: day("2027-02-15"), through: day("2027-02-21")), 6)
        XCTAssertEqual(calendar.workingDay(after: day("2027-02-19")), saturday)
        XCTAssertEqual(calendar.workingDay(onOrAfter: saturday), saturday)
        XCTAssertEqual(calendar.workingDay(onOrAfter: day("2027-02-21")), day("2027-02-22"))
        XCTAssertEqual(calendar.workingDay(before: day("2027-02-22")), saturday)
        XCTAssertEqual(calendar.lastDay(startingOn: day("2027-02-19"), lasting: 2), saturday)
        XCTAssertEqual(WorkingCalendar.mondayToFriday.lastDay(startingOn: day("2027-02-19"), lasting: 2), day("2027-02-22"))
    }

    func testACalendarWithoutWorkingWeekdaysIsRefused() {
        XCTAssertNil(WorkingCalendar(workingWeekdays: []))
        XCTAssertNil(WorkingCalendar(workingWeekdays: [7, -1]), "only 0 (Sunday) … 6 (Saturday) are weekdays")
        XCTAssertNotNil(WorkingCalendar(workingWeekdays: [6]))
    }

    func testALaterExceptionForTheSameDateWins() {
        let calendar = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: [
            .holiday(day("2027-03-03"), name: "颱風假"), .workingDay(day("2027-03-03")),
        ])!
        XCTAssertTrue(calendar.isWorkingDay(day("2027-03-03")))
        XCTAssertEqual(calendar.exceptions.count, 1)
        XCTAssertEqual(calendar.workingDays(from: day("2027-03-01"), through: day("2027-03-05")), 5)
    }

    /// The arithmetic agrees with walking day by day, for odd weekly patterns, exceptions on both sides of
    /// 1970-01-01 (day number 0), and every start and length in the range.
    func testCountingAndSteppingAgreeWithWalkingDayByDay() {
        let exceptions: [WorkingCalendar.Exception] = [
            .holiday(day("1969-12-31"), name: "A"), .workingDay(day("1970-01-03")), .holiday(day("1970-01-05"), name: "B"),
            .holiday(day("1970-01-06"), name: "C"), .workingDay(day("1970-01-11")), .holiday(day("1970-01-20"), name: "D"),
        ]
        for weekdays: Set<Int> in [[1, 2, 3, 4, 5], [0, 6], [3], [0, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]] {
            let calendar = WorkingCalendar(workingWeekdays: weekdays, exceptions: exceptions)!
            let first = day("1969-12-20"), last = day("1970-01-31")
            var walkedCount = 0
            var working: [PlanDate] = []
            var date = first
            while date <= last {
                if calendar.isWorkingDay(date) { working.append(date) }
                date = date.adding(days: 1)
            }
            for start in stride(from: first.dayNumber, through: last.dayNumber, by: 1).map(PlanDate.init(dayNumber:)) {
                walkedCount = 0
                var end = start
                while end <= last {
                    if calendar.isWorkingDay(end) { walkedCount += 1 }
                    XCTAssertEqual(calendar.workingDays(from: start, through: end), walkedCount, "\(weekdays) \(start)…\(end)")
                    end = end.adding(days: 1)
                }
                let ahead = working.filter { $0 >= start }
                for (offset, expected) in ahead.enumerated() {
                    XCTAssertEqual(calendar.nthWorkingDay(offset + 1, onOrAfter: start), expected, "\(weekdays) \(offset + 1) from \(start)")
                }
                let behind = working.filter { $0 <= start }.reversed()
                for (offset, expected) in behind.enumerated() {
                    XCTAssertEqual(calendar.nthWorkingDay(offset + 1, onOrBefore: start), expected, "\(weekdays) \(offset + 1) back from \(start)")
                }
            }
        }
    }
}

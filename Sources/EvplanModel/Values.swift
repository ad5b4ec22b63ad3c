import Foundation

/// A calendar day, stored as days since 1970-01-01 so that comparisons and arithmetic are cheap.
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Nil for an impossible date such as 2027-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= PlanDate.daysIn(month: month, year: year) else { return nil }
        dayNumber = PlanDate.daysFromCivil(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) { PlanDate.civil(fromDays: dayNumber) }
    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }
    public var isWeekend: Bool { weekday == 0 || weekday == 6 }

    public func adding(days: Int) -> PlanDate { PlanDate(dayNumber: dayNumber + days) }

    /// ISO form, `2027-03-12`.
    public var description: String {
        let c = components
        return Padding.digits(c.year, 4) + "-" + Padding.digits(c.month, 2) + "-" + Padding.digits(c.day, 2)
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// An inclusive range of days, such as an event's `dates: 2027-03-12 ~ 2027-03-13`.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public var start: PlanDate
    public var end: PlanDate

    public init(start: PlanDate, end: PlanDate) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: PlanDate) -> Bool { start <= date && date <= end }
    public var dayCount: Int { end.dayNumber - start.dayNumber + 1 }
    public var description: String { start == end ? "\(start)" : "\(start) ~ \(end)" }
}

/// A time of day in minutes after midnight; 24:00 is 1440.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    public var description: String {
        guard minutes >= 0 else { return String(minutes) }
        return Padding.digits(minutes / 60, 2) + ":" + Padding.digits(minutes % 60, 2)
    }
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// `09:00-10:30`. The end may be at or before the start; a rule reports that, the parser keeps it.
public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    public var durationMinutes: Int { end.minutes - start.minutes }
    public var description: String { "\(start)–\(end)" }

    /// Half-open overlap: sessions that only touch (10:00-11:00 and 11:00-12:00) do not overlap.
    public func overlaps(_ other: TimeRange) -> Bool {
        start.minutes < other.end.minutes && other.start.minutes < end.minutes
    }
}

/// Zero-padded numbers without `String(format:)`, which is slow on Linux and shows up when thousands of
/// diagnostics and table cells each print a date or a time.
enum Padding {
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

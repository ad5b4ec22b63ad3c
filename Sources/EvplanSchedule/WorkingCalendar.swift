import EvplanModel

/// Which days are working days: a weekly pattern plus dates that differ from it — a public holiday on a weekday,
/// or a weekend day made a working day (補行上班). Everything is data, so an official office calendar can be
/// loaded into one; the default is Monday to Friday with no exceptions.
///
/// Counting and stepping are arithmetic over the weekly pattern, corrected by the exceptions in range (found by
/// binary search over them, with running totals), so a span of centuries costs no more than a span of a week.
public struct WorkingCalendar: Sendable, Hashable {
    /// A date that does not follow the weekly pattern.
    public struct Exception: Sendable, Hashable {
        public var date: PlanDate
        public var isWorkingDay: Bool
        /// The holiday's name (「和平紀念日」), or why a rest day is worked (「補行上班」); may be empty.
        public var name: String

        public init(date: PlanDate, isWorkingDay: Bool, name: String = "") {
            self.date = date
            self.isWorkingDay = isWorkingDay
            self.name = name
        }

        /// A day off that the weekly pattern would make a working day.
        public static func holiday(_ date: PlanDate, name: String) -> Exception {
            Exception(date: date, isWorkingDay: false, name: name)
        }

        /// A working day that the weekly pattern would make a day off, such as a 補行上班 Saturday.
        public static func workingDay(_ date: PlanDate, name: String = "") -> Exception {
            Exception(date: date, isWorkingDay: true, name: name)
        }
    }

    /// Monday to Friday, no exceptions: what evplan has always assumed.
    public static let mondayToFriday = WorkingCalendar(pattern: [false, true, true, true, true, true, false], exceptions: [])!

    /// Indexed by weekday, 0 = Sunday … 6 = Saturday.
    public let weeklyPattern: [Bool]
    /// In date order, one per date (a later entry for the same date wins).
    public let exceptions: [Exception]

    private let workingDaysPerWeek: Int
    /// `patternBefore[r]`: working days of the pattern among day numbers 0 ..< r (r in 0...7).
    private let patternBefore: [Int]
    private let exceptionIndex: [Int: Int]
    /// `correctionBefore[i]`: how much exceptions 0 ..< i change the pattern's count.
    private let correctionBefore: [Int]

    /// Nil when no weekday is a working day: then a task could never end, whatever the exceptions.
    /// `workingWeekdays` holds weekday numbers, 0 = Sunday … 6 = Saturday.
    public init?(workingWeekdays: Set<Int>, exceptions: [Exception] = []) {
        self.init(pattern: (0..<7).map { workingWeekdays.contains($0) }, exceptions: exceptions)
    }

    private init?(pattern: [Bool], exceptions: [Exception]) {
        guard pattern.count == 7, pattern.contains(true) else { return nil }
        weeklyPattern = pattern
        workingDaysPerWeek = pattern.filter { $0 }.count
        // Day number 0 (1970-01-01) is a Thursday, weekday 4.
        var before = [0]
        for offset in 0..<7 { before.append(before[offset] + (pattern[(offset + 4) % 7] ? 1 : 0)) }
        patternBefore = before

        var latest: [Int: Exception] = [:]
        for exception in exceptions { latest[exception.date.dayNumber] = exception }
        let sorted = latest.values.sorted { $0.date < $1.date }
        self.exceptions = sorted
        var index: [Int: Int] = [:]
        var corrections = [0]
        corrections.reserveCapacity(sorted.count + 1)
        for (position, exception) in sorted.enumerated() {
            index[exception.date.dayNumber] = position
            let usual = pattern[exception.date.weekday]
            corrections.append(corrections[position] + (exception.isWorkingDay ? 1 : 0) - (usual ? 1 : 0))
        }
        exceptionIndex = index
        correctionBefore = corrections
    }

    public static func == (lhs: WorkingCalendar, rhs: WorkingCalendar) -> Bool {
        lhs.weeklyPattern == rhs.weeklyPattern && lhs.exceptions == rhs.exceptions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(weeklyPattern)
        hasher.combine(exceptions)
    }

    // MARK: - Single days

    public func isWorkingDay(_ date: PlanDate) -> Bool {
        if let position = exceptionIndex[date.dayNumber] { return exceptions[position].isWorkingDay }
        return weeklyPattern[date.weekday]
    }

    /// The name of the holiday on `date`, if an exception makes it a day off ("" when it has no name);
    /// nil for a working day and for a day off of the weekly pattern (an ordinary weekend).
    public func holidayName(_ date: PlanDate) -> String? {
        guard let position = exceptionIndex[date.dayNumber], !exceptions[position].isWorkingDay else { return nil }
        return exceptions[position].name
    }

    /// The exception on `date`, if any.
    public func exception(on date: PlanDate) -> Exception? {
        exceptionIndex[date.dayNumber].map { exceptions[$0] }
    }

    // MARK: - Counting

    /// Working days from `start` to `end`, both counted; 0 when `end` is before `start`.
    public func workingDays(from start: PlanDate, through end: PlanDate) -> Int {
        guard start <= end else { return 0 }
        return workingDaysBefore(end.dayNumber + 1) - workingDaysBefore(start.dayNumber)
    }

    // MARK: - Stepping

    /// The day itself if it is a working day, else the next one.
    public func workingDay(onOrAfter date: PlanDate) -> PlanDate {
        isWorkingDay(date) ? date : nthWorkingDay(1, onOrAfter: date)
    }

    /// The next working day strictly after `date`.
    public func workingDay(after date: PlanDate) -> PlanDate { nthWorkingDay(1, onOrAfter: date.adding(days: 1)) }

    /// The day itself if it is a working day, else the one before.
    public func workingDay(onOrBefore date: PlanDate) -> PlanDate {
        isWorkingDay(date) ? date : nthWorkingDay(1, onOrBefore: date)
    }

    /// The last working day strictly before `date`.
    public func workingDay(before date: PlanDate) -> PlanDate { nthWorkingDay(1, onOrBefore: date.adding(days: -1)) }

    /// The last day of work that starts on `start` (or the first working day after it) and lasts `days` working
    /// days; `days` below 1 count as 1.
    public func lastDay(startingOn start: PlanDate, lasting days: Int) -> PlanDate {
        nthWorkingDay(max(days, 1), onOrAfter: start)
    }

    /// The first day of work that ends on `end` (or the last working day before it) and lasts `days` working
    /// days; `days` below 1 count as 1. The mirror of `lastDay`, for scheduling backwards.
    public func firstDay(endingOn end: PlanDate, lasting days: Int) -> PlanDate {
        nthWorkingDay(max(days, 1), onOrBefore: end)
    }

    /// The `n`-th working day (n ≥ 1) counting forwards from `date` included.
    public func nthWorkingDay(_ n: Int, onOrAfter date: PlanDate) -> PlanDate {
        let base = workingDaysBefore(date.dayNumber)
        // The smallest day d ≥ date with n working days in date ... d: exponential then binary search.
        var low = date.dayNumber
        var step = (n / workingDaysPerWeek + 1) * 7
        var high = low + step
        while workingDaysBefore(high + 1) - base < n {
            low = high + 1
            step *= 2
            high = low + step
        }
        while low < high {
            let middle = low + (high - low) / 2
            if workingDaysBefore(middle + 1) - base >= n { high = middle } else { low = middle + 1 }
        }
        return PlanDate(dayNumber: low)
    }

    /// The `n`-th working day (n ≥ 1) counting backwards from `date` included.
    public func nthWorkingDay(_ n: Int, onOrBefore date: PlanDate) -> PlanDate {
        let top = workingDaysBefore(date.dayNumber + 1)
        // The largest day d ≤ date with n working days in d ... date.
        var high = date.dayNumber
        var step = (n / workingDaysPerWeek + 1) * 7
        var low = high - step
        while top - workingDaysBefore(low) < n {
            high = low - 1
            step *= 2
            low = high - step
        }
        while low < high {
            let middle = high - (high - low) / 2
            if top - workingDaysBefore(middle) >= n { low = middle } else { high = middle - 1 }
        }
        return PlanDate(dayNumber: low)
    }

    // MARK: - Running count

    /// Working days among day numbers before `dayNumber`, counted from day 0 (negative before it). Only
    /// differences are meaningful; each day adds 1 when it is a working day, so it never decreases.
    private func workingDaysBefore(_ dayNumber: Int) -> Int {
        let weeks = dayNumber >= 0 ? dayNumber / 7 : -((-dayNumber + 6) / 7)
        let pattern = weeks * workingDaysPerWeek + patternBefore[dayNumber - weeks * 7]
        return pattern + correctionBefore[exceptionsBefore(dayNumber)]
    }

    /// How many exceptions fall before `dayNumber`.
    private func exceptionsBefore(_ dayNumber: Int) -> Int {
        var low = 0, high = exceptions.count
        while low < high {
            let middle = (low + high) / 2
            if exceptions[middle].date.dayNumber < dayNumber { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

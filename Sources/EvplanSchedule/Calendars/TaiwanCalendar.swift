import EvplanModel
import Foundation

/// Taiwan's government office calendar (中華民國政府行政機關辦公日曆表): Monday to Friday, with the national holidays,
/// their 補假 (observed days off) and 補行上班 (make-up working Saturdays).
///
/// The years DGPA has published (`officialYears`, generated from `data/calendars/tw/` by
/// `scripts/generate-tw-calendar.py`) are taken as published. Other years are computed by the rules those years
/// follow — the fixed-date holidays, 春節 (小年夜, 除夕, 初一–初三), 端午 and 中秋 from Foundation's Chinese calendar,
/// 清明 from the solar term — with the observed-day shifting the published years show: a holiday on a Saturday is
/// observed the Friday before, one on a Sunday the Monday after, and 春節 days on a weekend add days off after the
/// holiday. Make-up working Saturdays cannot be foreseen, so computed years have none; pages and `check` say such a
/// year is unofficial (`schedule.unofficial-calendar`).
public enum TaiwanCalendar {
    /// Computed years reach at least this far; later plans extend it.
    public static let computedThrough = 2040
    static let computedFrom = 2015

    /// The office calendar from 2015 to 2040, or to `year` when that is later.
    public static func calendar(through year: Int = computedThrough) -> WorkingCalendar {
        if year <= computedThrough { return standard }
        return build(through: year)
    }

    private static let standard = build(through: computedThrough)

    /// Whether `year` comes from the published data rather than from the rules.
    public static func isOfficial(year: Int) -> Bool { officialYears.contains(year) }

    static func build(through last: Int) -> WorkingCalendar {
        var exceptions: [WorkingCalendar.Exception] = []
        for (number, working, name) in officialDays {
            guard let date = PlanDate(year: number / 10000, month: number / 100 % 100, day: number % 100) else { continue }
            exceptions.append(WorkingCalendar.Exception(date: date, isWorkingDay: working, name: name))
        }
        for year in computedFrom...max(last, computedFrom) where !officialYears.contains(year) {
            exceptions += computedHolidays(year: year).filter { !officialYears.contains($0.date.year) }
        }
        return WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: exceptions)!
    }

    // MARK: - Rules for years without published data

    /// The days off of `year` by rule, observed days included (some may fall in the year before).
    public static func computedHolidays(year: Int) -> [WorkingCalendar.Exception] {
        func date(_ month: Int, _ day: Int) -> PlanDate { PlanDate(year: year, month: month, day: day)! }
        var named: [(PlanDate, String)] = []
        // Holidays added for every worker from 2025 (紀念日及節日實施條例 as amended 2025); 勞動節 for civil servants from 2026.
        named.append((date(1, 1), "開國紀念日"))
        named.append((date(2, 28), "和平紀念日"))
        if year >= 2026 { named.append((date(5, 1), "勞動節")) }
        if year >= 2025 { named.append((date(9, 28), "孔子誕辰紀念日/教師節")) }
        named.append((date(10, 10), "國慶日"))
        if year >= 2025 { named.append((date(10, 25), "臺灣光復暨金門古寧頭大捷紀念日")) }
        if year >= 2025 { named.append((date(12, 25), "行憲紀念日")) }
        if let dragonBoat = lunarDate(year: year, month: 5, day: 5) { named.append((dragonBoat, "端午節")) }
        if let midAutumn = lunarDate(year: year, month: 8, day: 15) { named.append((midAutumn, "中秋節")) }

        var off: [Int: String] = [:]
        for (day, name) in named { off[day.dayNumber] = name }
        // 兒童節 and 清明節: together, the day before is off (the day after when they fall on a Thursday).
        let children = date(4, 4), tombSweeping = date(4, qingmingDay(year: year))
        var observed: [(PlanDate, String)] = named
        if children == tombSweeping {
            off[children.dayNumber] = "兒童節及民族掃墓節"
            let extra: PlanDate
            switch children.weekday {
            case 4, 0, 1: extra = children.adding(days: 1) // Thursday: Friday; on Sunday or Monday the day before is a weekend day
            default: extra = children.adding(days: -1)
            }
            off[extra.dayNumber] = "補假"
        } else {
            off[children.dayNumber] = "兒童節"
            off[tombSweeping.dayNumber] = "清明節"
            observed += [(children, "兒童節"), (tombSweeping, "清明節")]
        }
        // 春節: 小年夜, 除夕 and 初一 to 初三; each on a weekend adds a day off after them.
        if let newYear = lunarDate(year: year, month: 1, day: 1) {
            let days = (-2...2).map { newYear.adding(days: $0) }
            let names = ["小年夜", "農曆除夕", "春節", "春節", "春節"]
            for (day, name) in zip(days, names) { off[day.dayNumber] = name }
            var owed = days.filter(\.isWeekend).count
            var next = days.last!.adding(days: 1)
            while owed > 0 {
                if !next.isWeekend, off[next.dayNumber] == nil { off[next.dayNumber] = "補假"; owed -= 1 }
                next = next.adding(days: 1)
            }
        }
        // Other holidays on a Saturday are observed the Friday before, on a Sunday the Monday after.
        for (day, _) in observed where day.isWeekend {
            var shifted = day.adding(days: day.weekday == 6 ? -1 : 1)
            while shifted.isWeekend || off[shifted.dayNumber] != nil { shifted = shifted.adding(days: day.weekday == 6 ? -1 : 1) }
            off[shifted.dayNumber] = "補假"
        }
        return off.map { WorkingCalendar.Exception.holiday(PlanDate(dayNumber: $0.key), name: $0.value) }
    }

    /// 清明 (the solar term at 15° of longitude), April 4 or 5 in this century: the usual approximation
    /// ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ with Y the year's last two digits, exact for 2001–2099.
    static func qingmingDay(year: Int) -> Int {
        let y = Double(year % 100)
        return Int((y * 0.2422 + 4.81).rounded(.down)) - Int((y / 4).rounded(.down))
    }

    private static let chinese: Calendar = {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = TimeZone(identifier: "Asia/Taipei") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar
    }()

    /// 初一 of the first month, 端午 (5/5) and 中秋 (8/15) of 2015–2040 as yyyymmdd: what `searchLunarDate` finds, kept
    /// as data so a check does not start ICU's Chinese calendar (a test keeps the two equal).
    static let lunarDays: [Int: (newYear: Int, dragonBoat: Int, midAutumn: Int)] = [
        2015: (20150219, 20150620, 20150927),
        2016: (20160208, 20160609, 20160915),
        2017: (20170128, 20170530, 20171004),
        2018: (20180216, 20180618, 20180924),
        2019: (20190205, 20190607, 20190913),
        2020: (20200125, 20200625, 20201001),
        2021: (20210212, 20210614, 20210921),
        2022: (20220201, 20220603, 20220910),
        2023: (20230122, 20230622, 20230929),
        2024: (20240210, 20240610, 20240917),
        2025: (20250129, 20250531, 20251006),
        2026: (20260217, 20260619, 20260925),
        2027: (20270206, 20270609, 20270915),
        2028: (20280126, 20280528, 20281003),
        2029: (20290213, 20290616, 20290922),
        2030: (20300203, 20300605, 20300912),
        2031: (20310123, 20310624, 20311001),
        2032: (20320211, 20320612, 20320919),
        2033: (20330131, 20330601, 20330908),
        2034: (20340219, 20340620, 20340927),
        2035: (20350208, 20350610, 20350916),
        2036: (20360128, 20360530, 20361004),
        2037: (20370215, 20370618, 20370924),
        2038: (20380204, 20380607, 20380913),
        2039: (20390124, 20390527, 20391002),
        2040: (20400212, 20400614, 20400920)
    ]

    /// The Gregorian date in `year` of lunar `month`/`day` (1/1, 5/5 or 8/15, not a leap month).
    static func lunarDate(year: Int, month: Int, day: Int) -> PlanDate? {
        if let days = lunarDays[year] {
            let number: Int? = switch (month, day) {
            case (1, 1): days.newYear
            case (5, 5): days.dragonBoat
            case (8, 15): days.midAutumn
            default: nil
            }
            if let number { return PlanDate(year: number / 10000, month: number / 100 % 100, day: number % 100) }
        }
        return searchLunarDate(year: year, month: month, day: day)
    }

    /// The Gregorian date in `year` of lunar `month`/`day` (not a leap month), searched in the weeks it can fall in.
    /// The lunar date of the window's first day says where the day must be (a lunar month has 29 or 30 days), so
    /// one or two more look-ups find it; the day-by-day walk is kept for anything that guess misses.
    static func searchLunarDate(year: Int, month: Int, day: Int) -> PlanDate? {
        let windows: [Int: (Int, Int, Int)] = [1: (1, 19, 36), 5: (5, 26, 33), 8: (9, 5, 36)]
        guard let (startMonth, startDay, length) = windows[month],
              let first = PlanDate(year: year, month: startMonth, day: startDay) else { return nil }
        func isTarget(_ offset: Int) -> Bool {
            guard offset >= 0, offset < length else { return false }
            let parts = lunarParts(first.adding(days: offset))
            return parts.month == month && parts.day == day && parts.isLeapMonth != true
        }
        let start = lunarParts(first)
        if let startMonth = start.month, let startDay = start.day {
            let guesses = startMonth == month && start.isLeapMonth != true
                ? [day - startDay] : [30 - startDay + day, 29 - startDay + day]
            // A lunar date comes once a lunar year (354 days or more apart): a match in the window is the only one.
            if let hit = guesses.first(where: isTarget) { return first.adding(days: hit) }
        }
        for offset in 0..<length where isTarget(offset) { return first.adding(days: offset) }
        return nil
    }

    /// The Chinese calendar's month, day and leap flag at noon in Taipei of `date`.
    private static func lunarParts(_ date: PlanDate) -> DateComponents {
        let instant = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + 4 * 3600)
        return chinese.dateComponents([.month, .day, .isLeapMonth], from: instant)
    }
}

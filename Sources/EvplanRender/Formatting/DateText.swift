import EvplanModel

/// Dates as planners read them: `2027-03-12 (週五)` in Chinese, `Fri 12 Mar 2027` in English.
struct DateText {
    let language: Language

    private static let zhWeekdays = ["週日", "週一", "週二", "週三", "週四", "週五", "週六"]
    private static let enWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let enMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func weekday(_ date: PlanDate) -> String {
        language == .zhTW ? DateText.zhWeekdays[date.weekday] : DateText.enWeekdays[date.weekday]
    }

    /// `2027-03-12 (週五)` / `Fri 12 Mar 2027`.
    func day(_ date: PlanDate) -> String {
        switch language {
        case .zhTW: "\(date) (\(weekday(date)))"
        case .en: "\(weekday(date)) \(date.day) \(DateText.enMonths[date.month - 1]) \(date.year)"
        }
    }

    /// `2027-03-12 (週五) ~ 2027-03-13 (週六)` / `Fri 12 – Sat 13 Mar 2027`.
    func range(_ range: DateRange) -> String {
        guard range.start != range.end else { return day(range.start) }
        switch language {
        case .zhTW:
            guard range.start.year == range.end.year else { return "\(day(range.start)) ~ \(day(range.end))" }
            let end = range.end
            return "\(day(range.start)) ~ " + String(format: "%02d-%02d", end.month, end.day) + " (\(weekday(end)))"
        case .en:
            let start = range.start, end = range.end
            if start.year == end.year, start.month == end.month {
                return "\(weekday(start)) \(start.day) – \(day(end))"
            }
            if start.year == end.year {
                return "\(weekday(start)) \(start.day) \(DateText.enMonths[start.month - 1]) – \(day(end))"
            }
            return "\(day(start)) – \(day(end))"
        }
    }

    /// `3/12 (五)`-style short form for tables and axes: `2027-03-12` stays ISO in tables, this is for tight spots.
    func short(_ date: PlanDate) -> String {
        switch language {
        case .zhTW: "\(date.month)/\(date.day)"
        case .en: "\(date.day) \(DateText.enMonths[date.month - 1])"
        }
    }

    /// `2027 年 3 月` / `Mar 2027`, for the Gantt chart's month axis.
    func month(year: Int, month: Int) -> String {
        switch language {
        case .zhTW: "\(year) 年 \(month) 月"
        case .en: "\(DateText.enMonths[month - 1]) \(year)"
        }
    }

    /// Table cells: ISO date plus weekday, compact.
    func compact(_ date: PlanDate) -> String {
        switch language {
        case .zhTW: "\(date) (\(String(weekday(date).dropFirst())))"
        case .en: "\(date) \(weekday(date))"
        }
    }
}

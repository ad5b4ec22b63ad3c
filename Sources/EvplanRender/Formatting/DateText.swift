import EvplanModel

/// Dates as the plan's readers expect them (`date_style:` in event.md):
/// - `iso` (the default in Chinese): `2027-03-12 (週五)`;
/// - `roc` (民國紀年, as government offices write): `116年3月12日（五）`;
/// - `western` (the default in English): `2027年3月12日（五）` / `Fri 12 Mar 2027`.
struct DateText {
    let language: Language
    let style: DateStyle

    init(language: Language, style: DateStyle? = nil) {
        self.language = language
        self.style = style ?? (language == .zhTW ? .iso : .western)
    }

    private static let zhWeekdays = ["週日", "週一", "週二", "週三", "週四", "週五", "週六"]
    private static let zhDays = ["日", "一", "二", "三", "四", "五", "六"]
    private static let enWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let enMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func weekday(_ date: PlanDate) -> String {
        language == .zhTW ? DateText.zhWeekdays[date.weekday] : DateText.enWeekdays[date.weekday]
    }

    /// The year as the style writes it: `116` in ROC years (`民國前` years are not written: they are not planned).
    private func year(_ date: PlanDate) -> String {
        style == .roc ? "\(date.year - 1911)" : "\(date.year)"
    }

    /// `116年3月12日` / `2027年3月12日`, without the weekday.
    private func chineseDate(_ date: PlanDate, withYear: Bool = true) -> String {
        (withYear ? "\(year(date))年" : "") + "\(date.month)月\(date.day)日"
    }

    /// `2027-03-12 (週五)`, `116年3月12日（五）`, `2027年3月12日（五）` / `Fri 12 Mar 2027`, `2027-03-12 (Fri)`.
    func day(_ date: PlanDate) -> String {
        switch (language, style) {
        case (.zhTW, .iso): "\(date) (\(weekday(date)))"
        case (.zhTW, _): chineseDate(date) + "（\(DateText.zhDays[date.weekday])）"
        case (.en, .iso): "\(date) (\(weekday(date)))"
        case (.en, .roc): "\(weekday(date)) \(date.day) \(DateText.enMonths[date.month - 1]) ROC \(year(date))"
        case (.en, .western): "\(weekday(date)) \(date.day) \(DateText.enMonths[date.month - 1]) \(date.year)"
        }
    }

    /// A date without its weekday, for a document's issue date and the press release: `2027-02-23`, `116年2月23日`,
    /// `2027年2月23日` / `23 Feb 2027`.
    func plain(_ date: PlanDate) -> String {
        switch (language, style) {
        case (_, .iso): date.description
        case (.zhTW, _): chineseDate(date)
        case (.en, .roc): "\(date.day) \(DateText.enMonths[date.month - 1]) ROC \(year(date))"
        case (.en, .western): "\(date.day) \(DateText.enMonths[date.month - 1]) \(date.year)"
        }
    }

    /// `2027-03-12 (週五) ~ 03-13 (週六)`, `116年3月12日（五）至13日（六）` / `Fri 12 – Sat 13 Mar 2027`.
    func range(_ range: DateRange) -> String {
        guard range.start != range.end else { return day(range.start) }
        let start = range.start, end = range.end
        switch (language, style) {
        case (.zhTW, .iso), (.en, .iso):
            guard start.year == end.year else { return "\(day(start)) ~ \(day(end))" }
            let weekday = language == .zhTW ? weekday(end) : weekday(end)
            return "\(day(start)) ~ " + Padding.two(end.month) + "-" + Padding.two(end.day) + " (\(weekday))"
        case (.zhTW, _):
            let endText: String
            if start.year != end.year { endText = chineseDate(end) }
            else if start.month != end.month { endText = chineseDate(end, withYear: false) }
            else { endText = "\(end.day)日" }
            return day(start) + "至" + endText + "（\(DateText.zhDays[end.weekday])）"
        case (.en, _):
            if start.year == end.year, start.month == end.month {
                return "\(weekday(start)) \(start.day) – \(day(end))"
            }
            if start.year == end.year {
                return "\(weekday(start)) \(start.day) \(DateText.enMonths[start.month - 1]) – \(day(end))"
            }
            return "\(day(start)) – \(day(end))"
        }
    }

    /// `3/12`-style short form for tight spots (chart captions); the same in every style.
    func short(_ date: PlanDate) -> String {
        switch language {
        case .zhTW: "\(date.month)/\(date.day)"
        case .en: "\(date.day) \(DateText.enMonths[date.month - 1])"
        }
    }

    /// `2027 年 3 月`, `116 年 3 月` / `Mar 2027`, for the Gantt chart's month axis.
    func month(year: Int, month: Int) -> String {
        switch language {
        case .zhTW: "\(style == .roc ? year - 1911 : year) 年 \(month) 月"
        case .en: "\(DateText.enMonths[month - 1]) \(style == .roc ? "ROC \(year - 1911)" : "\(year)")"
        }
    }

    /// Table cells, compact: `2027-03-12 (五)`, `116/03/12 (五)`, `2027/03/12 (五)` / `2027-03-12 Fri`.
    func compact(_ date: PlanDate) -> String {
        switch (language, style) {
        case (.zhTW, .iso): "\(date) (\(DateText.zhDays[date.weekday]))"
        case (.zhTW, _): "\(year(date))/" + Padding.two(date.month) + "/" + Padding.two(date.day) + " (\(DateText.zhDays[date.weekday]))"
        case (.en, .roc): "ROC \(year(date))-" + Padding.two(date.month) + "-" + Padding.two(date.day) + " \(weekday(date))"
        case (.en, _): "\(date) \(weekday(date))"
        }
    }
}

private enum Padding {
    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

import EvplanModel
import Foundation

/// `30 日曆天`, `30 calendar days`, `3個月`, `3 months`: durations that run on calendar days.
public enum CalendarSpanParser {
    static let dayUnits = ["個日曆天", "日曆天", "日曆日", "calendar days", "calendar day", "calendar-days", "cd"]
    static let monthUnits = ["個月", "个月", "月", "months", "month", "mos", "mo"]

    public static func parse(_ text: String) -> CalendarSpan? {
        var scanner = ScalarScanner(text)
        guard let number = scanner.readNumber(allowFraction: false, maxSignificantDigits: 5), let count = number.intValue, count >= 0 else {
            return nil
        }
        scanner.skipSpaces()
        let span: CalendarSpan
        if scanner.consumeFirst(of: dayUnits, caseInsensitive: true) != nil {
            span = .days(count)
        } else if scanner.consumeFirst(of: monthUnits, caseInsensitive: true) != nil {
            span = .months(count)
        } else {
            return nil
        }
        scanner.skipSpaces()
        return scanner.isAtEnd ? span : nil
    }
}

/// 截止: a date, or `活動前 N 天` / `N days before event` (calendar days before the event's first day).
public enum DeadlineParser {
    public static func parse(_ text: String) -> TaskDeadline? {
        if let date = DateParser.parse(text) { return .date(date) }
        let compact = text.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: "")
        for prefix in ["活動前", "活動開始前", "開幕前", "活動日前"] where compact.hasPrefix(prefix) {
            var rest = String(compact.dropFirst(prefix.count))
            for suffix in ["個日曆天", "日曆天", "天", "日"] where rest.hasSuffix(suffix) {
                rest = String(rest.dropLast(suffix.count))
                break
            }
            if let days = Int(rest), days >= 0 { return .daysBeforeEvent(days) }
            return nil
        }
        for suffix in ["daysbeforetheevent", "daysbeforeevent", "daybeforetheevent", "daybeforeevent", "dbeforeevent"] where compact.hasSuffix(suffix) {
            if let days = Int(compact.dropLast(suffix.count)), days >= 0 { return .daysBeforeEvent(days) }
            return nil
        }
        return nil
    }
}

/// 完成度: `60%`, `60`, `完成` / `done` (100), `未開始` / `not started` (0).
public enum ProgressParser {
    public static func parse(_ text: String) -> Int? {
        let compact = text.trimmedOfWhitespace.lowercased()
        if ["完成", "已完成", "done", "complete", "completed", "✓", "✔"].contains(compact) { return 100 }
        if ["未開始", "尚未開始", "not started", "todo"].contains(compact) { return 0 }
        var number = compact
        if number.hasSuffix("%") || number.hasSuffix("％") { number = String(number.dropLast()).trimmedOfWhitespace }
        guard let value = Double(number), (0...100).contains(value) else { return nil }
        return Int(value.rounded())
    }
}

/// `倒排`, `ALAP`, `as late as possible` in a start cell.
public enum LateStartWords {
    public static let words = ["倒排", "alap", "as late as possible", "越晚越好", "盡量晚"]

    public static func matches(_ text: String) -> Bool {
        words.contains(text.trimmedOfWhitespace.lowercased())
    }
}

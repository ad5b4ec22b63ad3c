import EvplanModel
import Foundation

/// Values run sheets, staff tables and contract terms are written with: dates without a year (`3/11`, the event's
/// year), a date and a time in one cell (`3/11 18:00`), a single time or a range, 低/中/高 levels, payment terms.
enum OperationsValues {
    /// `2027-03-11`, `116/3/11`, or `3/11`, `3-11`, `3月11日` in `year`.
    static func date(_ text: String, year: Int?) -> PlanDate? {
        let trimmed = text.trimmedOfWhitespace
        if let date = DateParser.parse(trimmed) { return date }
        guard let year, let first = trimmed.first, first.isNumber else { return nil }
        if trimmed.contains("月") { return DateParser.parse("\(year)年\(trimmed)") }
        if trimmed.contains("-") { return DateParser.parse("\(year)-\(trimmed)") }
        if trimmed.contains(".") { return DateParser.parse("\(year).\(trimmed)") }
        return DateParser.parse("\(year)/\(trimmed)")
    }

    /// A time range, or one time as a range of no length (`18:00`).
    static func time(_ text: String) -> TimeRange? {
        let trimmed = text.trimmedOfWhitespace
        if let range = TimeRangeParser.parse(trimmed) { return range }
        if let time = TimeOfDayParser.parse(trimmed) { return TimeRange(start: time, end: time) }
        return nil
    }

    /// `3/11 18:00`, `2027-03-11 08:00-12:00`, `18:00`, `3/11`.
    static func dateAndTime(_ text: String, year: Int?) -> (date: PlanDate?, time: TimeRange?)? {
        let trimmed = text.trimmedOfWhitespace
        if let time = time(trimmed) { return (nil, time) }
        if let date = date(trimmed, year: year) { return (date, nil) }
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return nil }
        let head = String(trimmed[..<space]), tail = String(trimmed[space...]).trimmedOfWhitespace
        guard let date = date(head, year: year), let time = time(tail) else { return nil }
        return (date, time)
    }

    /// A moment: `2027-10-13 08:00`, `10/13 08:00`.
    static func moment(_ text: String, year: Int?) -> PlanMoment? {
        guard let read = dateAndTime(text, year: year), let date = read.date else { return nil }
        return PlanMoment(date: date, time: read.time?.start ?? TimeOfDay(minutes: 0))
    }

    /// 低/中/高 (a 3-step scale), 極低 … 極高 or 1–5 (a 5-step scale).
    static func level(_ text: String) -> (level: Int, scale: Int)? {
        let key = text.trimmedOfWhitespace.lowercased()
        let five: [String: Int] = ["極低": 1, "很低": 1, "very low": 1, "極高": 5, "很高": 5, "very high": 5]
        if let level = five[key] { return (level, 5) }
        let three: [String: Int] = ["低": 1, "low": 1, "中": 2, "中等": 2, "medium": 2, "med": 2, "高": 3, "high": 3]
        if let level = three[key] { return (level, 3) }
        if let number = Int(key), (1...5).contains(number) { return (number, 5) }
        return nil
    }

    /// 是/✓/v/選定 → true; 否/✗/x → false.
    static func yes(_ text: String) -> Bool? {
        let key = text.trimmedOfWhitespace.lowercased()
        if ["✓", "✔", "v", "○", "o", "是", "可", "yes", "y", "選定", "chosen", "true", "可用", "★"].contains(key) { return true }
        if ["✗", "✘", "x", "否", "不可", "no", "n", "false", "不可用"].contains(key) { return false }
        if key.hasPrefix("是") || key.hasPrefix("可") || key.hasPrefix("選定") { return true }
        if key.hasPrefix("否") || key.hasPrefix("不") { return false }
        return nil
    }

    private static let datePattern = try! NSRegularExpression(pattern: "(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2})")
    private static let percentPattern = try! NSRegularExpression(pattern: "(\\d+(?:\\.\\d+)?)\\s*[%％]")
    private static let daysPattern = try! NSRegularExpression(pattern: "(\\d+)\\s*(?:個)?(?:天|日|days?)")

    /// Payment terms turned into milestones: each piece (`簽約 30%`, `活動後 14 天內`, `2027-06-30 前`) with its share of
    /// `amount` and its due day where the terms give one. A single piece without a percentage takes what the others leave.
    static func milestones(_ terms: String, amount: Decimal?, event: DateRange?, year: Int?) -> [PaymentMilestone] {
        let pieces = terms.replacingOccurrences(of: ", ", with: "，").components(separatedBy: CharacterSet(charactersIn: "、，;；+＋\n"))
            .map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty }
        var result: [PaymentMilestone] = []
        for piece in pieces {
            let ns = piece as NSString
            var milestone = PaymentMilestone(label: piece)
            if let match = percentPattern.firstMatch(in: piece, range: NSRange(location: 0, length: ns.length)) {
                milestone.percent = Decimal(string: ns.substring(with: match.range(at: 1)))
            }
            let days = daysPattern.firstMatch(in: piece, range: NSRange(location: 0, length: ns.length))
                .flatMap { Int(ns.substring(with: $0.range(at: 1))) }
            let before = piece.contains("活動前") || piece.contains("前付") || piece.contains("before")
            let signing = piece.contains("簽約") || piece.contains("訂金") || piece.contains("deposit") || piece.contains("signing")
            milestone.beforeEvent = before || signing
            if let match = datePattern.firstMatch(in: piece, range: NSRange(location: 0, length: ns.length)) {
                milestone.due = date(ns.substring(with: match.range(at: 1)), year: year)
            } else if let event {
                if piece.contains("活動前") { milestone.due = event.start.adding(days: -(days ?? 0)) }
                else if ["活動後", "驗收", "完工", "交片", "交貨", "結案", "after"].contains(where: piece.contains) {
                    milestone.due = event.end.adding(days: days ?? 0)
                }
            }
            result.append(milestone)
        }
        let unpercented = result.indices.filter { result[$0].percent == nil }
        let given = result.compactMap(\.percent).reduce(Decimal(0), +)
        if unpercented.count == 1, given > 0, given < 100 { result[unpercented[0]].percent = 100 - given }
        if let amount {
            for index in result.indices {
                if let percent = result[index].percent { result[index].amount = amount * percent / 100 }
            }
        }
        return result
    }
}

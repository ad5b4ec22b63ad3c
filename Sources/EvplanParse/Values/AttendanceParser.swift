import EvplanModel

/// Reads attendance as planners state it: `300`, `300人`, `12,000 人次` (visits), `每日 8,000 人次`, `每天 8000 人`,
/// `8,000人/日`, `8,000 人次/天`, `日均 8,000 人次`, `8,000 per day`, `8,000 visitors a day`, `8,000 visits/day`.
/// Estimates (`約300`, `300+`) are not read, as `CountParser` does not read them.
public enum AttendanceParser {
    static let dayPrefixes = ["每日", "每天", "日均", "單日", "平均每日", "per day", "daily"]
    static let daySuffixes = ["/日", "/天", "／日", "／天", "每日", "每天", "/day", "per day", "a day", "each day", "daily"]
    static let visitUnits = ["人次", "visits", "visit"]

    public static func parse(_ text: String) -> Attendance? {
        var rest = TextNormalizer.halfWidth(text).lowercased().trimmingCharacters(in: .whitespaces)
        var perDay = false
        for prefix in dayPrefixes where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            perDay = true
            break
        }
        for suffix in daySuffixes where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            perDay = true
            break
        }
        var unit = Attendance.Unit.people
        for word in visitUnits where rest.hasSuffix(word) {
            rest = String(rest.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
            unit = .visits
            break
        }
        if unit == .people, rest.hasSuffix("visitors") {
            rest = String(rest.dropLast("visitors".count)).trimmingCharacters(in: .whitespaces)
        }
        guard let count = CountParser.parse(rest) else { return nil }
        return Attendance(count: count, unit: unit, perDay: perDay)
    }
}

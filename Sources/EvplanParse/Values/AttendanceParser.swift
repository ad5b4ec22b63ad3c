import EvplanModel

/// Reads attendance as planners state it: `300`, `300人`, `12,000 人次` (visits), `每日 8,000 人次`, `每天 8000 人`,
/// `8,000人/日`, `8,000 人次/天`, `日均 8,000 人次`, `8,000 per day`, `8,000 visitors a day`, `8,000 visits/day`.
/// Estimates (`約300`, `300+`) are not read, as `CountParser` does not read them.
public enum AttendanceParser {
    static let dayPrefixes = ["每日", "每天", "日均", "單日", "平均每日", "per day", "daily"]
    static let daySuffixes = ["/日", "/天", "／日", "／天", "每日", "每天", "/day", "per day", "a day", "each day", "daily"]
    static let visitUnits = ["人次", "visits", "visit"]

    public static func parse(_ text: String) -> Attendance? {
        // Most cells are a bare figure (`300`, `1,200`): no day word or unit to look for, nothing to fold or lowercase.
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ",") }) {
            return CountParser.parse(text).map { Attendance(count: $0, unit: .people, perDay: false) }
        }
        var rest = TextNormalizer.halfWidth(text).lowercased().trimmedOfWhitespace
        var perDay = false
        for prefix in dayPrefixes where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmedOfWhitespace
            perDay = true
            break
        }
        for suffix in daySuffixes where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count)).trimmedOfWhitespace
            perDay = true
            break
        }
        var unit = Attendance.Unit.people
        for word in visitUnits where rest.hasSuffix(word) {
            rest = String(rest.dropLast(word.count)).trimmedOfWhitespace
            unit = .visits
            break
        }
        if unit == .people, rest.hasSuffix("visitors") {
            rest = String(rest.dropLast("visitors".count)).trimmedOfWhitespace
        }
        guard let count = CountParser.parse(rest) else { return nil }
        return Attendance(count: count, unit: unit, perDay: perDay)
    }
}

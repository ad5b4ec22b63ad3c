/// Reads a task's duration in working days: `5`, `3d`, `3 days`, `3天`, `3日`, `3個工作天`, `2w`, `2 weeks`, `2週`,
/// `2周` (a week is five working days), `0` (a milestone). Months are not read: how many working days a month holds
/// depends on the month, and the planner knows better.
public enum DurationParser {
    /// Unit spellings, longer first, each with the working days it stands for.
    static let units: [(spelling: String, days: Int)] = [
        ("working days", 1), ("working day", 1), ("business days", 1), ("business day", 1),
        ("days", 1), ("day", 1), ("d", 1),
        ("個工作天", 1), ("個工作日", 1), ("个工作日", 1), ("工作天", 1), ("工作日", 1), ("天", 1), ("日", 1),
        ("weeks", 5), ("week", 5), ("wks", 5), ("wk", 5), ("w", 5),
        ("個星期", 5), ("个星期", 5), ("個禮拜", 5), ("星期", 5), ("禮拜", 5), ("週", 5), ("周", 5),
    ]
    static let spellings = units.map(\.spelling)
    /// A million working days is about four thousand years: more digits than that is a typo.
    static let maxDigits = 6

    public static func parse(_ text: String) -> Int? {
        var scanner = ScalarScanner(text)
        guard let number = scanner.readNumber(allowFraction: false, maxSignificantDigits: maxDigits),
              let count = number.intValue else { return nil }
        scanner.skipSpaces()
        var daysPerUnit = 1
        if !scanner.isAtEnd {
            guard let unit = scanner.consumeFirst(of: spellings, caseInsensitive: true) else { return nil }
            daysPerUnit = units[unit].days
            scanner.skipSpaces()
        }
        guard scanner.isAtEnd else { return nil }
        return count * daysPerUnit
    }
}

import EvplanModel

/// Reads a span of time in a day: `09:00-10:30`, `09:00–10:30`, `9:00 - 10:30`, `09:00~10:30`, `0900-1030`,
/// `09：00－10：30`, `2:00 PM - 3:30 PM`. `24:00` is allowed as an end. An end at or before the start is still
/// returned, so that a rule can say what is wrong with it; `25:00` is not a time and gives nil.
public enum TimeRangeParser {
    static let separators = ["-", "\u{2013}", "\u{2014}", "~", "\u{301C}", "至", "到", "to"]

    public static func parse(_ text: String) -> TimeRange? {
        var scanner = ScalarScanner(text)
        guard let start = TimeOfDayParser.scan(&scanner), start.time.minutes < 24 * 60 else { return nil }
        scanner.skipSpaces()
        guard scanner.consumeFirst(of: separators, caseInsensitive: true) != nil else { return nil }
        scanner.skipSpaces()
        guard let end = TimeOfDayParser.scan(&scanner) else { return nil }
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        // `2:00-3:00 PM`: reading the start as 02:00 would be a silent error, guessing 14:00 a guess.
        guard start.hasMeridiem == end.hasMeridiem else { return nil }
        return TimeRange(start: start.time, end: end.time)
    }
}

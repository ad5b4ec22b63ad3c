import EvplanModel

/// Reads a range of days: `2027-03-12 ~ 2027-03-13`, `2027/3/12～3/13`, `2027-03-12 – 03-13`, `116/3/12 至 116/3/13`,
/// `2027年3月12日至14日`, `2027-03-12 to 2027-03-13`, or a single date (one day). The end may leave out the year, or
/// the year and month, which are then the start's. Nil when the end comes before the start: the end's year is never
/// moved on to make it fit, since a typo would then silently turn a two-day event into an eleven-month one.
public enum DateRangeParser {
    /// Longer spellings first. A plain `-` is a separator only where a date has ended, so `2027-03-12-03-13` reads.
    static let separators = ["~", "\u{301C}", "\u{2013}", "\u{2014}", "-", "至", "到", "to"]

    public static func parse(_ text: String) -> DateRange? {
        parseWithWeekdays(text)?.range
    }

    /// The range and the weekdays written after its start and end (0 = Sunday), for `format.weekday-mismatch`.
    public static func parseWithWeekdays(_ text: String) -> (range: DateRange, startWeekday: Int?, endWeekday: Int?)? {
        var scanner = ScalarScanner(text)
        guard let start = DateParser.scanDate(&scanner) else { return nil }
        let startWeekday = DateParser.scanWeekday(&scanner)
        scanner.skipSpaces()
        if scanner.isAtEnd { return (DateRange(start: start, end: start), startWeekday, nil) }

        guard scanner.consumeFirst(of: separators, caseInsensitive: true) != nil else { return nil }
        scanner.skipSpaces()
        guard let end = scanEnd(&scanner, start: start) else { return nil }
        let endWeekday = DateParser.scanWeekday(&scanner)
        scanner.skipSpaces()
        guard scanner.isAtEnd, start <= end else { return nil }
        return (DateRange(start: start, end: end), startWeekday, endWeekday)
    }

    /// A full date, or a month and day (`3/13`, `03-13`, `3月13日`), or a day (`13日`, `13`) in the start's month.
    private static func scanEnd(_ scanner: inout ScalarScanner, start: PlanDate) -> PlanDate? {
        let position = scanner.position
        if let date = DateParser.scanDate(&scanner) { return date }

        scanner.position = position
        if let (month, day) = DateParser.scanMonthAndDay(&scanner, afterYear: false) {
            return PlanDate(year: start.year, month: month, day: day)
        }

        scanner.position = position
        if let day = DateParser.scanCJKDay(&scanner) {
            return PlanDate(year: start.year, month: start.month, day: day)
        }

        scanner.position = position
        if let day = scanner.readDigits(maxCount: 2) {
            return PlanDate(year: start.year, month: start.month, day: day.value)
        }
        return nil
    }
}

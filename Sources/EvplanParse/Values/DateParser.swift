import EvplanModel

/// Reads a calendar date: `2027-03-12`, `2027/3/12`, `2027.3.12`, `2027年3月12日`, and ROC (民國) dates
/// `116/03/12`, `116-3-12`, `116年3月12日`, `民國116年3月12日`: a year written with one to three digits is an ROC
/// year and 1911 is added. A weekday after the date (`（五）`, `(Fri)`, `(週五)`, `(土)`) is allowed.
/// Day-first and month-first orders (`12/03/2027`) are not read: which one a planner meant cannot be known.
public enum DateParser {
    public static func parse(_ text: String) -> PlanDate? {
        parseWithWeekday(text)?.date
    }

    /// The date and, when one was written after it, the weekday as written (0 = Sunday … 6 = Saturday), so that
    /// a rule can point out `2027/3/12（四）` when 2027-03-12 is a Friday.
    public static func parseWithWeekday(_ text: String) -> (date: PlanDate, writtenWeekday: Int?)? {
        var scanner = ScalarScanner(text)
        guard let date = scanDate(&scanner) else { return nil }
        let weekday = scanWeekday(&scanner)
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        return (date, weekday)
    }

    /// A date that may leave out its year (`10/15（五）`, `10月15日`), which is then `defaultYear`; and its weekday as
    /// written. A full date (`2027-10-15`, `116/10/15`) keeps its own year.
    public static func parseWithWeekday(_ text: String, defaultYear: Int?) -> (date: PlanDate, writtenWeekday: Int?)? {
        if let full = parseWithWeekday(text) { return full }
        guard let defaultYear else { return nil }
        var scanner = ScalarScanner(text)
        scanner.skipSpaces()
        guard let (month, day) = scanMonthAndDay(&scanner, afterYear: false),
              let date = PlanDate(year: defaultYear, month: month, day: day) else { return nil }
        let weekday = scanWeekday(&scanner)
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        return (date, weekday)
    }

    /// The weekday's name for messages: 星期五 / Friday.
    public static func weekdayName(_ weekday: Int) -> LocalizedText {
        let zh = ["日", "一", "二", "三", "四", "五", "六"], en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let index = ((weekday % 7) + 7) % 7
        return LocalizedText(zh: "星期" + zh[index], en: en[index])
    }

    static let dateSeparators: [Unicode.Scalar] = ["-", "/", "."]

    /// A full date with its year at the scanner's position; the position is unchanged when there is none.
    static func scanDate(_ scanner: inout ScalarScanner) -> PlanDate? {
        let start = scanner.position
        guard let date = scanDateMovingOnFailure(&scanner) else {
            scanner.position = start
            return nil
        }
        return date
    }

    private static func scanDateMovingOnFailure(_ scanner: inout ScalarScanner) -> PlanDate? {
        var isROC = false
        if scanner.consume("中華民國") || scanner.consume("民國") {
            isROC = true
            scanner.skipSpaces()
        }
        guard let year = scanner.readDigits(maxCount: 4) else { return nil }
        let gregorianYear: Int
        switch year.count {
        case 4:
            // A four-digit year is Gregorian; `0116` is neither a Gregorian nor an ROC year anyone writes.
            guard !isROC, year.value >= 1000 else { return nil }
            gregorianYear = year.value
        default:
            guard year.value >= 1 else { return nil }
            gregorianYear = year.value + 1911
        }
        guard let (month, day) = scanMonthAndDay(&scanner, afterYear: true) else { return nil }
        return PlanDate(year: gregorianYear, month: month, day: day)
    }

    /// `-3-12`, `/03/12` or `年3月12日` after a year (`afterYear`), or `3-12`, `03/12`, `3月12日` on their own.
    /// Both separators of a date must be the same: `2027-3/12` is a typo, not a date.
    static func scanMonthAndDay(_ scanner: inout ScalarScanner, afterYear: Bool) -> (month: Int, day: Int)? {
        if afterYear {
            let beforeSpaces = scanner.position
            scanner.skipSpaces()
            if scanner.consume("年") {
                scanner.skipSpaces()
                return scanCJKMonthAndDay(&scanner)
            }
            scanner.position = beforeSpaces
            guard let separator = scanner.current, dateSeparators.contains(separator) else { return nil }
            scanner.position += 1
            guard let month = scanner.readDigits(maxCount: 2),
                  scanner.consume(String(separator)),
                  let day = scanner.readDigits(maxCount: 2) else { return nil }
            return (month.value, day.value)
        }
        let start = scanner.position
        guard let month = scanner.readDigits(maxCount: 2) else { return nil }
        if let separator = scanner.current, dateSeparators.contains(separator) {
            scanner.position += 1
            guard let day = scanner.readDigits(maxCount: 2) else { return nil }
            return (month.value, day.value)
        }
        scanner.position = start
        return scanCJKMonthAndDay(&scanner)
    }

    /// `3月12日`; `號` is as common as `日` in handwritten Taiwanese schedules.
    static func scanCJKMonthAndDay(_ scanner: inout ScalarScanner) -> (month: Int, day: Int)? {
        guard let month = scanner.readDigits(maxCount: 2) else { return nil }
        scanner.skipSpaces()
        guard scanner.consume("月") else { return nil }
        scanner.skipSpaces()
        guard let day = scanCJKDay(&scanner) else { return nil }
        return (month.value, day)
    }

    /// `12日` or `12號`.
    static func scanCJKDay(_ scanner: inout ScalarScanner) -> Int? {
        guard let day = scanner.readDigits(maxCount: 2) else { return nil }
        scanner.skipSpaces()
        guard scanner.consume("日") || scanner.consume("號") || scanner.consume("号") else { return nil }
        return day.value
    }

    // MARK: - Weekday

    /// Weekday names, index 0 = Sunday. Chinese 一…六/日/天 need a bracket or a 週/周/星期/禮拜 before them, so that
    /// a stray `五` after a date is not taken for Friday; Japanese 月…土 need a bracket or 曜日.
    private static let englishWeekdays: [[String]] = [
        ["sunday", "sun"], ["monday", "mon"], ["tuesday", "tues", "tue"], ["wednesday", "weds", "wed"],
        ["thursday", "thurs", "thur", "thu"], ["friday", "fri"], ["saturday", "sat"],
    ]
    private static let chineseWeekdays: [[String]] = [["日", "天"], ["一"], ["二"], ["三"], ["四"], ["五"], ["六"]]
    private static let japaneseWeekdays = ["日", "月", "火", "水", "木", "金", "土"]
    private static let chineseWeekPrefixes = ["星期", "禮拜", "礼拜", "週", "周"]

    /// An optional weekday after a date: `(五)`, `（週五）`, `(Fri)`, `(土)`, ` Fri`, ` 星期五`. Returns its number;
    /// leaves the position where it was when none is there.
    static func scanWeekday(_ scanner: inout ScalarScanner) -> Int? {
        let start = scanner.position
        let hadSpace = scanner.skipSpaces()
        if scanner.consume("(") {
            scanner.skipSpaces()
            if let weekday = scanWeekdayName(&scanner, bracketed: true) {
                scanner.skipSpaces()
                if scanner.consume(")") { return weekday }
            }
        } else if hadSpace, let weekday = scanWeekdayName(&scanner, bracketed: false) {
            return weekday
        } else if !hadSpace, scanner.current.map({ $0.value >= 0x80 }) == true,
                  let weekday = scanWeekdayName(&scanner, bracketed: false) {
            // `2027年3月12日星期五` is written without a space; `2027-03-12Fri` is not, and is left to fail.
            return weekday
        }
        scanner.position = start
        return nil
    }

    private static func scanWeekdayName(_ scanner: inout ScalarScanner, bracketed: Bool) -> Int? {
        let start = scanner.position
        for (weekday, names) in englishWeekdays.enumerated() where scanner.consumeFirst(of: names, caseInsensitive: true) != nil {
            _ = scanner.consume(".")
            if scanner.isAtASCIILetter { break }
            return weekday
        }
        scanner.position = start
        if scanner.consumeFirst(of: chineseWeekPrefixes) != nil {
            for (weekday, names) in chineseWeekdays.enumerated() where scanner.consumeFirst(of: names) != nil {
                return weekday
            }
            scanner.position = start
            return nil
        }
        if bracketed {
            for (weekday, names) in chineseWeekdays.enumerated() where scanner.consumeFirst(of: names) != nil {
                return weekday
            }
        }
        for (weekday, name) in japaneseWeekdays.enumerated() where scanner.consume(name) {
            if scanner.consume("曜日") || scanner.consume("曜") || bracketed { return weekday }
            break
        }
        scanner.position = start
        return nil
    }
}

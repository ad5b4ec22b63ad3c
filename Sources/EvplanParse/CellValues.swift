import EvplanDocument
import EvplanModel
import Foundation

/// Turns cells into typed values, reporting `format.unparsable-value` on any cell that does not parse.
struct CellValues {
    private(set) var diagnostics: [Diagnostic] = []
    /// The plan's currency and event.md's `rates:`, for amounts written in another currency.
    var currency = "TWD"
    var rates: [String: Decimal] = [:]
    /// Amounts converted with a rate, as written (`US$1,200 × 32.1`), by the cell's location.
    private(set) var conversions: [SourceLocation: String] = [:]

    /// An amount in the plan's currency. One in another currency (`US$1,200`, `¥30,000`) is converted with event.md's
    /// `rates:`; without a rate it is reported (`format.foreign-currency`) and kept as written.
    mutating func money(_ cell: Cell?) -> Located<Decimal>? {
        guard let cell, !cell.isBlank else { return nil }
        guard let parsed = MoneyParser.parseMoney(cell.text) else {
            report(cell.text, at: cell.location, what: LocalizedText(zh: "金額", en: "an amount"), example: "120,000、NT$1,200、12萬")
            return nil
        }
        guard let code = parsed.currency.map(Money.normalizedCode), code != Money.normalizedCode(currency) else {
            return Located(parsed.amount, at: cell.location)
        }
        if let rate = rates[code] {
            conversions[cell.location] = "\(cell.text) × \(rate)"
            return Located(parsed.amount * rate, at: cell.location)
        }
        diagnostics.append(Diagnostic(FormatRules.foreignCurrency, at: cell.location, LocalizedText(
            zh: "「\(cell.text)」是 \(code)，不是企劃的幣別 \(currency)；沒有匯率，照寫的數字計入",
            en: "“\(cell.text)” is in \(code), not the plan's \(currency); with no rate it is counted as written")))
        return Located(parsed.amount, at: cell.location)
    }

    /// The conversion a money cell went through, if it did.
    func conversion(at location: SourceLocation?) -> String? {
        location.flatMap { conversions[$0] }
    }

    /// Quantities are often written with their unit (`600份`, `2 天`): the unit is allowed after the number.
    mutating func quantity(_ cell: Cell?) -> Located<Decimal>? {
        value(cell, CellValues.parseQuantity, LocalizedText(zh: "數量（0 以上的數字）", en: "a quantity (a number, 0 or more)"), example: "3、1.5、600份、40人×3天")
    }

    /// A quantity is never negative: a refund or a discount is a negative price or amount. A product of quantities
    /// with their units, as planners write person-days (`40人×3天`, `8 x 3`), is read as the product (120).
    static func parseQuantity(_ text: String) -> Decimal? {
        let factors = text.split(whereSeparator: { "×xX*＊✕".contains($0) }).map { $0.trimmedOfWhitespace }
        if factors.count > 1, factors.count <= 4 {
            let values = factors.map(parseSingleQuantity)
            if values.allSatisfy({ $0 != nil }) { return values.reduce(Decimal(1)) { $0 * $1! } }
        }
        return parseSingleQuantity(text)
    }

    private static func parseSingleQuantity(_ text: String) -> Decimal? {
        if let number = MoneyParser.parse(text) { return number < 0 ? nil : number }
        let trimmed = text.trimmedOfWhitespace
        let number = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let unit = trimmed.dropFirst(number.count).trimmedOfWhitespace
        guard !number.isEmpty, !unit.isEmpty, unit.count <= 4, unit.allSatisfy(\.isLetter) else { return nil }
        return MoneyParser.parse(String(number))
    }

    /// A date; a month and day alone (`10/15（五）`) take `defaultYear`. A weekday written after it that is not the
    /// date's is `format.weekday-mismatch`.
    mutating func date(_ cell: Cell?, defaultYear: Int? = nil) -> Located<PlanDate>? {
        guard let cell, !cell.isBlank else { return nil }
        guard let parsed = DateParser.parseWithWeekday(cell.text, defaultYear: defaultYear) else {
            report(cell.text, at: cell.location, what: LocalizedText(zh: "日期", en: "a date"), example: "2027-03-12、2027/3/12、116/03/12")
            return nil
        }
        if let written = parsed.writtenWeekday, written != parsed.date.weekday {
            diagnostics.append(CellValues.weekdayMismatch(cell.text, date: parsed.date, written: written, at: cell.location))
        }
        return Located(parsed.date, at: cell.location)
    }

    mutating func checkWeekday(_ text: String, date: PlanDate, written: Int?, at location: SourceLocation) {
        guard let written, written != date.weekday else { return }
        diagnostics.append(CellValues.weekdayMismatch(text, date: date, written: written, at: location))
    }

    static func weekdayMismatch(_ text: String, date: PlanDate, written: Int, at location: SourceLocation) -> Diagnostic {
        let said = DateParser.weekdayName(written), actual = DateParser.weekdayName(date.weekday)
        return Diagnostic(FormatRules.weekdayMismatch, at: location, LocalizedText(
            zh: "「\(text)」寫\(said.zhTW)，但 \(date) 是\(actual.zhTW)",
            en: "“\(text)” says \(said.en), but \(date) is a \(actual.en)"))
    }

    /// A number of people, or a day's or the session's total of visits (`12,000 人次`).
    mutating func attendance(_ cell: Cell?) -> Located<Attendance>? {
        value(cell, AttendanceParser.parse, LocalizedText(zh: "人數", en: "a number of people"), example: "300、1,200、12,000 人次")
    }

    /// People in a list cell with their role, each located at its own column, and each as written.
    func people(_ cell: Cell?, role: PersonRole) -> [(person: Located<PersonRef>, written: String)] {
        guard let cell else { return [] }
        return PersonListParser.parseWritten(cell.text, role: role).map { piece in
            var location = cell.location
            location.column += piece.offset
            return (Located(piece.person, at: location), piece.written)
        }
    }

    /// A time range, or a single time (`05:30`: a gun time, a cut-off), which is a moment: `isMoment` and a range
    /// that starts and ends then.
    mutating func timeOrMoment(_ cell: Cell?) -> (time: Located<TimeRange>, isMoment: Bool)? {
        guard let cell, !cell.isBlank else { return nil }
        // Most cells are a range as they stand: read once, not again by `timeRange`.
        if let range = TimeRangeParser.parse(cell.text) { return (Located(range, at: cell.location), false) }
        let firstLine = cell.text.split(separator: "\n").first.map(String.init) ?? cell.text
        if TimeRangeParser.parse(firstLine) == nil,
           let moment = TimeOfDayParser.parse(firstLine), moment.minutes < 24 * 60 {
            return (Located(TimeRange(start: moment, end: moment), at: cell.location), true)
        }
        return timeRange(cell).map { ($0, false) }
    }

    mutating func count(_ cell: Cell?) -> Located<Int>? {
        value(cell, CountParser.parse, LocalizedText(zh: "人數", en: "a number of people"), example: "300、1,200")
    }

    mutating func workingDays(_ cell: Cell?) -> Located<Int>? {
        value(cell, DurationParser.parse, LocalizedText(zh: "工期", en: "a duration"), example: "5、3d、2w、3天")
    }

    /// A time cell may carry a second line (`09:30-10:00<br>30 分鐘`): the range is its first line.
    mutating func timeRange(_ cell: Cell?) -> Located<TimeRange>? {
        value(cell, { text in
            TimeRangeParser.parse(text) ?? text.split(separator: "\n").first.flatMap { TimeRangeParser.parse(String($0)) }
        }, LocalizedText(zh: "時間區間", en: "a time range"), example: "09:00-10:30")
    }

    /// Names in a list cell, each located at its own column.
    func names(_ cell: Cell?) -> [Located<String>] {
        guard let cell else { return [] }
        return NameListParser.parse(cell.text).map { piece in
            var location = cell.location
            location.column += piece.offset
            return Located(piece.name, at: location)
        }
    }

    mutating func value<T>(_ cell: Cell?, _ parse: (String) -> T?, _ what: LocalizedText, example: String) -> Located<T>? {
        guard let cell, !cell.isBlank else { return nil }
        if let parsed = parse(cell.text) { return Located(parsed, at: cell.location) }
        report(cell.text, at: cell.location, what: what, example: example)
        return nil
    }

    mutating func report(_ text: String, at location: SourceLocation, what: LocalizedText, example: String) {
        diagnostics.append(CellValues.unparsable(text, at: location, what: what, example: example))
    }

    /// `format.unparsable-value` for a table cell or a front-matter value alike.
    static func unparsable(_ text: String, at location: SourceLocation, what: LocalizedText, example: String) -> Diagnostic {
        Diagnostic(FormatRules.unparsableValue, at: location, LocalizedText(
            zh: "「\(text)」無法解讀為\(what.zhTW)", en: "“\(text)” cannot be read as \(what.en)"),
            hint: LocalizedText(zh: "請寫成例如 \(example)。", en: "Write it like \(example)."))
    }
}

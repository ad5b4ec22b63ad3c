import EvplanDocument
import EvplanModel
import Foundation

/// A kind of value a plan writes: how its text is read, what it is called when it cannot be (`format.unparsable-value`:
/// “cannot be read as `what`”, “write it like `example`”), and what to note about a value that was read (a weekday
/// that is not the date's). Table cells (`CellValues`) and front matter (`FrontMatterValues`) read through the same
/// kinds, so `2027-03-12（五）`, `¥30,000` or `每日 8,000 人次` means one thing in a table and in event.md.
struct ValueKind<Value> {
    let what: LocalizedText
    let example: String
    /// The value and the notes on it, or nil when the text is not this kind of value.
    let read: (_ text: String, _ location: SourceLocation) -> (value: Value, notes: [Diagnostic])?

    init(what: LocalizedText, example: String,
         read: @escaping (_ text: String, _ location: SourceLocation) -> (value: Value, notes: [Diagnostic])?) {
        self.what = what
        self.example = example
        self.read = read
    }

    /// A kind read by a parser alone, with nothing to note.
    init(what: LocalizedText, example: String, parse: @escaping (String) -> Value?) {
        self.init(what: what, example: example) { text, _ in parse(text).map { ($0, []) } }
    }
}

/// An amount as written, with the currency its mark names (nil: the plan's own); `ValueReading.money` converts it.
struct WrittenMoney {
    let amount: Decimal
    let currency: String?
    let text: String
}

extension ValueKind where Value == PlanDate {
    /// A date; a month and day alone (`10/15（五）`) take `defaultYear`. A weekday written after it that is not the
    /// date's is noted (`format.weekday-mismatch`).
    static func date(defaultYear: Int? = nil) -> ValueKind {
        ValueKind(what: LocalizedText(zh: "日期", en: "a date"), example: "2027-03-12、2027/3/12、116/03/12") { text, location in
            guard let parsed = DateParser.parseWithWeekday(text, defaultYear: defaultYear) else { return nil }
            let notes = parsed.writtenWeekday.flatMap { written in
                written == parsed.date.weekday ? nil : ValueNotes.weekdayMismatch(text, date: parsed.date, written: written, at: location)
            }
            return (parsed.date, notes.map { [$0] } ?? [])
        }
    }

    static var date: ValueKind { date() }
}

extension ValueKind where Value == DateRange {
    /// A date or a range; a weekday written after either end that is not that day's is noted.
    static var dateRange: ValueKind {
        ValueKind(what: LocalizedText(zh: "日期或日期區間", en: "a date or date range"), example: "2027-03-12 ~ 2027-03-13") { text, location in
            guard let (range, startWeekday, endWeekday) = DateRangeParser.parseWithWeekdays(text) else { return nil }
            let notes = [(range.start, startWeekday), (range.end, endWeekday)].compactMap { date, written in
                written.flatMap { $0 == date.weekday ? nil : ValueNotes.weekdayMismatch(text, date: date, written: $0, at: location) }
            }
            return (range, notes)
        }
    }
}

extension ValueKind where Value == Attendance {
    /// A number of people, or a day's or the whole event's visits (`12,000 人次`, `每日 8,000 人次`).
    static var attendance: ValueKind {
        ValueKind(what: LocalizedText(zh: "人數", en: "a number of people"), example: "300、1,200、每日 8,000 人次、12,000 人次",
                  parse: AttendanceParser.parse)
    }
}

extension ValueKind where Value == Int {
    /// A number of people (`300`, `1,200人`).
    static var count: ValueKind {
        ValueKind(what: LocalizedText(zh: "人數", en: "a number of people"), example: "300、1,200", parse: CountParser.parse)
    }

    /// A whole number that counts no people (minutes, tasks at once).
    static var number: ValueKind {
        ValueKind(what: LocalizedText(zh: "整數", en: "a whole number"), example: "3、180", parse: CountParser.parse)
    }

    /// Working days (`5`, `3d`, `2w`, `3天`).
    static var workingDays: ValueKind {
        ValueKind(what: LocalizedText(zh: "工期", en: "a duration"), example: "5、3d、2w、3天", parse: DurationParser.parse)
    }
}

extension ValueKind where Value == Decimal {
    /// A quantity, never negative, with its unit allowed after it (`600份`), or a product (`40人×3天`).
    static var quantity: ValueKind {
        ValueKind(what: LocalizedText(zh: "數量（0 以上的數字）", en: "a quantity (a number, 0 or more)"), example: "3、1.5、600份、40人×3天",
                  parse: CellValues.parseQuantity)
    }
}

extension ValueKind where Value == WrittenMoney {
    /// An amount with the currency its mark names; `ValueReading.money` converts another currency with the plan's rates.
    static var money: ValueKind {
        ValueKind(what: LocalizedText(zh: "金額", en: "an amount"), example: "120,000、NT$1,200、12萬", parse: { text in
            MoneyParser.parseMoney(text).map { WrittenMoney(amount: $0.amount, currency: $0.currency, text: text) }
        })
    }
}

extension ValueKind where Value == TimeRange {
    static var timeRange: ValueKind {
        ValueKind(what: LocalizedText(zh: "時間區間", en: "a time range"), example: "09:00-10:30", parse: TimeRangeParser.parse)
    }
}

/// What reads values out of one kind of source (a table cell, a front-matter value) and keeps the diagnostics: the
/// accessors every source shares (`date`, `count`, `money` …) are written once, here, over `ValueKind`s.
protocol ValueReading {
    associatedtype Source
    /// The plan's currency and event.md's `rates:`, for amounts written in another currency.
    var currency: String { get }
    var rates: [String: Decimal] { get }
    /// Amounts converted with a rate, as written (`US$1,200 × 32.1`), by the value's location.
    var conversions: [SourceLocation: String] { get set }
    /// The text a source holds and where it stands; nil when nothing is written. A source that holds no text where
    /// a value belongs (a YAML list) is reported as not being `kind` and gives nil.
    mutating func written<T>(_ source: Source, as kind: ValueKind<T>) -> (text: String, location: SourceLocation)?
    mutating func note(_ diagnostic: Diagnostic)
}

extension ValueReading {
    /// The value of `kind` in `source`, or nil: nothing written, or (reported) not that kind of value.
    mutating func value<T>(_ source: Source?, _ kind: ValueKind<T>) -> Located<T>? {
        guard let source, let (text, location) = written(source, as: kind) else { return nil }
        guard let read = kind.read(text, location) else {
            note(ValueNotes.unparsable(text, at: location, what: kind.what, example: kind.example))
            return nil
        }
        read.notes.forEach { note($0) }
        return Located(read.value, at: location)
    }

    /// The value of a kind named on the spot (a deadline, a score).
    mutating func value<T>(_ source: Source?, _ parse: @escaping (String) -> T?, _ what: LocalizedText, example: String) -> Located<T>? {
        value(source, ValueKind(what: what, example: example, parse: parse))
    }

    mutating func date(_ source: Source?, defaultYear: Int? = nil) -> Located<PlanDate>? { value(source, .date(defaultYear: defaultYear)) }
    mutating func dateRange(_ source: Source?) -> Located<DateRange>? { value(source, .dateRange) }
    mutating func attendance(_ source: Source?) -> Located<Attendance>? { value(source, .attendance) }
    mutating func count(_ source: Source?) -> Located<Int>? { value(source, .count) }
    mutating func workingDays(_ source: Source?) -> Located<Int>? { value(source, .workingDays) }
    mutating func quantity(_ source: Source?) -> Located<Decimal>? { value(source, .quantity) }

    /// An amount in the plan's currency. One in another currency (`US$1,200`, `¥30,000`) is converted with event.md's
    /// `rates:`; without a rate it is reported (`format.foreign-currency`) and kept as written.
    mutating func money(_ source: Source?) -> Located<Decimal>? {
        guard let written = value(source, .money) else { return nil }
        let money = written.value, location = written.location
        guard let code = money.currency.map(Money.normalizedCode), code != Money.normalizedCode(currency) else {
            return Located(money.amount, at: location)
        }
        if let rate = rates[code] {
            conversions[location] = "\(money.text) × \(rate)"
            return Located(money.amount * rate, at: location)
        }
        note(Diagnostic(FormatRules.foreignCurrency, at: location, LocalizedText(
            zh: "「\(money.text)」是 \(code)，不是企劃的幣別 \(currency)；沒有匯率，照寫的數字計入",
            en: "“\(money.text)” is in \(code), not the plan's \(currency); with no rate it is counted as written")))
        return Located(money.amount, at: location)
    }

    /// The conversion a money value went through, if it did.
    func conversion(at location: SourceLocation?) -> String? {
        location.flatMap { conversions[$0] }
    }

    /// `format.unparsable-value` for text that is not `what`.
    mutating func report(_ text: String, at location: SourceLocation, what: LocalizedText, example: String) {
        note(ValueNotes.unparsable(text, at: location, what: what, example: example))
    }

    mutating func checkWeekday(_ text: String, date: PlanDate, written: Int?, at location: SourceLocation) {
        guard let written, written != date.weekday else { return }
        note(ValueNotes.weekdayMismatch(text, date: date, written: written, at: location))
    }
}

/// The diagnostics values give, the same for a table cell and a front-matter value.
enum ValueNotes {
    /// `format.unparsable-value`.
    static func unparsable(_ text: String, at location: SourceLocation, what: LocalizedText, example: String) -> Diagnostic {
        Diagnostic(FormatRules.unparsableValue, at: location, LocalizedText(
            zh: "「\(text)」無法解讀為\(what.zhTW)", en: "“\(text)” cannot be read as \(what.en)"),
            hint: LocalizedText(zh: "請寫成例如 \(example)。", en: "Write it like \(example)."))
    }

    /// `format.weekday-mismatch`.
    static func weekdayMismatch(_ text: String, date: PlanDate, written: Int, at location: SourceLocation) -> Diagnostic {
        let said = DateParser.weekdayName(written), actual = DateParser.weekdayName(date.weekday)
        return Diagnostic(FormatRules.weekdayMismatch, at: location, LocalizedText(
            zh: "「\(text)」寫\(said.zhTW)，但 \(date) 是\(actual.zhTW)",
            en: "“\(text)” says \(said.en), but \(date) is a \(actual.en)"))
    }
}

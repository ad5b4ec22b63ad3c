import EvplanDocument
import EvplanModel
import Foundation

/// Turns cells into typed values, reporting `format.unparsable-value` on any cell that does not parse. The values
/// front matter shares (dates, counts, money …) are `ValueReading`'s; what only cells hold (people, names, a time
/// with a second line) is here.
struct CellValues: ValueReading {
    private(set) var diagnostics: [Diagnostic] = []
    /// The plan's currency and event.md's `rates:`, for amounts written in another currency.
    var currency = "TWD"
    var rates: [String: Decimal] = [:]
    var conversions: [SourceLocation: String] = [:]

    func written<T>(_ cell: Cell, as kind: ValueKind<T>) -> (text: String, location: SourceLocation)? {
        cell.isBlank ? nil : (cell.text, cell.location)
    }

    mutating func note(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
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

    /// A time cell may carry a second line (`09:30-10:00<br>30 分鐘`): the range is its first line.
    mutating func timeRange(_ cell: Cell?) -> Located<TimeRange>? {
        let kind = ValueKind<TimeRange>.timeRange
        return value(cell, ValueKind(what: kind.what, example: kind.example, parse: { text in
            TimeRangeParser.parse(text) ?? text.split(separator: "\n").first.flatMap { TimeRangeParser.parse(String($0)) }
        }))
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
}

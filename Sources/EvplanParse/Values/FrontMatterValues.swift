import EvplanDocument
import EvplanModel
import Foundation

/// Typed reading of front-matter values, with `format.unparsable-value` at the value's own line. The values cells
/// share (dates, counts, money …) are `ValueReading`'s, so they read as they do in a table; what only front matter
/// holds (maps of rates, lists of named dates) is here.
struct FrontMatterValues: ValueReading {
    private(set) var diagnostics: [Diagnostic] = []
    /// The plan's currency and event.md's `rates:`, set once event.md has said them.
    var currency = "TWD"
    var rates: [String: Decimal] = [:]
    var conversions: [SourceLocation: String] = [:]

    /// A value that is no text (a list or a map where one value belongs) is reported; a blank one is nothing written.
    mutating func written<T>(_ value: FrontMatterValue, as kind: ValueKind<T>) -> (text: String, location: SourceLocation)? {
        guard let text = value.scalar else {
            report(value, what: kind.what, example: kind.example)
            return nil
        }
        return text.trimmedOfWhitespace.isEmpty ? nil : (text, value.location)
    }

    mutating func note(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func timeRange(_ value: FrontMatterValue?) -> Located<TimeRange>? {
        self.value(value, .timeRange)
    }

    /// `rates: {USD: 32.1, JPY: 0.21}`: currency code → how much of the plan's currency one unit is.
    mutating func rates(_ value: FrontMatterValue?) -> [String: Decimal] {
        guard let value else { return [:] }
        if value.pairs.isEmpty {
            if value.scalar?.isEmpty != true {
                report(value, what: LocalizedText(zh: "匯率表（每行「幣別: 匯率」）", en: "a map of exchange rates (one `CODE: rate` per line)"), example: "USD: 32.1")
            }
            return [:]
        }
        var rates: [String: Decimal] = [:]
        for pair in value.pairs {
            let code = Money.normalizedCode(pair.key.trimmedOfWhitespace)
            guard let text = pair.value.scalar, let rate = MoneyParser.parse(text), rate > 0, code.count == 3 else {
                report(pair.value, what: LocalizedText(zh: "匯率（三碼幣別與大於 0 的數字）", en: "an exchange rate (a three-letter code and a number above 0)"), example: "USD: 32.1")
                continue
            }
            rates[code] = rate
        }
        return rates
    }

    /// A list of dates, each optionally followed by a name (`- 2027-01-22 尾牙`), or a map of date → name.
    mutating func namedDates(_ value: FrontMatterValue?) -> [NamedDate] {
        guard let value else { return [] }
        var result: [NamedDate] = []
        let what = LocalizedText(zh: "日期清單（每項一個日期，可加名稱）", en: "a list of dates (each may be followed by a name)")
        let example = "[2027-01-22, 2027-02-20 補班]"
        if !value.pairs.isEmpty {
            for pair in value.pairs {
                guard let date = DateParser.parse(pair.key) else {
                    report(.scalar(pair.key, pair.keyLocation), what: what, example: example)
                    continue
                }
                result.append(NamedDate(date: date, name: pair.value.scalar ?? "", location: pair.keyLocation))
            }
            return result
        }
        var pieces: [(String, SourceLocation)] = []
        for item in value.items {
            guard let text = item.scalar else { report(item, what: what, example: example); continue }
            if case .sequence = value {
                pieces.append((text, item.location))
            } else {
                pieces += text.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" }).map { (String($0), item.location) }
            }
        }
        for (piece, location) in pieces {
            let words = piece.trimmedOfWhitespace.split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = words.first else { continue }
            guard let date = DateParser.parse(first) else {
                report(.scalar(piece, location), what: what, example: example)
                continue
            }
            result.append(NamedDate(date: date, name: words.count > 1 ? words[1].trimmedOfWhitespace : "", location: location))
        }
        return result
    }

    mutating func report(_ value: FrontMatterValue, what: LocalizedText, example: String) {
        diagnostics.append(ValueNotes.unparsable(value.scalar ?? "…", at: value.location, what: what, example: example))
    }
}

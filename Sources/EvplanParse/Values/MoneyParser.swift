import Foundation

/// Reads an amount of money as planners write it: `120,000`, `NT$120,000`, `$1,200.50`, `TWD 1,000`, `1,000元`,
/// `12萬`, `1.5萬`, `3億`, `1億2,000萬`, `-5,000`, `(5,000)`, `¥1,200`, `1,200円`. Nil for anything else: a wrong
/// reading of a budget cell is worse than a diagnostic on it.
public enum MoneyParser {
    /// Currency marks written before the number. Longer spellings first so that `NT$` is not read as `NT`.
    static let prefixes = ["新臺幣", "新台幣", "NT$", "NTD", "TWD", "JPY", "NT", "$", "\u{A5}"]
    /// Currency marks written after the number; `元整` ("yuan exactly") closes formal amounts.
    static let suffixes = ["元整", "圓整", "元", "圓", "円", "NTD", "TWD", "JPY"]
    static let tenThousand = ["萬", "万"]
    static let hundredMillion = ["億", "亿"]

    /// Currency marks that name a currency, before or after the number, longer spellings first. `$` and `元` name
    /// none: they are the plan's own currency. NT$ and 新臺幣 name TWD, so a plan in another currency sees them.
    static let currencyPrefixes: [(mark: String, code: String)] = [
        ("新臺幣", "TWD"), ("新台幣", "TWD"), ("NT$", "TWD"), ("NTD", "TWD"), ("TWD", "TWD"),
        ("JP¥", "JPY"), ("JPY", "JPY"), ("日幣", "JPY"), ("日圓", "JPY"), ("CN¥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("人民幣", "CNY"),
        ("US$", "USD"), ("USD", "USD"), ("美金", "USD"), ("HK$", "HKD"), ("HKD", "HKD"), ("港幣", "HKD"), ("S$", "SGD"), ("SGD", "SGD"),
        ("€", "EUR"), ("EUR", "EUR"), ("歐元", "EUR"), ("£", "GBP"), ("GBP", "GBP"), ("KRW", "KRW"), ("₩", "KRW"), ("\u{A5}", "JPY"), ("￥", "JPY"),
    ]
    static let currencySuffixes: [(mark: String, code: String)] = [
        ("新臺幣", "TWD"), ("NTD", "TWD"), ("TWD", "TWD"), ("円", "JPY"), ("日圓", "JPY"), ("日幣", "JPY"), ("日元", "JPY"), ("JPY", "JPY"),
        ("美元", "USD"), ("美金", "USD"), ("USD", "USD"), ("歐元", "EUR"), ("EUR", "EUR"), ("港幣", "HKD"), ("港元", "HKD"), ("HKD", "HKD"),
        ("人民幣", "CNY"), ("CNY", "CNY"), ("RMB", "CNY"), ("英鎊", "GBP"), ("GBP", "GBP"), ("韓元", "KRW"), ("KRW", "KRW"),
    ]

    /// An amount and the currency its mark names (`US$1,200` → USD, `¥30,000` → JPY, `NT$500` → TWD), nil for the
    /// currency when it names none (`1,200`, `$1,200`, `1,200元`).
    public static func parseMoney(_ text: String) -> (amount: Decimal, currency: String?)? {
        let trimmed = text.trimmedOfWhitespace
        var body = Substring(trimmed)
        var sign = ""
        if body.hasPrefix("-") || body.hasPrefix("+") {
            sign = String(body.removeFirst())
            body = body.drop { $0 == " " }
        }
        // Most cells are bare figures (`120,000`): with a digit at both ends no currency mark can be there, and the
        // case-insensitive searches below (Foundation string search, per mark) would be most of a budget's parse time.
        if let first = body.unicodeScalars.first, let last = body.unicodeScalars.last,
           ("0"..."9").contains(first), ("0"..."9").contains(last) {
            return parse(text).map { ($0, nil) }
        }
        for (mark, code) in currencyPrefixes where body.range(of: mark, options: [.caseInsensitive, .anchored]) != nil {
            let rest = body.dropFirst(mark.count)
            if code == "TWD" { break }
            guard let amount = parse(sign + rest.trimmedOfWhitespace) else { return nil }
            return (amount, code)
        }
        for (mark, code) in currencySuffixes where body.range(of: mark, options: [.caseInsensitive, .anchored, .backwards]) != nil {
            if code == "TWD" { break }
            let rest = body.dropLast(mark.count)
            guard let amount = parse(sign + rest.trimmedOfWhitespace) else { return nil }
            return (amount, code)
        }
        guard let amount = parse(text) else { return nil }
        let twd = currencyPrefixes.contains { $0.code == "TWD" && body.range(of: $0.mark, options: [.caseInsensitive, .anchored]) != nil }
            || currencySuffixes.contains { $0.code == "TWD" && body.range(of: $0.mark, options: [.caseInsensitive, .anchored, .backwards]) != nil }
        return (amount, twd ? "TWD" : nil)
    }

    public static func parse(_ text: String) -> Decimal? {
        var scanner = ScalarScanner(text)
        guard !scanner.isAtEnd else { return nil }

        let isParenthesised = scanner.consume("(")
        scanner.skipSpaces()
        var isNegative = readSign(&scanner)
        if scanner.consumeFirst(of: prefixes, caseInsensitive: true) != nil {
            scanner.skipSpaces()
            // `NT$-5,000` as well as `-NT$5,000`, but not both signs at once.
            if readSign(&scanner) {
                guard !isNegative else { return nil }
                isNegative = true
            }
        }
        if isParenthesised && isNegative { return nil }

        guard let magnitude = readMagnitude(&scanner) else { return nil }

        scanner.skipSpaces()
        if scanner.consumeFirst(of: suffixes, caseInsensitive: true) != nil {
            scanner.skipSpaces()
        }
        if isParenthesised {
            guard scanner.consume(")") else { return nil }
            scanner.skipSpaces()
        }
        guard scanner.isAtEnd else { return nil }
        return isParenthesised || isNegative ? -magnitude : magnitude
    }

    /// Consumes `-` or `+`; true for a minus.
    private static func readSign(_ scanner: inout ScalarScanner) -> Bool {
        if scanner.consume("-") {
            scanner.skipSpaces()
            return true
        }
        if scanner.consume("+") { scanner.skipSpaces() }
        return false
    }

    /// `1,200.50`, `12萬`, `3億`, `1億2,000萬`. After 萬 nothing numeric may follow: `12萬5` means 125,000 to some
    /// readers and 120,005 to others, so it is not read at all. 千 and 百 are not read either: no budget writes them.
    private static func readMagnitude(_ scanner: inout ScalarScanner) -> Decimal? {
        guard let first = scanner.readNumber(allowFraction: true) else { return nil }
        let afterNumber = scanner.position
        scanner.skipSpaces()
        if scanner.consumeFirst(of: hundredMillion) != nil {
            var value = first.decimalValue(exponent: 8)
            let afterHundredMillion = scanner.position
            scanner.skipSpaces()
            if let second = scanner.readNumber(allowFraction: true) {
                scanner.skipSpaces()
                guard scanner.consumeFirst(of: tenThousand) != nil else { return nil }
                // `1億12,000萬` would be a second 億 in disguise.
                guard second.integerDigitCount <= 4 else { return nil }
                value += second.decimalValue(exponent: 4)
            } else {
                scanner.position = afterHundredMillion
            }
            return value
        }
        if scanner.consumeFirst(of: tenThousand) != nil {
            return first.decimalValue(exponent: 4)
        }
        scanner.position = afterNumber
        return first.decimalValue()
    }
}

/// A cursor over a value's Unicode scalars, already folded to half width and trimmed, which the value
/// parsers walk by hand: these run on every table cell, so they avoid regular expressions and substrings.
struct ScalarScanner {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ text: String) {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            // U+2212 MINUS SIGN is what word processors put in front of a negative amount.
            folded.append(scalar == "\u{2212}" ? "-" : TextNormalizer.halfWidth(scalar))
        }
        var end = folded.count
        while end > 0, ScalarScanner.isSpace(folded[end - 1]) { end -= 1 }
        var start = 0
        while start < end, ScalarScanner.isSpace(folded[start]) { start += 1 }
        if start > 0 || end < folded.count {
            folded = Array(folded[start..<end])
        }
        scalars = folded
    }

    var isAtEnd: Bool { position >= scalars.count }
    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    /// White space, including the no-break, zero-width and byte-order marks that pasting from the web leaves behind.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        case 0..<0x80: return false
        case 0x200B, 0xFEFF: return true
        default: return scalar.properties.isWhitespace
        }
    }

    @inline(__always)
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        return value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    var isAtDigit: Bool { current.flatMap(ScalarScanner.digitValue) != nil }

    /// Skips white space; true when there was some.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        while let scalar = current, ScalarScanner.isSpace(scalar) { position += 1 }
        return position > start
    }

    /// Consumes `literal` if the text continues with it. `caseInsensitive` folds ASCII letters only.
    mutating func consume(_ literal: String, caseInsensitive: Bool = false) -> Bool {
        var index = position
        for expected in literal.unicodeScalars {
            guard index < scalars.count else { return false }
            let actual = scalars[index]
            if actual != expected {
                guard caseInsensitive, ScalarScanner.lowercasedASCII(actual) == ScalarScanner.lowercasedASCII(expected) else {
                    return false
                }
            }
            index += 1
        }
        position = index
        return true
    }

    /// Consumes the first of `literals` the text continues with (list longer spellings first) and returns its index.
    mutating func consumeFirst(of literals: [String], caseInsensitive: Bool = false) -> Int? {
        for (index, literal) in literals.enumerated() where consume(literal, caseInsensitive: caseInsensitive) {
            return index
        }
        return nil
    }

    @inline(__always)
    static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
    }

    /// True when the next scalar is an ASCII letter: used so that `3d` is read but `3dx` is not.
    var isAtASCIILetter: Bool {
        guard let value = current?.value else { return false }
        return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// A run of at most `maxCount` plain digits. Nil, with the position unchanged, when there is no digit or the
    /// run is longer than `maxCount` (a five-digit year is not a year whose first four digits we keep).
    mutating func readDigits(maxCount: Int) -> (value: Int, count: Int)? {
        var index = position
        var value = 0
        while index < scalars.count, let digit = ScalarScanner.digitValue(scalars[index]) {
            guard index - position < maxCount else { return nil }
            value = value * 10 + digit
            index += 1
        }
        let count = index - position
        guard count > 0 else { return nil }
        position = index
        return (value, count)
    }

    /// An unsigned number such as `120,000`, `1200.50` or `0.4`. Grouping commas, when used, must group the whole
    /// integer part in threes (`1,234,567`); `12,00,0` and `1,2345` are not read. Nil, with the position unchanged,
    /// when there is no such number or it has more than `maxSignificantDigits` significant digits.
    mutating func readNumber(allowFraction: Bool, maxSignificantDigits: Int = ScannedNumber.maxSignificantDigits) -> ScannedNumber? {
        let start = position
        var number = ScannedNumber()
        var groupLength = 0
        var sawComma = false
        var index = position
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = ScalarScanner.digitValue(scalar) {
                guard number.append(digit, limit: maxSignificantDigits) else { return nil }
                groupLength += 1
                number.integerDigitCount += 1
                index += 1
            } else if scalar == "," {
                // The first group holds 1–3 digits and no leading zero (`0,123` is a typo), later groups exactly 3.
                let firstGroupIsValid = !sawComma && (1...3).contains(groupLength) && scalars[index - groupLength] != "0"
                guard firstGroupIsValid || (sawComma && groupLength == 3) else { return nil }
                guard index + 1 < scalars.count, ScalarScanner.digitValue(scalars[index + 1]) != nil else { return nil }
                sawComma = true
                groupLength = 0
                index += 1
            } else {
                break
            }
        }
        guard number.integerDigitCount > 0 else { position = start; return nil }
        if sawComma, groupLength != 3 { return nil }
        if index < scalars.count, scalars[index] == "." {
            guard allowFraction, index + 1 < scalars.count, ScalarScanner.digitValue(scalars[index + 1]) != nil else { return nil }
            index += 1
            while index < scalars.count, let digit = ScalarScanner.digitValue(scalars[index]) {
                guard number.append(digit, limit: maxSignificantDigits) else { return nil }
                number.fractionDigitCount += 1
                index += 1
            }
        }
        position = index
        return number
    }
}

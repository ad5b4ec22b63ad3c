import Foundation

/// The digits of a number as written, kept as integers so that no binary floating point ever touches an amount.
/// Its value is `(high × 10^lowDigitCount + low) × 10^-fractionDigitCount`.
struct ScannedNumber {
    /// Beyond this a cell holds a typo or an attack, not an amount; Decimal keeps 38 digits, so this never rounds.
    static let maxSignificantDigits = 30

    var high: UInt64 = 0
    var low: UInt64 = 0
    var lowDigitCount = 0
    var significantDigitCount = 0
    var integerDigitCount = 0
    var fractionDigitCount = 0

    /// Adds one digit on the right; false when the number would exceed `limit` significant digits.
    mutating func append(_ digit: Int, limit: Int) -> Bool {
        if significantDigitCount == 0 && digit == 0 { return true }
        guard significantDigitCount < limit else { return false }
        significantDigitCount += 1
        if lowDigitCount == 18 {
            // 30 digits fit in two 18-digit halves; only the first 18 ever move to `high`.
            guard high == 0 else { return false }
            high = low
            low = 0
            lowDigitCount = 0
        }
        low = low * 10 + UInt64(digit)
        lowDigitCount += 1
        return true
    }

    /// The value scaled by 10^`exponent` (4 for 萬, 8 for 億).
    func decimalValue(exponent: Int = 0) -> Decimal {
        var significand = Decimal(low)
        if high != 0 {
            var scale = Decimal(1)
            for _ in 0..<lowDigitCount { scale *= 10 }
            significand += Decimal(high) * scale
        }
        return Decimal(sign: .plus, exponent: exponent - fractionDigitCount, significand: significand)
    }

    /// The value as an Int when it is a whole number that fits.
    var intValue: Int? {
        guard high == 0, low <= UInt64(Int.max) else { return nil }
        var value = Int(low)
        var fraction = fractionDigitCount
        // `300.00` is a whole number, `300.5` is not.
        while fraction > 0 {
            guard value % 10 == 0 else { return nil }
            value /= 10
            fraction -= 1
        }
        return value
    }
}

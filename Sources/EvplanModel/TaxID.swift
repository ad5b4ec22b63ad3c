/// 統一編號 (a Taiwanese business's unified business number), validated with the Ministry of Finance's check rule.
///
/// The rule (財政部「營利事業統一編號檢查碼邏輯修正說明」, in force from 2023-04-01, published by the Fiscal
/// Information Agency 財政部財政資訊中心): the eight digits are multiplied by the weights 1 2 1 2 1 2 4 1; the digits
/// of each product are added (12 → 1 + 2), and the sum must be divisible by 5 (before 2023 by 10; every number valid
/// then is still valid, since divisible by 10 is divisible by 5). When the seventh digit is 7 its product is 28,
/// whose digit sum 10 may count as 1 or as 0: the number is valid when either sum is divisible.
public enum TaxID {
    public enum Problem: Equatable, Sendable {
        /// Not eight digits (letters, spaces inside, too short or long).
        case notEightDigits
        /// Eight digits whose check sum fails; `sum` is the weighted digit sum (the lower one when the 7th digit is 7).
        case checkDigit(sum: Int)
    }

    public static let weights = [1, 2, 1, 2, 1, 2, 4, 1]
    /// The divisor in force: 5 since 2023-04-01 (it was 10 before).
    public static let divisor = 5

    /// Nil when valid; otherwise what is wrong. Full-width digits (１２３) are read as digits.
    public static func problem(_ text: String, divisor: Int = TaxID.divisor) -> Problem? {
        let digits = text.unicodeScalars.compactMap { scalar -> Int? in
            if ("0"..."9").contains(scalar) { return Int(scalar.value - 48) }
            if (0xFF10...0xFF19).contains(scalar.value) { return Int(scalar.value - 0xFF10) }
            return nil
        }
        guard digits.count == 8, text.unicodeScalars.count == 8 else { return .notEightDigits }
        var sum = 0
        for (digit, weight) in zip(digits, weights) {
            let product = digit * weight
            var digitSum = product / 10 + product % 10
            // Only 7 × 4 = 28 gives 10, which is added up again to 1.
            if digitSum >= 10 { digitSum = digitSum / 10 + digitSum % 10 }
            sum += digitSum
        }
        if sum % divisor == 0 { return nil }
        // The 7th digit 7: 7 × 4 = 28 → 2 + 8 = 10 → 1 + 0 = 1, as counted above; it may also count as 0.
        if digits[6] == 7, (sum - 1) % divisor == 0 { return nil }
        return .checkDigit(sum: digits[6] == 7 ? sum - 1 : sum)
    }

    public static func isValid(_ text: String) -> Bool { problem(text) == nil }
}

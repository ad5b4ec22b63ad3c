import Foundation

/// Amounts as planners write them in messages: thousands separators and no trailing zeros (1,200.5, -5,000).
enum AmountText {
    static func format(_ value: Decimal) -> String {
        guard !value.isNaN else { return "NaN" }
        // Decimal's description is plain digits with a "." and never exponent notation.
        var text = value.description
        let sign = text.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? "0"
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let grouped = group(integer.isEmpty ? "0" : integer)
        let signed = grouped == "0" && fraction.isEmpty ? grouped : sign + grouped
        return fraction.isEmpty ? signed : signed + "." + fraction
    }

    private static func group(_ digits: String) -> String {
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

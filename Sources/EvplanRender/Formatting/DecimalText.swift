import Foundation

/// Numbers the way planners write them: thousands separators, no trailing `.00`.
enum DecimalText {
    /// `1234567` → `1,234,567`; `1.5` → `1.5`; `1200.5` with `minimumFraction: 2` → `1,200.50`.
    /// Rounded to `maximumFraction` places; locale-independent so that output is the same on every machine.
    static func grouped(_ value: Decimal, maximumFraction: Int = 2, padCents: Bool = false) -> String {
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, maximumFraction, .plain)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        let plain = "\(magnitude)"
        let parts = plain.split(separator: ".", maxSplits: 1).map(String.init)
        let integer = parts.first ?? "0"
        var fraction = parts.count > 1 ? parts[1] : ""
        if fraction.allSatisfy({ $0 == "0" }) { fraction = "" }
        if padCents, !fraction.isEmpty, fraction.count < 2 { fraction += String(repeating: "0", count: 2 - fraction.count) }

        var groupedInteger = ""
        for (offset, digit) in integer.enumerated() {
            if offset > 0, (integer.count - offset) % 3 == 0 { groupedInteger.append(",") }
            groupedInteger.append(digit)
        }
        return (negative ? "-" : "") + groupedInteger + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A share as a percentage with always one decimal, as grant forms write them: `0.3245` → `32.5%`, `0.11` → `11.0%`.
    static func percent(_ part: Decimal, of whole: Decimal) -> String {
        guard whole != 0 else { return "—" }
        let text = grouped(part / whole * 100, maximumFraction: 1)
        return (text.contains(".") ? text : text + ".0") + "%"
    }

    /// A ratio for geometry (bar widths), clamped to 0…1.
    static func fraction(_ part: Decimal, of whole: Decimal) -> Double {
        guard whole > 0, part > 0 else { return 0 }
        return min(1, NSDecimalNumber(decimal: part / whole).doubleValue)
    }
}

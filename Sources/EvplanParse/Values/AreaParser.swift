import EvplanModel
import Foundation

/// Reads a floor area: `45`, `45坪`, `45 ping`, `150 m²`, `150m2`, `150 平方公尺`, `150㎡`, `150 sqm`. A bare number is in
/// `defaultUnit`, which the column it came from decides (坪數 or 面積 m²).
public enum AreaParser {
    static let units: [(spelling: String, unit: AreaUnit)] = [
        ("坪", .ping), ("pings", .ping), ("ping", .ping),
        ("平方公尺", .squareMeters), ("平方米", .squareMeters), ("平米", .squareMeters), ("\u{33A1}", .squareMeters),
        ("m\u{B2}", .squareMeters), ("m^2", .squareMeters), ("m2", .squareMeters),
        ("square metres", .squareMeters), ("square meters", .squareMeters),
        ("sq. m.", .squareMeters), ("sq. m", .squareMeters), ("sq m", .squareMeters), ("sqm", .squareMeters),
    ]
    static let spellings = units.map(\.spelling)
    static let maxSignificantDigits = 20

    public static func parse(_ text: String, defaultUnit: AreaUnit) -> (squareMeters: Decimal, unit: AreaUnit)? {
        var scanner = ScalarScanner(text)
        guard let number = scanner.readNumber(allowFraction: true, maxSignificantDigits: maxSignificantDigits) else { return nil }
        scanner.skipSpaces()
        var unit = defaultUnit
        if !scanner.isAtEnd {
            guard let index = scanner.consumeFirst(of: spellings, caseInsensitive: true) else { return nil }
            unit = units[index].unit
            scanner.skipSpaces()
        }
        guard scanner.isAtEnd else { return nil }
        let value = number.decimalValue()
        switch unit {
        case .squareMeters:
            return (value, unit)
        case .ping:
            // Same factor as Room.squareMetersPerPing, but multiplied before dividing so that 121 坪 is exactly 400 m².
            return (value * 400 / 121, unit)
        }
    }
}

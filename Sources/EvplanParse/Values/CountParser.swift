/// Reads a number of people: `300`, `1,200`, `300人`, `300 位`, `300名`, `300 people`, `300 pax`. Estimates such as
/// `約300`, `300+` or `200-300` are not read: capacity checks need the number the planner commits to.
public enum CountParser {
    static let units = ["persons", "person", "people", "pax", "ppl", "人", "位", "名"]
    static let maxDigits = 9

    public static func parse(_ text: String) -> Int? {
        var scanner = ScalarScanner(text)
        guard let number = scanner.readNumber(allowFraction: false, maxSignificantDigits: maxDigits),
              let count = number.intValue else { return nil }
        scanner.skipSpaces()
        if scanner.consumeFirst(of: units, caseInsensitive: true) != nil {
            scanner.skipSpaces()
        }
        return scanner.isAtEnd ? count : nil
    }
}

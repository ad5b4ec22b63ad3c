/// Trims what Foundation's `CharacterSet.whitespaces` holds (tab and the space separators, category Zs) from both
/// ends of a string. Foundation's `trimmingCharacters(in:)` bridges every cell through NSString, which cost a tenth
/// of `evplan check` on a large plan; most cells need no trimming at all and come back as they are.
enum WhitespaceTrimmer {
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isWhitespace(first) && !isWhitespace(last) { return text }
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }),
              let end = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}

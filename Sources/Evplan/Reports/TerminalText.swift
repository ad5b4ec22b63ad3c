/// Plan text as it may be printed to a terminal or a CI log: characters that would act instead of show — C0 and
/// C1 controls (ESC can retitle the terminal or move the cursor, CR overwrites the line, LF forges a new diagnostic
/// line), DEL, the Unicode line and paragraph separators and the bidirectional overrides and isolates (which
/// reorder what is shown) — are written as Swift-style escapes, e.g. `\u{1B}`. A tab is harmless and kept.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

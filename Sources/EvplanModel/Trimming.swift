import Foundation

/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every string through NSString: done per
/// cell and per name, that was a tenth of `evplan check` on a large plan. Most strings arrive with nothing to trim
/// and come back as they are.
extension String {
    /// Without what `CharacterSet.whitespaces` holds (tab and the space separators, Zs) at either end.
    public var trimmedOfWhitespace: String { trimmed(while: \.isSpaceOrTab) }

    /// Without what `CharacterSet.whitespacesAndNewlines` holds at either end.
    public var trimmedOfWhitespaceAndNewlines: String { trimmed(while: \.isWhitespaceOrNewline) }

    private func trimmed(while isBlank: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isBlank(first) && !isBlank(last) { return self }
        guard let start = scalars.firstIndex(where: { !isBlank($0) }),
              let end = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[start...end])
    }
}

extension Substring {
    /// `String.trimmedOfWhitespace` for a slice.
    public var trimmedOfWhitespace: String { String(self).trimmedOfWhitespace }

    /// `String.trimmedOfWhitespaceAndNewlines` for a slice.
    public var trimmedOfWhitespaceAndNewlines: String { String(self).trimmedOfWhitespaceAndNewlines }
}

extension Unicode.Scalar {
    /// Tab or a space separator (Zs): `CharacterSet.whitespaces`.
    var isSpaceOrTab: Bool {
        isASCII ? self == " " || self == "\t" : properties.generalCategory == .spaceSeparator
    }

    /// Unicode's White_Space: the same scalars as `CharacterSet.whitespacesAndNewlines` (Z*, U+0009–U+000D, U+0085).
    var isWhitespaceOrNewline: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

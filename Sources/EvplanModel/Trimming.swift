import Foundation

/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every string through NSString: done per
/// cell and per name, that was a tenth of `evplan check` on a large plan. Most strings arrive with nothing to trim
/// and come back as they are.
extension String {
    /// Without what `CharacterSet.whitespaces` holds (tab and the space separators, Zs) at either end.
    public var trimmedOfWhitespace: String { trimmed(while: \.isSpaceOrTab) }

    /// Without what `CharacterSet.whitespacesAndNewlines` holds at either end.
    public var trimmedOfWhitespaceAndNewlines: String { trimmed(while: \.isWhitespaceOrNewline) }

    @inline(__always)
    private func trimmed(while isBlank: (Unicode.Scalar) -> Bool) -> String {
        // A printable ASCII byte at both ends (most cells and names in English) needs no scalar look-up.
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        if firstByte > 0x20, firstByte < 0x7F, lastByte > 0x20, lastByte < 0x7F { return self }
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
        if isASCII { return self == " " || self == "\t" }
        // Kana, CJK ideographs and Hangul are no space separators: skip the property look-up for them.
        if (0x3040...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return false }
        return properties.generalCategory == .spaceSeparator
    }

    /// Unicode's White_Space: the same scalars as `CharacterSet.whitespacesAndNewlines` (Z*, U+0009–U+000D, U+0085).
    var isWhitespaceOrNewline: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x3040...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return false }
        return properties.isWhitespace
    }
}

extension String {
    /// `lowercased()`, scalar by scalar without the case tables for the scalars that have no case: ASCII (capitals
    /// lowered), kana, CJK ideographs and punctuation, Hangul, and the fullwidth forms other than capitals. Any other
    /// scalar takes `lowercased()` for the whole text. Session titles are lowered once per row to look for words.
    public var lowercasedQuickly: String {
        var hasCapital = false
        for byte in utf8 where byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
            hasCapital = true
            break
        }
        var needsTables = false
        for scalar in unicodeScalars where scalar.value >= 0x80 {
            let value = scalar.value
            if (0x3000...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xFF01...0xFF20).contains(value) || (0xFF3B...0xFF5E).contains(value) { continue }
            needsTables = true
            break
        }
        if needsTables { return lowercased() }
        guard hasCapital else { return self }
        var bytes = Array(utf8)
        for index in bytes.indices where bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z") {
            bytes[index] |= 0x20
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, skipping Foundation's bridged copy when neither end is blank:
    /// the usual case, since cells and names arrive trimmed, and rules ask for it once per session or task.
    public var trimmedOfWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !first.isWhitespaceOrNewline, !last.isWhitespaceOrNewline else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space: the same scalars as `CharacterSet.whitespacesAndNewlines` (Z*, U+0009–U+000D, U+0085).
    var isWhitespaceOrNewline: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

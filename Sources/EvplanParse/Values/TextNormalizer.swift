/// Folds the full-width forms that Chinese and Japanese input methods produce (`１２０，０００`, `０９：００`,
/// `～`, `（五）`, the ideographic space) into their ASCII counterparts, so that every value parser reads
/// `１２萬` the same as `12萬`.
public enum TextNormalizer {
    /// The text with full-width ASCII forms (U+FF01–U+FF5E), the full-width currency signs and the
    /// ideographic space replaced by their half-width forms. Other characters are kept as they are.
    public static func halfWidth(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(halfWidth(scalar))
        }
        return String(scalars)
    }

    /// One scalar folded to half width.
    @inline(__always)
    public static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return scalar }
        switch value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(value - 0xFEE0) ?? scalar
        case 0x3000: return " "
        case 0xFFE0: return "\u{A2}"
        case 0xFFE1: return "\u{A3}"
        case 0xFFE5: return "\u{A5}"
        case 0xFFE6: return "\u{20A9}"
        default: return scalar
        }
    }
}

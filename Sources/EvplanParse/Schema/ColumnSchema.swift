import Foundation
import EvplanModel

/// The keys of one kind of table's columns, in the order the vocabulary lists them (`Vocabulary.columns[id]`).
protocol ColumnKey: RawRepresentable, CaseIterable, Hashable where RawValue == String, AllCases == [Self] {}

enum HeaderText {
    static func normalize(_ text: String) -> String {
        normalizeSimple(text) ?? slowNormalize(text)
    }

    /// Lowercased, without white space, `*`, `_` and colons, Character by Character.
    static func slowNormalize(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "_" && $0 != ":" && $0 != "：" }
    }

    /// `slowNormalize` scalar by scalar, for text whose every scalar is a Character of its own and lowercases alone:
    /// ASCII, CJK ideographs, CJK punctuation and the fullwidth forms other than capitals (every header alias evplan
    /// knows; a vocabulary is compiled per plan). Nil for any other text.
    static func normalizeSimple(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09...0x0D, 0x20, 0x2A, 0x3A, 0x5F, 0x3000, 0xFF1A: continue
            case 0x41...0x5A: scalars.append(Unicode.Scalar(value | 0x20)!)
            case 0x00...0x7F, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF5E: scalars.append(scalar)
            default: return nil
            }
        }
        return String(scalars)
    }

    /// The header itself and its parts (split on spaces and slashes, with any bracketed unit removed), and the texts
    /// in its brackets (`金額（萬元）` → `萬元`), where a unit scale may be named.
    static func parts(_ header: String) -> (candidates: [String], bracketed: [String]) {
        var result: [String] = [normalize(header)]
        var bracketed: [String] = []
        var withoutUnits = ""
        var inside = ""
        var depth = 0
        for character in header {
            if "(（[［".contains(character) { depth += 1; continue }
            if ")）]］".contains(character) {
                if depth == 1, !inside.isEmpty { bracketed.append(inside) }
                if depth == 1 { inside = "" }
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { withoutUnits.append(character) } else { inside.append(character) }
        }
        result.append(normalize(withoutUnits))
        for separator in [" ", "/", "／", "|"] {
            for part in withoutUnits.components(separatedBy: separator) where !part.isEmpty {
                result.append(normalize(part))
            }
        }
        // `單價Unit price`: split where Han text meets Latin text.
        let words = withoutUnits.split(whereSeparator: { $0 == " " })
        if let first = words.first, first.unicodeScalars.contains(where: { $0.value >= 0x3000 }) {
            let han = String(first.prefix { $0.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false })
            result.append(normalize(han))
            result.append(normalize(String(withoutUnits.dropFirst(han.count))))
        }
        return (result.filter { !$0.isEmpty }, bracketed)
    }
}

/// Splits a cell naming several people or rooms, `李大同、陳美玲`, `Alice, Bob / Carol`, `王小明 & 林小華`, into its
/// names. Separators: `、` `,` `，` `/` `／` `;` `；` and `&` with space on both sides (`AT&T` stays whole).
/// ` and ` is not a separator: names and organisations contain it. Separators inside brackets do not split,
/// so `王小明（台大、中研院）` is one name.
public enum NameListParser {
    /// Each name trimmed, with its offset in characters (0-based, counted in `Character`s as an editor counts
    /// columns) from the start of `text`, so a caller can point at the name's own column. Empty pieces are dropped.
    public static func parse(_ text: String) -> [(name: String, offset: Int)] {
        var names: [(name: String, offset: Int)] = []
        var bracketDepth = 0
        // The current piece's first and last non-blank characters, found while walking. String indices, not counted
        // offsets: re-counting from the start for every name made a cell of thousands of names quadratic.
        var firstVisible: (index: String.Index, offset: Int)?
        var visibleEnd = text.startIndex
        var previousKind = Kind.blank
        // An `&` splits only when the character after it is blank, which is known one step later.
        var pendingAmpersand: (index: String.Index, end: String.Index, offset: Int)?
        var offset = 0

        func finishPiece() {
            if let first = firstVisible {
                names.append((String(text[first.index..<visibleEnd]), first.offset))
            }
            firstVisible = nil
        }

        func markVisible(_ index: String.Index, end: String.Index, offset: Int) {
            if firstVisible == nil { firstVisible = (index, offset) }
            visibleEnd = end
        }

        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let end = text.index(after: index)
            let kind = classify(character)
            if let ampersand = pendingAmpersand {
                if kind == .blank {
                    finishPiece()
                } else {
                    markVisible(ampersand.index, end: ampersand.end, offset: ampersand.offset)
                }
                pendingAmpersand = nil
            }
            switch kind {
            case .opening: bracketDepth += 1
            case .closing: bracketDepth = max(0, bracketDepth - 1)
            default: break
            }
            if bracketDepth == 0 && kind == .separator {
                finishPiece()
            } else if bracketDepth == 0 && kind == .ampersand && previousKind == .blank {
                pendingAmpersand = (index, end, offset)
            } else if kind != .blank {
                markVisible(index, end: end, offset: offset)
            }
            previousKind = kind
            index = end
            offset += 1
        }
        if let ampersand = pendingAmpersand {
            markVisible(ampersand.index, end: ampersand.end, offset: ampersand.offset)
        }
        finishPiece()
        return names
    }

    private enum Kind { case separator, ampersand, opening, closing, blank, other }

    private static func classify(_ character: Character) -> Kind {
        guard let scalar = character.unicodeScalars.first else { return .other }
        switch scalar {
        case "、", ",", "，", "/", "／", ";", "；": return .separator
        case "&", "＆": return .ampersand
        case "(", "（", "[", "［", "【", "「", "『", "〔", "〈", "《": return .opening
        case ")", "）", "]", "］", "】", "」", "』", "〕", "〉", "》": return .closing
        default: return ScalarScanner.isSpace(scalar) ? .blank : .other
        }
    }
}

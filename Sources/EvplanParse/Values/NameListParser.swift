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
        // The current piece's first and last non-blank characters (UTF-8 positions), found while walking.
        var firstVisible: (utf8: Int, offset: Int)?
        var visibleEndUTF8 = 0
        var previousKind = Kind.blank
        // An `&` splits only when the character after it is blank, which is known one step later.
        var pendingAmpersand: (utf8: Int, endUTF8: Int, offset: Int)?
        var utf8Position = 0
        var offset = 0

        func finishPiece() {
            if let first = firstVisible {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: first.utf8)
                let upper = utf8.index(lower, offsetBy: visibleEndUTF8 - first.utf8)
                names.append((String(text[lower..<upper]), first.offset))
            }
            firstVisible = nil
        }

        func markVisible(utf8: Int, endUTF8: Int, offset: Int) {
            if firstVisible == nil { firstVisible = (utf8, offset) }
            visibleEndUTF8 = endUTF8
        }

        for character in text {
            let kind = classify(character)
            let endUTF8 = utf8Position + character.utf8.count
            if let ampersand = pendingAmpersand {
                if kind == .blank {
                    finishPiece()
                } else {
                    markVisible(utf8: ampersand.utf8, endUTF8: ampersand.endUTF8, offset: ampersand.offset)
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
                pendingAmpersand = (utf8Position, endUTF8, offset)
            } else if kind != .blank {
                markVisible(utf8: utf8Position, endUTF8: endUTF8, offset: offset)
            }
            previousKind = kind
            utf8Position = endUTF8
            offset += 1
        }
        if let ampersand = pendingAmpersand {
            markVisible(utf8: ampersand.utf8, endUTF8: ampersand.endUTF8, offset: ampersand.offset)
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

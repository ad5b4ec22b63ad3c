/// Splits a cell naming several people or rooms, `李大同、陳美玲`, `Alice, Bob / Carol`, `王小明 & 林小華`, into its
/// names. Separators: `、` `,` `，` `/` `／` `;` `；` and `&` with space on both sides (`AT&T` stays whole).
/// ` and ` is not a separator: names and organisations contain it. Separators inside brackets do not split,
/// so `王小明（台大、中研院）` is one name.
public enum NameListParser {
    static let separators: Set<Character> = ["、", ",", "，", "/", "／", ";", "；"]
    static let ampersands: Set<Character> = ["&", "＆"]
    static let openingBrackets: Set<Character> = ["(", "（", "[", "［", "【", "「", "『", "〔", "〈", "《"]
    static let closingBrackets: Set<Character> = [")", "）", "]", "］", "】", "」", "』", "〕", "〉", "》"]

    /// Each name trimmed, with its offset in characters (0-based, counted in `Character`s as an editor counts
    /// columns) from the start of `text`, so a caller can point at the name's own column. Empty pieces are dropped.
    public static func parse(_ text: String) -> [(name: String, offset: Int)] {
        let characters = Array(text)
        var names: [(name: String, offset: Int)] = []
        var pieceStart = 0
        var bracketDepth = 0
        for (index, character) in characters.enumerated() {
            if openingBrackets.contains(character) {
                bracketDepth += 1
            } else if closingBrackets.contains(character) {
                bracketDepth = max(0, bracketDepth - 1)
            } else if bracketDepth == 0, isSeparator(at: index, in: characters) {
                appendTrimmed(characters, pieceStart..<index, to: &names)
                pieceStart = index + 1
            }
        }
        appendTrimmed(characters, pieceStart..<characters.count, to: &names)
        return names
    }

    private static func isSeparator(at index: Int, in characters: [Character]) -> Bool {
        let character = characters[index]
        if separators.contains(character) { return true }
        guard ampersands.contains(character), index > 0, index + 1 < characters.count else { return false }
        return characters[index - 1].isWhitespace && characters[index + 1].isWhitespace
    }

    private static func appendTrimmed(_ characters: [Character], _ range: Range<Int>, to names: inout [(name: String, offset: Int)]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(characters[lower]) { lower += 1 }
        while upper > lower, isBlank(characters[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        names.append((String(characters[lower..<upper]), lower))
    }

    private static func isBlank(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}"
    }
}

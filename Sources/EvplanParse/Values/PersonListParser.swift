import EvplanModel

/// Reads a cell naming people: the separators of `NameListParser` (`、` `,` `/` ` & ` …), and `feat.`, `ft.`,
/// `featuring` and `與` between names, so `西屯饒舌聯盟 feat. 吳佩珊` names 西屯饒舌聯盟 and 吳佩珊. A note or title in
/// brackets after a name (`吳佩珊（特別嘉賓）`, `王小明(執行長)`) is kept as the person's title, not part of the name.
public enum PersonListParser {
    static let joiners = [" featuring ", " feat.", " feat ", " ft.", " ft ", "與"]
    /// The joiners as characters, split once.
    private static let joinerCharacters = joiners.map { ($0, Array($0)) }

    /// Each person with their offset in characters from the start of `text`.
    public static func parse(_ text: String, role: PersonRole) -> [(person: PersonRef, offset: Int)] {
        parseWritten(text, role: role).map { ($0.person, $0.offset) }
    }

    /// Each person, their offset, and the piece as written (`吳佩珊（特別嘉賓）`, `SZ Lin (林上智)`), which pages show.
    public static func parseWritten(_ text: String, role: PersonRole) -> [(person: PersonRef, offset: Int, written: String)] {
        var people: [(person: PersonRef, offset: Int, written: String)] = []
        for piece in NameListParser.parse(text) {
            for part in split(piece.name) {
                let (name, title) = nameAndTitle(part.text)
                guard !name.isEmpty else { continue }
                people.append((PersonRef(name: name, role: role, title: title), piece.offset + part.offset, part.text))
            }
        }
        return people
    }

    /// A piece split at `feat.` and `與` outside brackets, each part trimmed, with its offset in the piece.
    static func split(_ piece: String) -> [(text: String, offset: Int)] {
        // Every joiner is 與 or a space and an f (`feat.`, `ft`, `featuring`, in any case): most names (`吳佩珊`,
        // `Chloé Chen`) hold neither and have nothing to split.
        if !mayHoldJoiner(piece) {
            let trimmed = piece.trimmedOfWhitespace
            return trimmed.isEmpty ? [] : [(trimmed, piece.prefix { $0.isWhitespace }.count)]
        }
        let characters = Array(piece)
        var parts: [(text: String, offset: Int)] = []
        var start = 0
        var index = 0
        var depth = 0
        func add(_ from: Int, _ to: Int) {
            var first = from, last = to
            while first < last, characters[first].isWhitespace { first += 1 }
            while last > first, characters[last - 1].isWhitespace { last -= 1 }
            if first < last { parts.append((String(characters[first..<last]), first)) }
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "(", "（", "[", "［", "【": depth += 1
            case ")", "）", "]", "］", "】": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0, index > start, character == " " || character == "與",
               let joiner = joinerCharacters.first(where: { matches($0.1, characters, at: index) })?.0 {
                // 與 joins names only between two names of two characters or more (林與 is a name, not a list).
                let isHan = joiner == "與"
                let after = index + joiner.count
                if !isHan || (index - start >= 2 && characters.count - after >= 2) {
                    add(start, index)
                    start = after
                    index = after
                    continue
                }
            }
            index += 1
        }
        add(start, characters.count)
        return parts
    }

    /// False when no joiner can be in `piece`: no 與 (E8 88 87 in UTF-8) and no space followed by `f` or `F`.
    static func mayHoldJoiner(_ piece: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in piece.utf8 {
            if previous == 0x20, byte | 0x20 == UInt8(ascii: "f") { return true }
            if beforePrevious == 0xE8, previous == 0x88, byte == 0x87 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether `word` (lowercase) stands at `index`, ignoring case.
    private static func matches(_ word: [Character], _ characters: [Character], at index: Int) -> Bool {
        guard index + word.count <= characters.count else { return false }
        for offset in word.indices {
            let character = characters[index + offset], expected = word[offset]
            if character == expected { continue }
            // An ASCII character other than a capital letter lowercases to itself, which is not `expected`.
            if let ascii = character.asciiValue {
                guard ascii >= UInt8(ascii: "A"), ascii <= UInt8(ascii: "Z"),
                      Character(Unicode.Scalar(ascii | 0x20)) == expected else { return false }
                continue
            }
            if character.lowercased() != expected.lowercased() { return false }
        }
        return true
    }

    /// `吳佩珊（特別嘉賓）` → (吳佩珊, 特別嘉賓); a name with nothing after its brackets keeps the brackets' text as its title.
    static func nameAndTitle(_ text: String) -> (name: String, title: String?) {
        let trimmed = text.trimmedOfWhitespace
        guard let last = trimmed.last, last == ")" || last == "）",
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }), open > trimmed.startIndex else { return (trimmed, nil) }
        let name = trimmed[..<open].trimmedOfWhitespace
        let title = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmedOfWhitespace
        guard !name.isEmpty else { return (trimmed, nil) }
        return (name, title.isEmpty ? nil : title)
    }
}

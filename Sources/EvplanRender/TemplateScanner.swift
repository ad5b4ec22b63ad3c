import Foundation

/// A light pass over template text that finds tags with their line and column, so that a broken
/// override can be reported at the tag a planner must fix rather than at the end of the file.
enum TemplateScanner {
    private static let sigils: Set<Character> = ["#", "^", "/", ">", "<", "$", "!", "&", "="]

    /// Every tag in reading order. A set-delimiter tag (`{{=<% %>=}}`) is the last one returned: past it the scan
    /// would misread the template, so plan templates may not use one (`TemplateSet` reports it).
    static func tags(in text: String) -> [TemplateTag] {
        let characters = Array(text)
        var tags: [TemplateTag] = []
        var line = 1
        var column = 1
        var index = 0
        func advance(through end: Int) {
            while index < end {
                if characters[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                advance(through: index + 1)
                continue
            }
            var close = index + 2
            while close + 1 < characters.count, !(characters[close] == "}" && characters[close + 1] == "}") { close += 1 }
            guard close + 1 < characters.count else { break }
            var body = String(characters[(index + 2)..<close])
            var end = close + 2
            if body.hasPrefix("{") {
                body = "&" + body.dropFirst()
                if end < characters.count, characters[end] == "}" { end += 1 }
            }
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            let sigil = trimmed.first.flatMap { sigils.contains($0) ? $0 : nil }
            let name = (sigil == nil ? trimmed : String(trimmed.dropFirst())).trimmingCharacters(in: .whitespaces)
            tags.append(TemplateTag(sigil: sigil, name: name, line: line, column: column))
            if sigil == "=" { return tags }
            advance(through: end)
        }
        return tags
    }

    /// The first section-closing tag that does not match the open section, if any.
    static func mismatchedClose(in tags: [TemplateTag]) -> (tag: TemplateTag, expected: String?)? {
        var open: [TemplateTag] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(tag)
            case "/":
                guard let last = open.last, last.name == tag.name else { return (tag, open.last?.name) }
                open.removeLast()
            default: continue
            }
        }
        return nil
    }

    /// The innermost section that is never closed, if any.
    static func unclosedSection(in tags: [TemplateTag]) -> TemplateTag? {
        var open: [TemplateTag] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(tag)
            case "/": if open.last?.name == tag.name { open.removeLast() }
            default: continue
            }
        }
        return open.last
    }

    /// The template's text with its `{{…}}` tags taken out, as UTF-8, and the line and column each byte came from:
    /// the HTML a template writes around its values, for `HTMLPolicy` to read. Taking the tags out (rather than
    /// blanking them) joins what a tag splits, so `o{{!x}}nerror=` is read as the `onerror=` it renders to.
    static func textOutsideTags(_ text: String) -> (bytes: [UInt8], positions: [(line: Int, column: Int)]) {
        let characters = Array(text)
        var bytes: [UInt8] = []
        var positions: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        var index = 0
        func step(_ character: Character) {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        while index < characters.count {
            if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" {
                var close = index + 2
                while close + 1 < characters.count, !(characters[close] == "}" && characters[close + 1] == "}") { close += 1 }
                var end = min(close + 2, characters.count)
                if index + 2 < characters.count, characters[index + 2] == "{", end < characters.count, characters[end] == "}" { end += 1 }
                for character in characters[index..<end] { step(character) }
                index = end
                continue
            }
            let character = characters[index]
            for byte in character.utf8 {
                bytes.append(byte)
                positions.append((line, column))
            }
            step(character)
            index += 1
        }
        return (bytes, positions)
    }
}

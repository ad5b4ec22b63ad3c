import Foundation

/// A light pass over template text that finds tags with their line and column, so that a broken
/// override can be reported at the tag a planner must fix rather than at the end of the file.
enum TemplateScanner {
    private static let sigils: Set<Character> = ["#", "^", "/", ">", "<", "$", "!", "&", "="]

    /// Every tag in reading order; empty when the template changes its delimiters (the scan would misread it).
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
            if sigil == "=" { return [] }
            let name = (sigil == nil ? trimmed : String(trimmed.dropFirst())).trimmingCharacters(in: .whitespaces)
            tags.append(TemplateTag(sigil: sigil, name: name, line: line, column: column))
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
}

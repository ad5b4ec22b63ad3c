/// Splits `---` YAML front matter from the top of a file.
struct FrontMatterSplitter {
    /// The YAML text (without the fences), the line of the file its first line is on, and the body with the
    /// front matter replaced by blank lines so that body line numbers stay those of the file.
    struct Split {
        var yaml: String?
        var yamlFirstLine: Int
        var body: String
        /// The file opens with `---` but no closing fence follows.
        var isUnclosed = false
    }

    static func split(_ text: String) -> Split {
        guard text.hasPrefix("---") else { return Split(yaml: nil, yamlFirstLine: 0, body: text) }
        // Walks line by line up to the closing fence only: the body after it is taken as one slice,
        // not split into lines and joined again (that was a twenty-fifth of `evplan check` on a large plan).
        var lineStart = text.startIndex
        var lineIndex = 0
        var yamlStart = text.endIndex
        var previousLineEnd = text.startIndex
        while true {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpace()
            if lineIndex == 0 {
                guard line == "---" else { return Split(yaml: nil, yamlFirstLine: 0, body: text) }
            } else if line == "---" || line == "..." {
                let yaml = lineIndex == 1 ? "" : String(text[yamlStart..<previousLineEnd])
                var body = String(repeating: "\n", count: lineIndex + 1)
                if lineEnd < text.endIndex { body.append(contentsOf: text[text.index(after: lineEnd)...]) }
                return Split(yaml: yaml, yamlFirstLine: 2, body: body)
            }
            guard lineEnd < text.endIndex else { break }
            previousLineEnd = lineEnd
            lineStart = text.index(after: lineEnd)
            if lineIndex == 0 { yamlStart = lineStart }
            lineIndex += 1
        }
        // An unclosed fence: the whole file is read as Markdown and the loader reports the fence.
        return Split(yaml: nil, yamlFirstLine: 0, body: text, isUnclosed: true)
    }
}

extension Substring {
    func trimmingTrailingSpace() -> Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" || previous == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}

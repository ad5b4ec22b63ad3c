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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpace() == "---" else {
            return Split(yaml: nil, yamlFirstLine: 0, body: text)
        }
        for index in 1..<lines.count {
            let line = lines[index].trimmingTrailingSpace()
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let blank = String(repeating: "\n", count: index + 1)
                let body = blank + lines[(index + 1)...].joined(separator: "\n")
                return Split(yaml: yaml, yamlFirstLine: 2, body: body)
            }
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

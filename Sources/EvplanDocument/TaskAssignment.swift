import EvplanModel

/// Which task of the standard a plan file serves: its front matter `task:`, else its file-name prefix.
enum TaskAssignment {
    static func task(frontMatter: FrontMatterValue?, fileName: String) -> TaskCode? {
        if let declared = frontMatter?["task"] {
            return code(prefixOf: declared.scalar ?? "")
        }
        return code(prefixOf: fileName)
    }

    /// `T3`, `t3-budget.md`, `T3 預算`: a T and a digit 1–8 not followed by another digit.
    static func code(prefixOf text: String) -> TaskCode? {
        let characters = Array(text.trimmingCharacters(in: .whitespaces).prefix(3))
        guard characters.count >= 2, characters[0] == "T" || characters[0] == "t",
              let digit = characters[1].wholeNumberValue, (1...8).contains(digit) else { return nil }
        if characters.count == 3, characters[2].isNumber { return nil }
        return TaskCode(rawValue: "T\(digit)")
    }
}

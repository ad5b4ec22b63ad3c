import EvplanModel

/// How a message points at another row: "第 12 行" in the same file, "T4-day2.md 第 12 行" in another.
enum LineReference {
    static func text(for other: SourceLocation, seenFrom here: SourceLocation) -> LocalizedText {
        if other.file == here.file {
            return LocalizedText(zh: "第 \(other.line) 行", en: "line \(other.line)")
        }
        return LocalizedText(zh: "\(other.file) 第 \(other.line) 行", en: "\(other.file) line \(other.line)")
    }
}

import Foundation

/// Wraps a published budget text into a plan folder: event.md, and the text as T3-budget.md with
/// `task: T3` front matter instead of whatever front matter it had. Blank lines stand in for the dropped
/// front matter, so every line of the T3 file has the line number it has in the published file.
enum PublishedBudgetWrapper {
    static let budgetFile = "T3-budget.md"

    /// The T3 file's text.
    static func budgetText(wrapping published: String) -> String {
        var lines = published.components(separatedBy: "\n")
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
            let replacement = ["---", "task: T3", "---"]
            let padding = Array(repeating: "", count: max(0, close + 1 - replacement.count))
            lines.replaceSubrange(0...close, with: replacement + padding)
        } else {
            lines.insert(contentsOf: ["---", "task: T3", "---"], at: 0)
        }
        return lines.joined(separator: "\n")
    }

    static func write(name: String, currency: String, budgetText: String, into folder: TemporaryPlanFolder) throws {
        try folder.write("event.md", """
            ---
            name: \(name)
            currency: \(currency)
            ---

            # \(name)

            """)
        try folder.write(budgetFile, budgetText)
    }
}

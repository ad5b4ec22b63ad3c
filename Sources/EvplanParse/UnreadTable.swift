import EvplanDocument
import EvplanModel

/// A table a planner wrote in a section of records that Markdown does not give evplan as a table: a header with
/// no `|---|` line under it (or one with another number of cells), or a table inside a quote or a list. Left as
/// prose it would be shown but never checked, without a word.
enum UnreadTable {
    static func diagnostic(for prose: Prose) -> Diagnostic? {
        if prose.text.hasPrefix("|") {
            return Diagnostic(FormatRules.unparsableValue, at: prose.location, LocalizedText(
                zh: "這幾行看起來是表格，但 Markdown 不把它當表格讀，evplan 無法檢查", en: "These lines look like a table, but Markdown does not read them as one, so evplan cannot check them"),
                hint: LocalizedText(zh: "在表頭下一行加上分隔列，例如 |---|---|，格數要和表頭一樣。",
                                    en: "Put a delimiter row such as |---|---| right under the header, with as many cells as the header."))
        }
        if TextSearch.contains(prose.html, "<table") {
            return Diagnostic(FormatRules.unparsableValue, at: prose.location, LocalizedText(
                zh: "表格在引用或清單裡，evplan 把它當成一般文字，不會檢查", en: "This table is inside a quote or a list, so evplan reads it as prose and does not check it"),
                hint: LocalizedText(zh: "把表格移出引用（>）或清單（-），直接放在段落標題下。",
                                    en: "Move the table out of the quote (>) or list (-), directly under the section heading."))
        }
        return nil
    }

    static func diagnostics(in blocks: [Block]) -> [Diagnostic] {
        blocks.compactMap { block in
            if case let .prose(prose) = block { diagnostic(for: prose) } else { nil }
        }
    }
}

import Foundation

/// The HTML of a document's tables, rendered when first asked for. Most tables become the plan's budget, agenda or
/// schedule and are never shown as HTML; rendering every one while loading cost a twentieth of `evplan check` and
/// kept a second copy of each large table in memory. The first request parses the document again and renders all
/// its tables at once, so a file of many prose tables is parsed twice, not once per table.
final class TableHTMLSource: @unchecked Sendable {
    private let markdown: String
    private let source: SourceText
    private let allowRawHTML: Bool
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var renderedByLine: [Int: String]?

    init(markdown: String, source: SourceText, allowRawHTML: Bool) {
        self.markdown = markdown
        self.source = source
        self.allowRawHTML = allowRawHTML
    }

    func html(ofTableAt line: Int) -> String {
        lock.withLock {
            if renderedByLine == nil {
                renderedByLine = CommonMarkParser(markdown: markdown, source: source, allowRawHTML: allowRawHTML).tableHTMLByLine()
            }
            return renderedByLine?[line] ?? ""
        }
    }
}

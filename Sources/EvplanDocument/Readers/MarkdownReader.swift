import EvplanModel
import Foundation

/// Markdown plan files: UTF-8 text (BOM and CRLF accepted), YAML front matter between `---` lines, and a body read by
/// cmark-gfm with GitHub's extensions (every cmark-gfm call lives in CommonMarkParser.swift).
public struct MarkdownReader: PlanFileReader {
    public init() {}

    public var fileExtensions: [String] { ["md", "markdown"] }

    public func read(_ data: Data, path: String, options: PlanFileReadOptions) -> (document: Document?, diagnostics: [Diagnostic]) {
        switch TextDecoder.decode(data) {
        case let .failure(problem):
            return (nil, [Diagnostic(FormatRules.encoding, at: problem.location(in: path), problem.message)])
        case let .success(text):
            let parsed = parse(text: text, path: path, options: options)
            return (parsed.document, parsed.diagnostics)
        }
    }

    /// Parses already-decoded text as a plan file at `path`.
    public func parse(text: String, path: String, options: PlanFileReadOptions) -> (document: Document, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let split = FrontMatterSplitter.split(text)
        var frontMatter: FrontMatterValue?
        if split.isUnclosed {
            diagnostics.append(Diagnostic(FormatRules.invalidFrontMatter, at: SourceLocation(file: path, line: 1, column: 1),
                                          LocalizedText(zh: "front matter 以 --- 開始，但沒有結束的 --- 行", en: "Front matter opens with --- but no closing --- line follows")))
        }
        if let yaml = split.yaml {
            let reading = FrontMatterReader.read(yaml, firstLine: split.yamlFirstLine, path: path)
            for problem in reading.problems {
                diagnostics.append(Diagnostic(FormatRules.invalidFrontMatter, at: problem.location,
                                              LocalizedText(zh: "front matter 的 YAML 有誤：\(problem.message)", en: "Invalid YAML front matter: \(problem.message)")))
            }
            switch reading.result {
            case let .success(value):
                frontMatter = value
            case let .failure(failure):
                diagnostics.append(Diagnostic(FormatRules.invalidFrontMatter, at: failure.location,
                                              LocalizedText(zh: "front matter 的 YAML 有誤：\(failure.message)", en: "Invalid YAML front matter: \(failure.message)")))
            }
        }
        // A table that would cost cmark more than the bound is left out (its lines emptied) and reported.
        let bounded = TableCostBound.bound(split.body, path: path)
        diagnostics += bounded.diagnostics
        let source = SourceText(path: path, text: bounded.text)
        let parser = CommonMarkParser(markdown: bounded.text, source: source, allowRawHTML: options.allowRawHTML, planRoot: options.planRoot)
        let blocks = parser.blocks()
        return (Document(path: path, frontMatter: frontMatter, blocks: blocks), diagnostics + parser.diagnostics)
    }
}

import EvplanModel
import Foundation
import Mustache

/// The templates one render uses: the built-in ones embedded in the binary, each replaced by the plan's
/// own file of the same relative path under its `Templates/` folder.
struct TemplateSet: Sendable {
    static let fileExtension = ".mustache"
    /// How deep partials may include partials. The built-in pages go two deep; swift-mustache recurses once per
    /// level, so a partial that includes itself would otherwise run until the stack overflows.
    static let maximumPartialDepth = 16

    let library: MustacheLibrary
    /// Whether any of the plan's own templates is in use: then every page is passed through `HTMLPolicy` as it is rendered.
    let hasOverrides: Bool

    /// Throws the first error `analyse` finds, so no `MustacheLibrary` is ever made from templates that could
    /// recurse without end, write a script, or fail to parse.
    init(overrideDirectory: String?, allowRawHTML: Bool = false) throws {
        let analysis = TemplateSet.analyse(overrideDirectory: overrideDirectory, allowRawHTML: allowRawHTML)
        if let problem = analysis.problems.first(where: { $0.isError }) { throw problem.error }
        library = MustacheLibrary(templates: analysis.templates)
        hasOverrides = !analysis.overrideNames.isEmpty
    }

    struct Analysis {
        var templates: [String: MustacheTemplate] = [:]
        var overrideNames: Set<String> = []
        var problems: [TemplateProblem] = []
    }

    /// Everything wrong with the templates a render would use: the built-in ones with the plan's own laid over them.
    static func analyse(overrideDirectory: String?, allowRawHTML: Bool) -> Analysis {
        var analysis = Analysis()
        var sources: [String: TemplateSource] = [:]
        do {
            for source in try TemplateSet.builtInSources() { sources[source.name] = source }
            if let directory = overrideDirectory {
                for source in try TemplateSet.overrideSources(in: directory) {
                    sources[source.name] = source
                    analysis.overrideNames.insert(source.name)
                }
            }
        } catch {
            analysis.problems.append(TemplateProblem(error))
            return analysis
        }
        let ordered = sources.values.sorted { $0.name < $1.name }

        for source in ordered {
            switch TemplateSet.parse(source) {
            case let .success(template): analysis.templates[source.name] = template
            case let .failure(problem): analysis.problems.append(problem)
            }
        }
        var includes: [String: [(tag: TemplateTag, file: String)]] = [:]
        for source in ordered {
            for tag in TemplateScanner.tags(in: source.text) {
                if tag.sigil == "=" {
                    analysis.problems.append(TemplateProblem(.template, file: source.file, tag: tag, LocalizedText(
                        zh: "範本不能改變標籤的分隔符號（`{{=… …=}}`）；請沿用 `{{` 與 `}}`",
                        en: "templates may not change their delimiters (`{{=… …=}}`); keep `{{` and `}}`")))
                } else if tag.sigil == nil, tag.name.hasPrefix("%") {
                    analysis.problems.append(TemplateProblem(.template, file: source.file, tag: tag, LocalizedText(
                        zh: "範本不能用 `{{% … }}` 設定（例如關掉 HTML 跳脫）",
                        en: "templates may not use `{{% … }}` settings (such as turning HTML escaping off)")))
                } else if tag.sigil == ">" || tag.sigil == "<" {
                    guard sources[tag.name] != nil else {
                        analysis.problems.append(TemplateProblem(.template, file: source.file, tag: tag, LocalizedText(
                            zh: "部分範本「\(tag.name)」不存在；範本以 Templates/ 底下的路徑、去掉 .mustache 命名（例如 `partials/layout-head`）",
                            en: "partial `\(tag.name)` does not exist; templates are named by their path under Templates/ without .mustache (e.g. `partials/layout-head`)")))
                        continue
                    }
                    includes[source.name, default: []].append((tag, source.file))
                } else if (tag.sigil == "&"), analysis.overrideNames.contains(source.name), !allowRawHTML,
                          !TemplateSet.htmlValueNames.contains(TemplateSet.lastNameComponent(tag.name)) {
                    analysis.problems.append(TemplateProblem(.template, file: source.file, tag: tag, LocalizedText(
                        zh: "`{{{\(tag.name)}}}` 會把企劃的文字不經跳脫直接放進頁面（可能變成腳本）；改用 `{{\(tag.name)}}`。只有 \(TemplateSet.htmlValueNames.sorted().joined(separator: "、")) 已是安全的 HTML",
                        en: "`{{{\(tag.name)}}}` puts the plan's text into the page unescaped (it could become script); write `{{\(tag.name)}}`. Only \(TemplateSet.htmlValueNames.sorted().joined(separator: ", ")) hold HTML that is already safe")))
                }
            }
        }
        let pageTemplates = DeliverableCatalogue.all.flatMap { deliverable in deliverable.templateNames.map { (name: $0, deliverable: deliverable) } }
        for (name, deliverable) in pageTemplates where sources[name] == nil {
            let file = overrideDirectory.map { TemplateSet.join($0, name + TemplateSet.fileExtension) }
                ?? "Templates/\(name)\(TemplateSet.fileExtension)"
            analysis.problems.append(TemplateProblem(.template, file: file, line: 1, column: 1, LocalizedText(
                zh: "缺少 \(deliverable.entryFile) 的範本「\(name)」", en: "template `\(name)` for \(deliverable.entryFile) is missing")))
        }
        analysis.problems += PartialGraph(includes: includes).problems(pages: pageTemplates.map(\.name), limit: maximumPartialDepth)
        for source in ordered where analysis.overrideNames.contains(source.name) {
            analysis.problems += TemplateSet.htmlProblems(in: source, allowRawHTML: allowRawHTML)
        }
        return analysis
    }

    /// The view-model values that hold HTML already made safe (prose, the press release body); every other value
    /// is the plan's text, which only `{{…}}` (escaped) may write.
    static let htmlValueNames: Set<String> = ["html", "bodyHTML", "datelinedBodyHTML", "aboutHTML", "cssTitle", "cssVersionLine", "cssPageNumber"]

    private static func lastNameComponent(_ name: String) -> String {
        // `{{{ transform(a.b) }}}` writes `a.b`.
        let inner = name.split(whereSeparator: { $0 == "(" || $0 == ")" }).last.map(String.init) ?? name
        return inner.split(separator: ".").last.map(String.init) ?? inner
    }

    /// What the template's own HTML breaks of `HTMLPolicy`, at the line and column of the offending tag.
    private static func htmlProblems(in source: TemplateSource, allowRawHTML: Bool) -> [TemplateProblem] {
        let (bytes, positions) = TemplateScanner.textOutsideTags(source.text)
        let text = String(decoding: bytes, as: UTF8.self)
        return HTMLPolicy.findings(in: text).compactMap { finding in
            guard !allowRawHTML || finding.violation.isRemoteResource else { return nil }
            let position = finding.offset < positions.count ? positions[finding.offset] : (line: 1, column: 1)
            return TemplateProblem(finding.violation.isRemoteResource ? .remoteResource : .template,
                                   file: source.file, line: position.line, column: position.column, finding.violation.message)
        }
    }

    private static func builtInSources() throws -> [TemplateSource] {
        try EmbeddedTemplates.base64.compactMap { entry in
            guard entry.name.hasSuffix(fileExtension) else { return nil }
            let file = "Templates/\(entry.name)"
            guard let data = Data(base64Encoded: entry.contents), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: file, line: 1, column: 1, message: "built-in template is not UTF-8 text")
            }
            return TemplateSource(name: String(entry.name.dropLast(fileExtension.count)), text: text, file: file)
        }
    }

    private static func overrideSources(in directory: String) throws -> [TemplateSource] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let walker = manager.enumerator(atPath: directory) else { return [] }
        var sources: [TemplateSource] = []
        for case let relative as String in walker where relative.hasSuffix(fileExtension) {
            let file = join(directory, relative)
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            // Templates/ is part of the plan: a template linked from outside it is not read (PlanBoundary).
            guard PlanBoundary.contains(file, inPlan: (directory as NSString).deletingLastPathComponent) else {
                throw TemplateError(file: file, line: 1, column: 1, message: "template is a link that leads outside the plan folder, loops or is broken, and was not read; copy the file into the plan's Templates/ folder instead of linking to it")
            }
            guard let data = manager.contents(atPath: file) else {
                throw TemplateError(file: file, line: 1, column: 1, message: "template cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: file, line: 1, column: 1, message: "template is not UTF-8; save it as UTF-8 from your editor")
            }
            sources.append(TemplateSource(name: String(relative.dropLast(fileExtension.count)), text: text, file: file))
        }
        return sources.sorted { $0.name < $1.name }
    }

    private static func parse(_ source: TemplateSource) -> Result<MustacheTemplate, TemplateProblem> {
        do {
            return .success(try MustacheTemplate(string: source.text))
        } catch let error as MustacheTemplate.ParserError {
            func problem(_ line: Int, _ column: Int, _ message: LocalizedText) -> Result<MustacheTemplate, TemplateProblem> {
                .failure(TemplateProblem(.template, file: source.file, line: line, column: column, message))
            }
            let tags = TemplateScanner.tags(in: source.text)
            switch error.error as? MustacheTemplate.Error {
            case .sectionCloseNameIncorrect?:
                if let (tag, expected) = TemplateScanner.mismatchedClose(in: tags) {
                    let hint = expected.map { LocalizedText(zh: "；開著的段落是 `{{#\($0)}}`，請用 `{{/\($0)}}` 結束", en: "; the open section is `{{#\($0)}}`, close it with `{{/\($0)}}`") }
                        ?? LocalizedText(zh: "；這裡沒有開著的段落", en: "; no section is open here")
                    return problem(tag.line, tag.column, LocalizedText(
                        zh: "`{{/\(tag.name)}}` 結束了一個沒有開始的段落\(hint.zhTW)",
                        en: "`{{/\(tag.name)}}` closes a section that is not open\(hint.en)"))
                }
            case .expectedSectionEnd?:
                if let tag = TemplateScanner.unclosedSection(in: tags) {
                    let open = "{{\(tag.sigil.map(String.init) ?? "")\(tag.name)}}"
                    return problem(tag.line, tag.column, LocalizedText(
                        zh: "段落 `\(open)` 沒有結束；請加上 `{{/\(tag.name)}}`",
                        en: "section `\(open)` is never closed; add `{{/\(tag.name)}}`"))
                }
            case .unfinishedName?, nil:
                // The parser stops past the broken tag (at the end of the text when `}}` never comes).
                if let (line, column) = openingBraces(before: error.context, in: source.text) {
                    return problem(line, column, describe(error.error))
                }
            default:
                break
            }
            return problem(error.context.lineNumber, error.context.columnNumber, describe(error.error))
        } catch {
            return .failure(TemplateProblem(.template, file: source.file, line: 1, column: 1,
                                            LocalizedText(zh: "範本無法解讀：\(error)", en: "template cannot be read: \(error)")))
        }
    }

    /// The `{{` of the tag the parser was reading when it stopped, which is where the planner must look.
    private static func openingBraces(before context: MustacheParserContext, in text: String) -> (line: Int, column: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard context.lineNumber >= 1, context.lineNumber <= lines.count else { return nil }
        lines[context.lineNumber - 1] = Array(lines[context.lineNumber - 1].prefix(max(context.columnNumber - 1, 0)))
        for lineIndex in stride(from: context.lineNumber - 1, through: 0, by: -1) {
            let line = lines[lineIndex]
            guard line.count >= 2 else { continue }
            for index in stride(from: line.count - 2, through: 0, by: -1) where line[index] == "{" && line[index + 1] == "{" {
                return (lineIndex + 1, index + 1)
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> LocalizedText {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: LocalizedText(zh: "段落結束標籤的名稱不對", en: "a section is closed with the wrong name")
        case .unfinishedName?: LocalizedText(zh: "標籤沒有寫完：名稱只能有字母、數字、`.`、`-` 與 `_`，並以 `}}` 結束",
                                             en: "tag is not finished: a name may hold letters, digits, `.`, `-` and `_` and must end with `}}`")
        case .expectedSectionEnd?: LocalizedText(zh: "有段落沒有結束", en: "a section is never closed")
        case .invalidSetDelimiter?: LocalizedText(zh: "分隔符號設定標籤寫錯了", en: "set-delimiter tag is malformed; write it like `{{=<% %>=}}`")
        case .transformAppliedToInheritanceSection?: LocalizedText(zh: "繼承段落不能套用轉換", en: "a transform cannot be applied to an inheritance section")
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            LocalizedText(zh: "`{{<parent}}` 裡只能有 `{{$block}}` 定義", en: "only `{{$block}}` definitions may appear inside `{{<parent}}`")
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: LocalizedText(zh: "不認得的 `{{% … }}` 設定", en: "unknown `{{% … }}` setting")
        case nil: LocalizedText(zh: "標籤沒有結束：`{{` 沒有對應的 `}}`", en: "tag is not closed: `{{` has no matching `}}`")
        }
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}

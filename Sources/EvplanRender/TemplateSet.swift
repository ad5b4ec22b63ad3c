import EvplanModel
import Foundation
import Mustache

/// The templates one render uses: the built-in ones embedded in the binary, each replaced by the plan's
/// own file of the same relative path under its `Templates/` folder.
struct TemplateSet: Sendable {
    static let fileExtension = ".mustache"

    let library: MustacheLibrary

    init(overrideDirectory: String?) throws {
        var sources: [String: TemplateSource] = [:]
        for source in try TemplateSet.builtInSources() { sources[source.name] = source }
        if let directory = overrideDirectory {
            for source in try TemplateSet.overrideSources(in: directory) { sources[source.name] = source }
        }
        let ordered = sources.values.sorted { $0.name < $1.name }

        var templates: [String: MustacheTemplate] = [:]
        for source in ordered {
            templates[source.name] = try TemplateSet.parse(source)
        }
        for source in ordered {
            for tag in TemplateScanner.tags(in: source.text) where tag.sigil == ">" || tag.sigil == "<" {
                guard templates[tag.name] == nil else { continue }
                throw TemplateError(file: source.file, line: tag.line, column: tag.column,
                                    message: "partial `\(tag.name)` does not exist; templates are named by their path under Templates/ without .mustache (e.g. `partials/layout-head`)")
            }
        }
        for page in Page.allCases where templates[page.templateName] == nil {
            let file = overrideDirectory.map { TemplateSet.join($0, page.templateName + TemplateSet.fileExtension) }
                ?? "Templates/\(page.templateName)\(TemplateSet.fileExtension)"
            throw TemplateError(file: file, line: 1, column: 1, message: "template `\(page.templateName)` for \(page.fileName) is missing")
        }
        library = MustacheLibrary(templates: templates)
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

    private static func parse(_ source: TemplateSource) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: source.text)
        } catch let error as MustacheTemplate.ParserError {
            let tags = TemplateScanner.tags(in: source.text)
            switch error.error as? MustacheTemplate.Error {
            case .sectionCloseNameIncorrect?:
                if let (tag, expected) = TemplateScanner.mismatchedClose(in: tags) {
                    let hint = expected.map { "; the open section is `{{#\($0)}}`, close it with `{{/\($0)}}`" } ?? "; no section is open here"
                    throw TemplateError(file: source.file, line: tag.line, column: tag.column,
                                        message: "`{{/\(tag.name)}}` closes a section that is not open\(hint)")
                }
            case .expectedSectionEnd?:
                if let tag = TemplateScanner.unclosedSection(in: tags) {
                    throw TemplateError(file: source.file, line: tag.line, column: tag.column,
                                        message: "section `{{\(tag.sigil.map(String.init) ?? "")\(tag.name)}}` is never closed; add `{{/\(tag.name)}}`")
                }
            case .unfinishedName?, nil:
                // The parser stops past the broken tag (at the end of the text when `}}` never comes).
                if let (line, column) = openingBraces(before: error.context, in: source.text) {
                    throw TemplateError(file: source.file, line: line, column: column, message: describe(error.error))
                }
            default:
                break
            }
            throw TemplateError(file: source.file, line: error.context.lineNumber, column: error.context.columnNumber,
                                message: describe(error.error))
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

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with the wrong name"
        case .unfinishedName?: "tag is not finished: a name may hold letters, digits, `.`, `-` and `_` and must end with `}}`"
        case .expectedSectionEnd?: "a section is never closed"
        case .invalidSetDelimiter?: "set-delimiter tag is malformed; write it like `{{=<% %>=}}`"
        case .transformAppliedToInheritanceSection?: "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: "only `{{$block}}` definitions may appear inside `{{<parent}}`"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: "unknown `{{% … }}` setting"
        case nil: "tag is not closed: `{{` has no matching `}}`"
        }
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}

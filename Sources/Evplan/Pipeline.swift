import EvplanCheck
import EvplanDocument
import EvplanModel
import EvplanParse
import EvplanRender
import EvplanSchedule
import Foundation

/// One plan taken through load → parse → analyse → check: what `check` reports, and what `build` and the
/// preview render.
public struct CompiledPlan: Sendable {
    public var plan: Plan
    /// Worked out once, read by the rules and the pages alike.
    public var analyses: PlanAnalyses
    /// In reading order, with the plan's own rule settings applied.
    public var diagnostics: [Diagnostic]
    /// event.md sets `raw_html: true`: the plan's Markdown and templates may put raw HTML, scripts included, into pages.
    public var allowsRawHTML = false

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var language: Language { plan.language }
}

/// What `evplan check` found: a compiled plan.
public typealias CheckResult = CompiledPlan

/// The stages in order: load → parse → analyse → check, then render and write for a build.
public enum Pipeline {
    /// The one place the stages run in order; `check`, `build` and the preview all start here.
    /// `calendar`: nil schedules in the calendar the plan chose (TW by default for zh-TW plans);
    /// `asOf`: the status date, over the plan's `as_of:` (`--as-of`).
    public static func compile(folder: String, calendar: WorkingCalendar? = nil, asOf: PlanDate? = nil) -> CompiledPlan {
        let opened = PlanFolderLoader.open(folder: folder)
        let (plan, loadAndParseDiagnostics) = PlanParser.parse(opened)
        let analyses = PlanAnalyses(plan: plan, calendar: calendar, asOf: asOf)
        var found = loadAndParseDiagnostics + Checker.check(plan, analyses: analyses)
        // Templates are code: the ones a build would use are checked with the plan, so check, the git hook, build
        // and serve all report them.
        // The built-in templates alone are checked by the test suite; parsing them again would be half of a small
        // plan's check, so only a plan with its own Templates/ has them analysed.
        if let overrides = templateDirectory(of: folder) {
            found += Renderer.templateDiagnostics(overrideDirectory: overrides, allowRawHTML: opened.allowRawHTML)
        }
        if opened.allowRawHTML, let event = opened.event {
            let setting = event.frontMatter?["raw_html"]?.location ?? SourceLocation(file: event.path, line: 1, column: 1)
            found.append(Diagnostic(FormatRules.rawHTMLEnabled, at: setting, LocalizedText(
                zh: "raw_html: true：企劃文字與 Templates/ 範本裡的原始 HTML（包括腳本與網路資源）會原樣放進頁面",
                en: "raw_html: true: raw HTML in the plan's text and in its Templates/ (scripts and network resources included) goes into the pages as written")))
        }
        return CompiledPlan(plan: plan, analyses: analyses, diagnostics: Diagnostic.ordered(applySettings(of: plan, to: found)),
                            allowsRawHTML: opened.allowRawHTML)
    }

    public static func check(folder: String) -> CheckResult {
        compile(folder: folder)
    }

    /// The plan's own `Templates/` folder, when it has one.
    public static func templateDirectory(of folder: String) -> String? {
        let overrides = (folder as NSString).appendingPathComponent("Templates")
        return FileManager.default.fileExists(atPath: overrides) ? overrides : nil
    }

    /// The renderer a build of this plan uses. Throws the first `format.template` error `check` reported.
    public static func renderer(folder: String, for result: CheckResult) throws -> Renderer {
        try Renderer(overrideDirectory: templateDirectory(of: folder), allowRawHTML: result.allowsRawHTML)
    }

    /// A plan's `rules:` settings: another severity, or off. A setting that names no rule is itself reported.
    static func applySettings(of plan: Plan, to diagnostics: [Diagnostic]) -> [Diagnostic] {
        let settings = plan.event?.ruleSettings ?? [:]
        var result: [Diagnostic] = []
        for var diagnostic in diagnostics {
            // A template that cannot be used or would write script stops every build: no setting turns that off.
            guard diagnostic.rule.id != FormatRules.template.id else {
                result.append(diagnostic)
                continue
            }
            switch settings[diagnostic.rule.id]?.value {
            case .off: continue
            case let .severity(severity): diagnostic.severity = severity
            case nil: break
            }
            result.append(diagnostic)
        }
        for (id, setting) in settings.sorted(by: { $0.key < $1.key }) where RuleCatalogue.descriptor(id: id) == nil {
            let closest = EditDistance.closest(to: id, in: RuleCatalogue.descriptors.map(\.id), maximum: 4)
            let guess = closest.map { LocalizedText(zh: "（是不是「\($0)」？）", en: " (did you mean “\($0)”?)") } ?? LocalizedText(zh: "", en: "")
            result.append(Diagnostic(FormatRules.unknownRule, at: setting.location, LocalizedText(
                zh: "沒有代號為「\(id)」的規則\(guess.zhTW)", en: "No rule has the id “\(id)”\(guess.en)")))
        }
        return result
    }

    public enum BuildOutcome: Sendable {
        case built(CheckResult, files: [String])
        /// Errors stopped the build; the output folder was not touched.
        case refused(CheckResult)
    }

    public struct BuildFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Refuses an output that `build` would refuse to write to (see `OutputFolder`), before any build: for `watch`
    /// and `serve`, which should stop at once rather than report the same refusal after every save.
    public static func checkOutput(folder: String, output: String) throws {
        let declared = PlanFolderLoader.open(folder: folder).event?.frontMatter?["lang"]?.scalar
        let language = declared.flatMap(Language.init(code:)) ?? .zhTW
        let resolved = try OutputFolder.checkPlacement(output, plan: folder, language: language)
        if let refusal = OutputFolder.existingContentsRefusal(URL(fileURLWithPath: resolved), shownAs: output, language: language) {
            throw refusal
        }
    }

    /// Checks, renders and writes the deliverables into `output`. The folder is replaced whole only once every
    /// file has been written, so a failed build leaves the previous output as it was.
    public static func build(folder: String, output: String, force: Bool) throws -> BuildOutcome {
        let result = compile(folder: folder)
        // Refused before anything else, so a bad -o is reported even while the plan still has errors.
        try OutputFolder.checkPlacement(output, plan: folder, language: result.language)
        if result.errorCount > 0 && !force { return .refused(result) }
        let renderer: Renderer
        do {
            renderer = try Pipeline.renderer(folder: folder, for: result)
        } catch {
            // Not even --force builds from templates that cannot be used or would write script; check said why.
            if result.diagnostics.contains(where: { $0.rule.id == FormatRules.template.id }) { return .refused(result) }
            throw BuildFailure(description: "\(error)")
        }
        let files = renderer.render(result)
        try OutputFolder.replace(output, plan: folder, language: result.language, with: files)
        return .built(result, files: files.map(\.path))
    }
}

extension Renderer {
    /// The pages of a compiled plan, from the analyses its checks read.
    public func render(_ compiled: CompiledPlan) -> [RenderedFile] {
        render(compiled.plan, analyses: compiled.analyses, diagnostics: compiled.diagnostics)
    }
}

import EvplanModel
import EvplanSchedule
import Foundation

/// Turns a plan into its HTML deliverables through the Mustache templates.
///
/// Every view-model a template reaches is a `TemplateValue`, whose lookups are generated from its stored properties
/// (a plan's own templates may use any of them); a `nil` optional comes back as `nil`, as `Mirror` lookups did.
/// `ViewModelLookupTests` walks the view-models of real plans to check the generated lookups against `Mirror`.
public struct Renderer: Sendable {
    private let templates: TemplateSet
    /// Pages rendered from a plan's own templates go through `HTMLPolicy` unless the plan sets `raw_html: true`.
    private let sanitises: Bool

    /// Loads the built-in templates and lays the plan's own `Templates/` files over them.
    /// Throws the first `format.template` problem `templateDiagnostics` would report: an override that does not
    /// parse, names a partial that does not exist, includes partials in a cycle or too deep, or (unless
    /// `allowRawHTML`) writes script.
    public init(overrideDirectory: String?, allowRawHTML: Bool = false) throws {
        templates = try TemplateSet(overrideDirectory: overrideDirectory, allowRawHTML: allowRawHTML)
        sanitises = templates.hasOverrides && !allowRawHTML
    }

    /// What `evplan check` reports about the templates a build would use (`format.template`, `format.remote-resource`).
    public static func templateDiagnostics(overrideDirectory: String?, allowRawHTML: Bool) -> [Diagnostic] {
        TemplateSet.analyse(overrideDirectory: overrideDirectory, allowRawHTML: allowRawHTML).problems.map(\.diagnostic)
    }

    /// The deliverables of `plan`, drawn from the `analyses` the checks read too, with `diagnostics` on the overview.
    public func render(_ plan: Plan, analyses: PlanAnalyses, diagnostics: [Diagnostic]) -> [RenderedFile] {
        // Notes for the plan's authors (a table read as prose) belong in `evplan check`, not in the pages.
        let context = RenderContext(plan: plan, analyses: analyses, diagnostics: diagnostics.filter { !FormatRules.authorNotes.contains($0.rule.id) })
        // Deliverables are independent; the agenda of a large programme takes as long as all the others together.
        let files = DeliverableCatalogue.all.concurrentMap { $0.render(context, templates: templates.library) }.flatMap { $0 }
        guard sanitises else { return files }
        // What a plan's template writes around the values was checked; this also catches what the values make of
        // it (a plan's text in an unquoted attribute, a `javascript:` link built from a cell).
        return files.map { file in
            guard file.path.hasSuffix(".html") else { return file }
            return RenderedFile(path: file.path, contents: Data(HTMLPolicy.sanitise(String(decoding: file.contents, as: UTF8.self)).utf8))
        }
    }

    /// Analyses the plan in the default calendar, then renders it.
    public func render(_ plan: Plan, diagnostics: [Diagnostic]) -> [RenderedFile] {
        render(plan, analyses: PlanAnalyses(plan: plan), diagnostics: diagnostics)
    }
}

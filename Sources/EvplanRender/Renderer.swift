import EvplanModel
import Foundation

/// Turns a plan into its HTML deliverables through the Mustache templates.
///
/// Every view-model a template reaches conforms to `MustacheParent` with a `switch` over its stored properties.
/// Without it swift-mustache looks up each `{{key}}` by building a `Mirror` of every object on the context stack
/// and filtering all of its children, which took about half of a build. The switches list every stored property
/// (a plan's own templates may use any of them) and return `nil` for a `nil` optional, as `Mirror` lookups did;
/// `ViewModelLookupTests` walks the view-models of real plans to keep them in step with the properties.
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

    public func render(_ plan: Plan, diagnostics: [Diagnostic]) -> [RenderedFile] {
        let context = RenderContext(plan: plan, diagnostics: diagnostics)
        // Pages are independent; the agenda of a large programme takes as long as all the others together.
        return Page.allCases.concurrentMap { page in
            var html = templates.library.render(Renderer.viewModel(for: page, context: context), withTemplate: page.templateName) ?? ""
            // What a plan's template writes around the values was checked; this also catches what the values
            // make of it (a plan's text in an unquoted attribute, a `javascript:` link built from a cell).
            if sanitises { html = HTMLPolicy.sanitise(html) }
            return RenderedFile(path: page.fileName, contents: Data(html.utf8))
        }
    }

    /// The object the page's template renders; not private so tests can inspect it.
    static func viewModel(for page: Page, context: RenderContext) -> Any {
        switch page {
        case .index: IndexViewModel(context)
        case .proposal: ProposalViewModel(context)
        case .budget: BudgetViewModel(context)
        case .gantt: GanttViewModel(context)
        case .agenda: AgendaViewModel(context)
        case .pressRelease: PressReleaseViewModel(context)
        }
    }
}

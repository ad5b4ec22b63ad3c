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

    /// Loads the built-in templates and lays the plan's own `Templates/` files over them.
    /// Throws when an override does not parse or names a partial that does not exist.
    public init(overrideDirectory: String?) throws {
        templates = try TemplateSet(overrideDirectory: overrideDirectory)
    }

    public func render(_ plan: Plan, diagnostics: [Diagnostic]) -> [RenderedFile] {
        // Notes for the plan's authors (a table read as prose) belong in `evplan check`, not in the client's pages.
        let context = RenderContext(plan: plan, diagnostics: diagnostics.filter { !FormatRules.authorNotes.contains($0.rule.id) })
        // Pages are independent; the agenda of a large programme takes as long as all the others together.
        return Page.allCases.concurrentMap { page in
            let html = templates.library.render(Renderer.viewModel(for: page, context: context), withTemplate: page.templateName) ?? ""
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

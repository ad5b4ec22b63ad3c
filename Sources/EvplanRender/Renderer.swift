import EvplanModel
import Foundation

/// Turns a plan into its HTML deliverables through the Mustache templates.
public struct Renderer: Sendable {
    private let templates: TemplateSet

    /// Loads the built-in templates and lays the plan's own `Templates/` files over them.
    /// Throws when an override does not parse or names a partial that does not exist.
    public init(overrideDirectory: String?) throws {
        templates = try TemplateSet(overrideDirectory: overrideDirectory)
    }

    public func render(_ plan: Plan, diagnostics: [Diagnostic]) -> [RenderedFile] {
        let context = RenderContext(plan: plan, diagnostics: diagnostics)
        return Page.allCases.map { page in
            let html = templates.library.render(viewModel(for: page, context: context), withTemplate: page.templateName) ?? ""
            return RenderedFile(path: page.fileName, contents: Data(html.utf8))
        }
    }

    private func viewModel(for page: Page, context: RenderContext) -> Any {
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

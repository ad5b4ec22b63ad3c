import EvplanModel
import Foundation
import Mustache

/// Who a deliverable is written for: a page the planner hands to a client or a grant office, or one for the team.
public enum Audience: String, Sendable {
    case client
    case `internal`
}

/// One deliverable evplan writes: what it is called, who reads it, which of the standard's outputs it serves, its
/// card on the overview and how it renders (one or several files of any type). A new deliverable is a folder under
/// `Deliverables/` with a type conforming to this, its view-model and its template, listed in `DeliverableCatalogue`.
protocol Deliverable: Sendable {
    /// Names its page (`budget` → budget.html), its template (Templates/budget.mustache) and its title label
    /// (`page_budget` in `Labels`).
    var id: String { get }
    var audience: Audience { get }
    /// Its name in the navigation, on the overview and in the page's title.
    var title: LocalizedText { get }
    /// The words only it prints, keyed as templates read them (`{{l.key}}`).
    var labels: [String: LocalizedText] { get }
    /// The outputs (工作產出) of KMC2432-001v2 it delivers, in the standard's order.
    var outputCodes: [String] { get }
    /// The templates it needs; a plan's own `Templates/` may replace them but not remove them.
    var templateNames: [String] { get }
    /// The file the navigation and the overview link to.
    var entryFile: String { get }
    /// Whether the plan holds what one of its outputs needs, judged from the model alone.
    func covers(_ outputCode: String, in context: RenderContext) -> Bool
    /// What it holds for this plan, for its card on the overview; nil for the overview itself.
    func card(in context: RenderContext) -> DeliverableCard?
    func render(_ context: RenderContext, templates: MustacheLibrary) -> [RenderedFile]
}

/// A deliverable's line on the overview: a short summary, or that the plan has nothing for it yet.
struct DeliverableCard {
    let summary: String
    let isEmpty: Bool
}

/// A deliverable that is one HTML page: its template rendered over its view-model.
protocol PageDeliverable: Deliverable {
    associatedtype ViewModel: TemplateValue
    func viewModel(_ context: RenderContext) -> ViewModel
    /// Wide charts print better across the page.
    var printsLandscape: Bool { get }
}

extension PageDeliverable {
    var templateNames: [String] { [id] }
    var entryFile: String { id + ".html" }
    var printsLandscape: Bool { false }
    var titleKey: String { "page_\(id)" }

    func render(_ context: RenderContext, templates: MustacheLibrary) -> [RenderedFile] {
        let html = templates.render(viewModel(context), withTemplate: id) ?? ""
        return [RenderedFile(path: entryFile, contents: Data(html.utf8))]
    }
}

extension RenderContext {
    /// A card text from its label, each `{key}` filled.
    func filled(_ key: String, _ values: [String: String]) -> String {
        values.sorted { $0.key < $1.key }.reduce(label(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

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

    /// Loads the built-in templates and lays the plan's own `Templates/` files over them.
    /// Throws when an override does not parse or names a partial that does not exist.
    public init(overrideDirectory: String?) throws {
        templates = try TemplateSet(overrideDirectory: overrideDirectory)
    }

    /// The deliverables of `plan`, drawn from the `analyses` the checks read too, with `diagnostics` on the overview.
    public func render(_ plan: Plan, analyses: PlanAnalyses, diagnostics: [Diagnostic]) -> [RenderedFile] {
        let context = RenderContext(plan: plan, analyses: analyses, diagnostics: diagnostics)
        // Deliverables are independent; the agenda of a large programme takes as long as all the others together.
        return DeliverableCatalogue.all.concurrentMap { $0.render(context, templates: templates.library) }.flatMap { $0 }
    }

    /// Analyses the plan in the default calendar, then renders it.
    public func render(_ plan: Plan, diagnostics: [Diagnostic]) -> [RenderedFile] {
        render(plan, analyses: PlanAnalyses(plan: plan), diagnostics: diagnostics)
    }
}

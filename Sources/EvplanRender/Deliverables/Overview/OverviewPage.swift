import EvplanModel

/// index.html: O1.5.1, the plan's home for the team: the event at a glance, check results, links to every
/// deliverable and which of the standard's outputs the plan covers.
struct OverviewPage: PageDeliverable {
    let id = "index"
    let audience = Audience.internal
    let outputCodes = ["O1.5.1"]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        context.plan.event != nil
    }

    func card(in context: RenderContext) -> DeliverableCard? { nil }

    func viewModel(_ context: RenderContext) -> IndexViewModel { IndexViewModel(context) }
}

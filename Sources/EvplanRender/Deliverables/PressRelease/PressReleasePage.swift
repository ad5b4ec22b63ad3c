import EvplanModel

/// press-release.html: O7.2.1 新聞稿.
struct PressReleasePage: PageDeliverable {
    let id = "press-release"
    let audience = Audience.client
    let outputCodes = ["O7.2.1"]

    /// A press release with a headline and a body.
    static func hasRelease(_ plan: Plan) -> Bool {
        guard let release = plan.pressRelease else { return false }
        return release.headline != nil && !(release.bodyHTML ?? "").isEmpty
    }

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        PressReleasePage.hasRelease(context.plan)
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        guard PressReleasePage.hasRelease(context.plan) else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.plan.pressRelease?.headline?.value ?? "", isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> PressReleaseViewModel { PressReleaseViewModel(context) }
}

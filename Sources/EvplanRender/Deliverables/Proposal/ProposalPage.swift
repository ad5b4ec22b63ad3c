import EvplanModel

/// proposal.html: O2.1.1, O2.2.1 專案計畫書 and O4.2.2 活動執行企畫書.
struct ProposalPage: PageDeliverable {
    let id = "proposal"
    let audience = Audience.client
    let outputCodes = ["O2.1.1", "O2.2.1", "O4.2.2"]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let plan = context.plan
        let hasOverview = !(plan.event?.overview.isEmpty ?? true)
        switch outputCode {
        case "O2.1.1": return !plan.prose(of: .t2).isEmpty || (plan.event?.budgetCap != nil && hasOverview)
        case "O2.2.1": return hasOverview && plan.files.contains { $0.task != nil && !$0.prose.isEmpty }
        case "O4.2.2": return plan.event != nil && !plan.agenda.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let sections = TaskCode.allCases.filter { !context.plan.prose(of: $0).isEmpty }.count
        return DeliverableCard(summary: context.filled("card_proposal", ["n": "\(sections)"]), isEmpty: context.plan.event == nil)
    }

    func viewModel(_ context: RenderContext) -> ProposalViewModel { ProposalViewModel(context) }
}

import EvplanModel

/// agenda.html: O4.2.1 議程表 (the room-by-time grid) and O4.3.2 細部議程 (every session in detail).
struct AgendaPage: PageDeliverable {
    let id = "agenda"
    let audience = Audience.client
    let outputCodes = ["O4.2.1", "O4.3.2"]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let agenda = context.plan.agenda
        switch outputCode {
        case "O4.2.1": return !agenda.isEmpty
        case "O4.3.2": return agenda.sessions.contains { !$0.isBreak && (!$0.speakers.isEmpty || $0.room != nil) }
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let agenda = context.plan.agenda
        guard !agenda.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_agenda", ["d": "\(agenda.days.count)",
                                                                       "n": "\(agenda.sessions.filter { !$0.isBreak }.count)"]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> AgendaViewModel { AgendaViewModel(context) }
}

import EvplanModel

/// gantt.html: O2.2.3 專案時程表, the tasks of T2 drawn on working days.
struct GanttPage: PageDeliverable {
    let id = "gantt"
    let audience = Audience.client
    let outputCodes = ["O2.2.3"]
    let printsLandscape = true

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let project = context.plan.project
        return !project.tasks.isEmpty && ProjectSchedule(project: project).dates.contains { $0 != nil }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let tasks = context.plan.project.tasks
        guard !tasks.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_gantt", ["n": "\(tasks.count)", "m": "\(tasks.filter(\.isMilestone).count)"]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> GanttViewModel { GanttViewModel(context) }
}

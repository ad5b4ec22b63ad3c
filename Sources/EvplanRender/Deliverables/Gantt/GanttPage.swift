import EvplanModel

/// gantt.html: O2.2.3 專案時程表, the tasks of T2 drawn on working days.
struct GanttPage: PageDeliverable {
    let id = "gantt"
    let audience = Audience.client
    let outputCodes = ["O2.2.3"]
    let printsLandscape = true
    let title = LocalizedText(zh: "甘特圖", en: "Gantt chart")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "col_task": .init("工作項目", "Task"),
        "col_start": .init("開始", "Start"),
        "col_end": .init("結束", "End"),
        "col_working_days": .init("工作天", "Working days"),
        "col_predecessors": .init("前置作業", "Predecessors"),
        "col_phase": .init("階段", "Phase"),
        "card_gantt": .init("{n} 項工作、{m} 個里程碑", "Tasks: {n} · milestones: {m}"),
        "gantt_empty": .init("在 T2 專案檔（例如 T2-project.md）的「## 工作項目 Tasks」表格列出工作、負責人、開始日、工期與前置作業。",
                             "List tasks, owners, start dates, durations and predecessors in the `## Tasks` table of a T2 project file (e.g. T2-project.md)."),
        "gantt_tasks": .init("工作項目", "Tasks"),
        "gantt_milestones": .init("里程碑", "Milestones"),
        "gantt_weekend": .init("週末（非工作日）", "Weekend (no work)"),
        "gantt_event_days": .init("活動日", "Event"),
        "gantt_table": .init("工作項目一覽", "Task list"),
        "gantt_working_days_n": .init("{n} 個工作天", "{n} working days"),
        "gantt_working_days_n_one": .init("{n} 個工作天", "{n} working day"),
        "gantt_undated": .init("未排定", "Undated"),
        "gantt_undated_title": .init("以下工作無法排定日期：", "These tasks cannot be dated:"),
        "gantt_undated_cycle": .init("前置作業形成循環", "its predecessors form a cycle"),
        "gantt_undated_no_start": .init("沒有開始日期，也沒有已排定的前置作業", "no start date and no dated predecessor"),
        "col_slack": .init("寬裕", "Slack"),
        "col_deadline": .init("截止", "Deadline"),
        "col_progress": .init("完成度", "Progress"),
        "gantt_as_of": .init("進度基準日", "As of"),
        "gantt_critical": .init("要徑（沒有寬裕）", "Critical (no slack)"),
        "gantt_slack_legend": .init("寬裕時間", "Slack"),
        "gantt_deadline_legend": .init("截止日", "Deadline"),
        "gantt_holiday": .init("週末與國定假日（非工作日）", "Weekends and holidays (no work)"),
        "gantt_calendar_days_n": .init("{n} 日曆天", "{n} calendar days"),
        "gantt_calendar_days_n_one": .init("{n} 日曆天", "{n} calendar day"),
        "phase_preEvent": .init("籌備期", "Before the event"),
        "phase_duringEvent": .init("活動期間", "During the event"),
        "phase_postEvent": .init("結案期", "After the event"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        !context.plan.project.tasks.isEmpty && context.schedule.hasDates
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let tasks = context.plan.project.tasks
        guard !tasks.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_gantt", ["n": "\(tasks.count)", "m": "\(tasks.filter(\.isMilestone).count)"]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> GanttViewModel { GanttViewModel(context) }
}

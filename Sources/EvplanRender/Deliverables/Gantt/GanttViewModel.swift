import EvplanModel
import EvplanSchedule
import Mustache

/// gantt.html: O2.2.3 專案時程表 (甘特圖).
struct GanttViewModel: TemplateValue {
    struct TaskRow: TemplateValue {
        let taskId: String
        let name: String
        let owners: String
        let start: String
        let end: String
        let workingDays: String
        let predecessors: String
        let phase: String
        let isMilestone: Bool
        let isUndated: Bool
        let undatedReason: String
        let slack: String
        let isCritical: Bool
        let deadline: String
        let progress: String
        let note: String
        let extra: [Cell]
    }
    struct Cell: TemplateValue { let value: String }
    struct Header: TemplateValue { let text: String }

    let page: PageChrome
    let l: [String: String]
    let hasTasks: Bool
    let hasChart: Bool
    let chart: GanttChart
    let span: String
    let hasSpan: Bool
    let taskCount: Int
    let milestoneCount: Int
    let tasks: [TaskRow]
    let hasUndated: Bool
    let undated: [TaskRow]
    let hasDeadlines: Bool
    let hasProgress: Bool
    let hasNotes: Bool
    let extraHeaders: [Header]

    init(_ context: RenderContext) {
        let project = context.plan.project
        let schedule = context.schedule
        page = context.chrome(for: GanttPage())
        l = context.labels
        hasTasks = !project.tasks.isEmpty
        let datedOrder = project.tasks.indices.filter { schedule.early[$0] != nil }
        hasChart = !datedOrder.isEmpty
        chart = GanttChart(project: project, schedule: schedule, order: datedOrder, event: context.plan.event?.dates?.value, context: context)

        if let dated = schedule.span {
            let workingDays = schedule.calendar.workingDays(from: dated.start, through: dated.end)
            span = context.dates.range(dated) + " · " + context.counted("gantt_working_days_n", workingDays)
        } else {
            span = ""
        }
        hasSpan = !span.isEmpty
        taskCount = project.tasks.count
        milestoneCount = project.tasks.filter(\.isMilestone).count

        let separator = context.language == .zhTW ? "、" : ", "
        let rows = project.tasks.enumerated().map { index, task -> TaskRow in
            let when = schedule.early[index]
            let reason: String
            if when != nil {
                reason = ""
            } else if schedule.cyclic.contains(index) {
                reason = context.label("gantt_undated_cycle")
            } else {
                reason = context.label("gantt_undated_no_start")
            }
            let days: String
            if let when, when.isMilestone {
                days = "0"
            } else if task.calendarSpan != nil, let written = task.durationText {
                // 30 日曆天, 3個月: as the planner wrote it.
                days = written
            } else if let when, when.runsOnCalendarDays {
                // On-site work over a weekend: its calendar days, not the one working day inside it.
                days = context.counted("gantt_calendar_days_n", when.end.dayNumber - when.start.dayNumber + 1)
            } else if let when {
                days = "\(schedule.calendar.workingDays(from: when.start, through: when.end))"
            } else {
                days = task.durationText ?? task.duration.map { "\($0.value)" } ?? ""
            }
            let slack = schedule.slack.indices.contains(index) ? schedule.slack[index] : nil
            let deadline = schedule.deadlines.indices.contains(index) ? schedule.deadlines[index] : nil
            let extraValues = project.extraHeaders.map { header in Cell(value: task.extra.first { $0.header == header }?.value ?? "") }
            return TaskRow(taskId: task.id.value, name: task.name.value,
                           owners: task.owners.map(\.value).joined(separator: separator),
                           start: when.map { context.dates.compact($0.start) } ?? "—",
                           end: when.map { context.dates.compact($0.end) } ?? "—",
                           workingDays: days,
                           predecessors: task.predecessors.map(\.value).joined(separator: ", "),
                           phase: context.label("phase_\(task.phase.rawValue)"),
                           isMilestone: task.isMilestone, isUndated: when == nil, undatedReason: reason,
                           slack: slack.map { "\($0)" } ?? "", isCritical: schedule.isCritical(index),
                           deadline: deadline.map { context.dates.compact($0) } ?? "",
                           progress: task.progress.map { "\($0.value)%" } ?? "", note: task.note ?? "", extra: extraValues)
        }
        tasks = rows
        hasDeadlines = project.tasks.contains { $0.deadline != nil }
        hasProgress = project.tasks.contains { $0.progress != nil }
        hasNotes = project.tasks.contains { !($0.note ?? "").isEmpty }
        extraHeaders = project.extraHeaders.map(Header.init)
        undated = rows.filter(\.isUndated)
        hasUndated = !undated.isEmpty
    }
}

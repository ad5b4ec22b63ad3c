import EvplanModel
import EvplanSchedule
import Foundation

/// tasks.ics: the T2 task table's milestones and each task's finishing day, as all-day calendar events.
///
/// A milestone is an event on its day (`里程碑：場地簽約`); any other task is an event on the last day of its work
/// as the schedule works it out (`完成：印刷品交付`), with its owners, id and working period in the description.
/// Events are all-day and marked free (TRANSP:TRANSPARENT), so they remind without blocking anyone's day; all-day
/// VEVENTs are used rather than VTODOs, which Google Calendar does not import. Tasks the schedule cannot date are
/// left out.
struct TaskCalendarExport: ExportDeliverable {
    let fileName = "tasks.ics"
    let title = LocalizedText(zh: "工作時程行事曆（tasks.ics）", en: "Task calendar (tasks.ics)")

    let labels: [String: LocalizedText] = [
        "ics_milestone": .init("里程碑：{name}", "Milestone: {name}"),
        "ics_task_due": .init("完成：{name}", "Due: {name}"),
        "ics_task_id": .init("工作編號：", "Task: "),
        "ics_task_owner": .init("負責人：", "Owner: "),
        "ics_task_period": .init("工作期間：", "Working period: "),
        "ics_tasks_calendar": .init("{event} 工作時程", "{event} tasks"),
    ]

    func hasContent(_ context: RenderContext) -> Bool {
        context.schedule.hasDates
    }

    func contents(_ context: RenderContext) -> Data {
        let tasks = context.plan.project.tasks
        let early = context.schedule.early
        let eventName = context.eventName
        var calendar = ICalendarWriter(name: context.label("ics_tasks_calendar").replacingOccurrences(of: "{event}", with: eventName),
                                       language: context.language)
        let stamp = ICalendarWriter.stamp(ICalendarWriter.stampDate(context))
        let separator = context.language == .zhTW ? "、" : ", "
        var used = Set<String>()
        for (index, task) in tasks.enumerated() {
            guard index < early.count, let when = early[index] else { continue }
            let name = task.name.value.trimmingCharacters(in: .whitespacesAndNewlines)
            let id = task.id.value.trimmingCharacters(in: .whitespacesAndNewlines)
            let day = when.end
            var uidName = "evplan:task:\(eventName)|\(id)|\(name)"
            var repeatCount = 1
            while used.contains(uidName) {
                repeatCount += 1
                uidName = "evplan:task:\(eventName)|\(id)|\(name)#\(repeatCount)"
            }
            used.insert(uidName)
            calendar.line("BEGIN:VEVENT")
            calendar.line("UID:\(StableIdentifier.uuid(uidName))@evplan")
            calendar.line("DTSTAMP:\(stamp)")
            calendar.property("DTSTART", date: day)
            calendar.property("DTEND", date: day.adding(days: 1))
            let summaryKey = when.isMilestone ? "ics_milestone" : "ics_task_due"
            calendar.property("SUMMARY", text: context.label(summaryKey).replacingOccurrences(of: "{name}", with: name))
            var description: [String] = []
            if !id.isEmpty { description.append(context.label("ics_task_id") + id) }
            let owners = task.owners.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if !owners.isEmpty { description.append(context.label("ics_task_owner") + owners.joined(separator: separator)) }
            if !when.isMilestone {
                description.append(context.label("ics_task_period") + DateRange(start: when.start, end: when.end).description)
            }
            if let note = task.note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty { description.append(note) }
            if !description.isEmpty { calendar.property("DESCRIPTION", text: description.joined(separator: "\n")) }
            calendar.line("TRANSP:TRANSPARENT")
            calendar.line("END:VEVENT")
        }
        return calendar.finish()
    }
}

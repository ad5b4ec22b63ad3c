import EvplanModel
import EvplanSchedule

/// A task that ends after its deadline (截止): it must end on the last working day on or before it.
public struct ScheduleDeadlineMissed: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.deadline-missed", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3", "S15"],
        summary: LocalizedText(zh: "工作在截止日之後才完成", en: "A task ends after its deadline"),
        hint: LocalizedText(zh: "提早開始、縮短工期或前置作業，或與相關人員確認能否延後截止日。",
                            en: "Start it or its predecessors earlier, shorten them, or agree a later deadline."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let schedule = context.schedule
        var diagnostics: [Diagnostic] = []
        for (index, task) in context.plan.project.tasks.enumerated() {
            guard let written = task.deadline, schedule.deadlines.indices.contains(index), let deadline = schedule.deadlines[index],
                  let when = schedule.early[index] else { continue }
            let limit = when.runsOnCalendarDays ? deadline : schedule.calendar.workingDay(onOrBefore: deadline)
            guard when.end > limit else { continue }
            let late = max(schedule.calendar.workingDays(from: limit.adding(days: 1), through: when.end), 1)
            let id = task.id.value, name = task.name.value
            diagnostics.append(diagnostic(at: written.location, LocalizedText(
                zh: "工作 \(id)「\(name)」排定 \(when.end) 完成，比截止 \(deadline)（須在 \(limit) 前完成）晚 \(late) 個工作天",
                en: "Task \(id) “\(name)” ends \(when.end), \(late) working day\(late == 1 ? "" : "s") after its deadline \(deadline) (it must end by \(limit))")))
        }
        return diagnostics
    }
}

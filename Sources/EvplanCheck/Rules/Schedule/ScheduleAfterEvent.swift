import EvplanModel
import EvplanSchedule

/// Preparation work scheduled to end on or after the event's first day.
public struct ScheduleAfterEvent: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.after-event", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3", "S15"],
        summary: LocalizedText(zh: "籌備工作排到活動開始之後", en: "Pre-event work ends on or after the event starts"),
        hint: LocalizedText(
            zh: "提早開始、縮短工期或拿掉不必要的前置關係；若這項工作本來就在活動當天或之後，把階段改成「執行」或「結案」。",
            en: "Start earlier, shorten it or drop needless dependencies; if the work belongs to the event days or after, set its phase to event or post."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let firstDay = context.plan.event?.dates?.value.start else { return [] }
        let tasks = context.plan.project.tasks
        let schedule = context.schedule
        var diagnostics: [Diagnostic] = []
        for (index, task) in tasks.enumerated() where task.phase == .preEvent {
            guard schedule.early.indices.contains(index), let dates = schedule.early[index] else { continue }
            // A milestone may fall on the first day itself (「活動開幕」); work must be done the day before.
            let late = dates.isMilestone ? dates.end > firstDay : dates.end >= firstDay
            guard late else { continue }
            let location = task.end?.location ?? task.duration?.location ?? task.start?.location ?? task.id.location
            let id = task.id.value, name = task.name.value
            diagnostics.append(diagnostic(at: location, dates.isMilestone
                ? LocalizedText(zh: "籌備里程碑 \(id)「\(name)」排在 \(dates.end)，在活動首日 \(firstDay) 之後",
                                en: "Pre-event milestone \(id) “\(name)” falls on \(dates.end), after the event's first day \(firstDay)")
                : LocalizedText(zh: "籌備工作 \(id)「\(name)」排定 \(dates.end) 結束，但活動 \(firstDay) 就開始了",
                                en: "Pre-event task \(id) “\(name)” ends \(dates.end), but the event starts \(firstDay)")))
        }
        return diagnostics
    }
}

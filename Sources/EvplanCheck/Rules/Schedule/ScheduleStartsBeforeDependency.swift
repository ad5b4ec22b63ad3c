import EvplanModel
import EvplanSchedule

/// A task whose fixed start comes before one of its predecessors lets it start.
public struct ScheduleStartsBeforeDependency: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.starts-before-dependency", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "工作在前置作業完成前就開始", en: "A task starts before its predecessor finishes"),
        hint: LocalizedText(zh: "把開始日延到前置作業完成後的下一個工作天，或刪掉開始日讓它跟著前置作業排；若真能同時進行，拿掉這個前置關係。",
                            en: "Move the start to the working day after the predecessor ends, or drop the start date so it follows its predecessors; if both can run together, remove the dependency."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let tasks = context.plan.project.tasks
        let schedule = context.schedule
        var diagnostics: [Diagnostic] = []
        for (index, task) in tasks.enumerated() {
            guard let start = task.start, schedule.predecessorIndices.indices.contains(index) else { continue }
            // Inside a cycle some task must start "early"; the cycle is the problem and is reported on its own.
            let predecessors = schedule.predecessorIndices[index].filter {
                !(schedule.cyclic.contains(index) && schedule.cyclic.contains($0))
            }
            let latest = predecessors
                .compactMap { predecessor in schedule.early.indices.contains(predecessor)
                    ? schedule.early[predecessor].map { (index: predecessor, dates: $0) } : nil }
                .max { $0.dates.allowsFixedStart(milestone: task.isMilestone) < $1.dates.allowsFixedStart(milestone: task.isMilestone) }
            // Work may follow on the next calendar day (Friday's set-up, Saturday's on-site work); a milestone on
            // the day its predecessor ends is on time.
            guard let blocker = latest, start.value < blocker.dates.allowsFixedStart(milestone: task.isMilestone) else { continue }
            diagnostics.append(diagnostic(at: start.location, message(start: start.value, predecessor: tasks[blocker.index], dates: blocker.dates)))
        }
        return diagnostics
    }

    private func message(start: PlanDate, predecessor: WorkItem, dates: ScheduledWorkItem) -> LocalizedText {
        let id = predecessor.id.value
        if dates.isMilestone {
            return LocalizedText(
                zh: "開始日 \(start) 早於前置里程碑 \(id) 的日期 \(dates.end)",
                en: "Starts \(start), before its predecessor milestone \(id) on \(dates.end)")
        }
        return LocalizedText(
            zh: "開始日 \(start) 早於前置作業 \(id) 完成後的 \(dates.releases)（\(id) 於 \(dates.end) 結束）",
            en: "Starts \(start), before predecessor \(id) lets it start on \(dates.releases) (\(id) ends \(dates.end))")
    }
}

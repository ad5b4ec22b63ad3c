import EvplanModel
import EvplanSchedule

/// As of the status date (`as_of:` or `--as-of`), a task that should be done or further along than its 完成度.
/// Only plans that track progress (some task has a 完成度) are checked; a blank 完成度 then counts as 0%.
public struct ScheduleBehind: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.behind", severity: .warning, task: .t2, competency: ["P2.2.6", "P2.2.7"],
        summary: LocalizedText(zh: "工作進度落後", en: "A task is behind schedule"),
        hint: LocalizedText(zh: "更新完成度；若真的落後，調整人力或後續工作的日期。",
                            en: "Update its progress; if it really is late, add people or move the tasks that follow."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let schedule = context.schedule
        let tasks = context.plan.project.tasks
        guard let asOf = schedule.asOf, tasks.contains(where: { $0.progress != nil }) else { return [] }
        var diagnostics: [Diagnostic] = []
        for (index, task) in tasks.enumerated() {
            guard let expected = schedule.expectedProgress(index, asOf: asOf), let when = schedule.early[index] else { continue }
            let actual = task.progress?.value ?? 0
            guard actual < expected else { continue }
            let id = task.id.value, name = task.name.value
            let location = task.progress?.location ?? task.location
            diagnostics.append(diagnostic(at: location, expected == 100
                ? LocalizedText(zh: "截至 \(asOf)，工作 \(id)「\(name)」應於 \(when.end) 完成，完成度只有 \(actual)%",
                                en: "As of \(asOf), task \(id) “\(name)” should have ended \(when.end) but is \(actual)% done")
                : LocalizedText(zh: "截至 \(asOf)，工作 \(id)「\(name)」應完成約 \(expected)%，目前 \(actual)%",
                                en: "As of \(asOf), task \(id) “\(name)” should be about \(expected)% done but is \(actual)%")))
        }
        return diagnostics
    }
}

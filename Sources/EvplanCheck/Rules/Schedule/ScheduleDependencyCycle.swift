import EvplanModel
import EvplanSchedule

/// Tasks that depend on each other in a loop, so none of them can be scheduled.
public struct ScheduleDependencyCycle: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.dependency-cycle", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "工作之間的前置關係形成循環", en: "Tasks depend on each other in a cycle"),
        hint: LocalizedText(zh: "拿掉循環中其中一個前置關係：想清楚哪一項工作真正要先完成。",
                            en: "Remove one dependency of the cycle: decide which task really has to finish first."))

    /// Messages list at most this many ids, so a 10,000-task cycle does not print 10,000 ids 10,000 times.
    static let idsShown = 12

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let schedule = context.schedule
        guard !schedule.cyclic.isEmpty else { return [] }
        let tasks = context.plan.project.tasks
        var indexByID: [String: Int] = [:]
        for (index, task) in tasks.enumerated() where indexByID[task.id.value] == nil {
            indexByID[task.id.value] = index
        }
        let cycles = DependencyCycles(schedule: schedule)
        let descriptions = cycles.components.indices.map { describe(component: $0, cycles: cycles, tasks: tasks) }

        var diagnostics: [Diagnostic] = []
        for index in schedule.cyclic.sorted() {
            guard let component = cycles.componentOfTask[index], tasks.indices.contains(index) else { continue }
            let task = tasks[index]
            // The predecessor cell that closes the loop is the one to fix.
            let cell = task.predecessors.first { predecessor in
                indexByID[predecessor.value].flatMap { cycles.componentOfTask[$0] } == component
            }
            let cycle = descriptions[component]
            diagnostics.append(diagnostic(at: cell?.location ?? task.id.location, LocalizedText(
                zh: "\(task.id.value) 在相依循環中：\(cycle.zhTW)，這些工作都排不出時程",
                en: "\(task.id.value) is in a dependency cycle: \(cycle.en), so none of these tasks can be scheduled")))
        }
        return diagnostics
    }

    private func describe(component: Int, cycles: DependencyCycles, tasks: [WorkItem]) -> LocalizedText {
        let members = cycles.components[component]
        let loop = cycles.loops[component]
        let id = { (index: Int) in tasks.indices.contains(index) ? tasks[index].id.value : "?" }
        if loop.count - 1 == members.count {
            let shown = loop.count > Self.idsShown + 1
                ? loop.prefix(Self.idsShown).map(id) + ["…", id(loop[loop.count - 1])]
                : loop.map(id)
            let chain = shown.joined(separator: " → ")
            let total = loop.count > Self.idsShown + 1 ? "（共 \(members.count) 項）" : ""
            let totalEN = loop.count > Self.idsShown + 1 ? " (\(members.count) tasks)" : ""
            return LocalizedText(zh: chain + total, en: chain + totalEN)
        }
        let listed = members.prefix(Self.idsShown).map(id)
        let more = members.count > listed.count
        return LocalizedText(
            zh: "\(listed.joined(separator: "、"))\(more ? "…（共 \(members.count) 項）" : "") 互相依賴",
            en: "\(listed.joined(separator: ", "))\(more ? "… (\(members.count) tasks)" : "") depend on each other")
    }
}

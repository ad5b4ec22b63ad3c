import EvplanModel
import EvplanSchedule

/// One person owns more than `max_parallel:` (default 3) tasks on the same working day. Milestones take no time
/// and are not counted.
public struct ScheduleOwnerOverload: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.owner-overload", severity: .warning, task: "T2", competency: ["P2.2.6", "P2.1.4"],
        summary: LocalizedText(zh: "同一人同時負責太多工作", en: "One person owns too many tasks at once"),
        hint: LocalizedText(zh: "把部分工作交給別人、錯開日期，或在 event.md 用 max_parallel: 調整上限。",
                            en: "Hand some tasks to someone else, stagger them, or set another limit with max_parallel: in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let schedule = context.schedule
        let tasks = context.plan.project.tasks
        let limit = context.plan.event?.maxParallel ?? 3
        var byOwner: [String: [(index: Int, owner: Located<String>)]] = [:]
        var ownerOrder: [String] = []
        for (index, task) in tasks.enumerated() where schedule.early.indices.contains(index) {
            guard let when = schedule.early[index], !when.isMilestone else { continue }
            for owner in task.owners where !owner.value.isEmpty {
                if byOwner[owner.value] == nil { ownerOrder.append(owner.value) }
                byOwner[owner.value, default: []].append((index, owner))
            }
        }
        var diagnostics: [Diagnostic] = []
        for name in ownerOrder {
            let owned = byOwner[name]!
            guard owned.count > limit else { continue }
            // Sweep the starts in date order, keeping the tasks still running; report each task that takes the
            // count past the limit on a working day, once per stretch.
            let sorted = owned.sorted { schedule.early[$0.index]!.start < schedule.early[$1.index]!.start }
            var running: [(index: Int, owner: Located<String>)] = []
            var reportedUntil: PlanDate?
            for entry in sorted {
                let when = schedule.early[entry.index]!
                running.removeAll { schedule.early[$0.index]!.end < when.start }
                running.append(entry)
                guard running.count > limit else { continue }
                let overlapEnd = running.map { schedule.early[$0.index]!.end }.min()!
                guard schedule.calendar.workingDays(from: when.start, through: overlapEnd) > 0 else { continue }
                if let reportedUntil, when.start <= reportedUntil { continue }
                reportedUntil = overlapEnd
                let ids = running.map { tasks[$0.index].id.value }.joined(separator: "、")
                let idsEnglish = running.map { tasks[$0.index].id.value }.joined(separator: ", ")
                diagnostics.append(diagnostic(at: entry.owner.location, LocalizedText(
                    zh: "\(name) 在 \(when.start) 同時負責 \(running.count) 項工作（\(ids)），超過上限 \(limit) 項",
                    en: "\(name) owns \(running.count) tasks at once on \(when.start) (\(idsEnglish)), more than the limit of \(limit)")))
            }
        }
        return diagnostics
    }
}

import EvplanModel
import EvplanSchedule

/// One person owns more than `max_parallel:` (default 3) tasks on the same working day. Milestones take no time
/// and are not counted.
public struct ScheduleOwnerOverload: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.owner-overload", severity: .warning, task: .t2, competency: ["P2.2.6", "P2.1.4"],
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
            // Running tasks as a min-heap of (end, position in `sorted`).
            var heap = EndHeap()
            var reportedUntil: PlanDate?
            for (position, entry) in sorted.enumerated() {
                let when = schedule.early[entry.index]!
                while let top = heap.peek, top.end < when.start { heap.pop() }
                heap.push((when.end, position))
                guard heap.count > limit else { continue }
                let overlapEnd = heap.peek!.end
                guard schedule.calendar.workingDays(from: when.start, through: overlapEnd) > 0 else { continue }
                if let reportedUntil, when.start <= reportedUntil { continue }
                reportedUntil = overlapEnd
                let ids = heap.items.map(\.position).sorted().prefix(8).map { tasks[sorted[$0].index].id.value }
                let more = heap.count > 8 ? "…" : ""
                diagnostics.append(diagnostic(at: entry.owner.location, LocalizedText(
                    zh: "\(name) 在 \(when.start) 同時負責 \(heap.count) 項工作（\(ids.joined(separator: "、"))\(more)），超過上限 \(limit) 項",
                    en: "\(name) owns \(heap.count) tasks at once on \(when.start) (\(ids.joined(separator: ", "))\(more)), more than the limit of \(limit)")))
            }
        }
        return diagnostics
    }
}

/// A binary min-heap of running tasks by their last day.
struct EndHeap {
    private(set) var items: [(end: PlanDate, position: Int)] = []
    var count: Int { items.count }
    var peek: (end: PlanDate, position: Int)? { items.first }

    mutating func push(_ item: (end: PlanDate, position: Int)) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].end < items[parent].end else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() {
        guard !items.isEmpty else { return }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, items[left].end < items[smallest].end { smallest = left }
            if right < items.count, items[right].end < items[smallest].end { smallest = right }
            guard smallest != parent else { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

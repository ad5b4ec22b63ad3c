import Foundation

public enum TaskPhase: String, Sendable {
    /// Work that must be done before the event opens (the default).
    case preEvent
    case duringEvent
    case postEvent
}

public struct ProjectTask: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var owners: [Located<String>]
    public var start: Located<PlanDate>?
    public var end: Located<PlanDate>?
    /// Working days; 0 is a milestone.
    public var duration: Located<Int>?
    public var predecessors: [Located<String>]
    public var phase: TaskPhase
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation

    public init(id: Located<String>, name: Located<String>, owners: [Located<String>] = [], start: Located<PlanDate>? = nil,
                end: Located<PlanDate>? = nil, duration: Located<Int>? = nil, predecessors: [Located<String>] = [],
                phase: TaskPhase = .preEvent, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.owners = owners
        self.start = start
        self.end = end
        self.duration = duration
        self.predecessors = predecessors
        self.phase = phase
        self.note = note
        self.extra = extra
        self.location = location
    }

    public var isMilestone: Bool { duration?.value == 0 }
}

public struct Project: Sendable {
    public var tasks: [ProjectTask] = []
    public var extraHeaders: [String] = []

    public init(tasks: [ProjectTask] = []) { self.tasks = tasks }
}

/// Working-day arithmetic: Monday to Friday are working days.
public enum WorkingDays {
    /// The day itself if it is a working day, else the next one.
    public static func onOrAfter(_ date: PlanDate) -> PlanDate {
        var day = date
        while day.isWeekend { day = day.adding(days: 1) }
        return day
    }

    /// The next working day strictly after `date`.
    public static func after(_ date: PlanDate) -> PlanDate { onOrAfter(date.adding(days: 1)) }

    /// The last day of a task that starts on `start` and lasts `days` working days (days ≥ 1).
    public static func end(start: PlanDate, days: Int) -> PlanDate {
        let first = onOrAfter(start)
        let remaining = days - 1
        let fullWeeks = remaining / 5
        var day = first.adding(days: fullWeeks * 7)
        for _ in 0..<(remaining % 5) { day = after(day) }
        return day
    }

    /// Working days from `start` to `end`, both counted.
    public static func count(from start: PlanDate, to end: PlanDate) -> Int {
        guard start <= end else { return 0 }
        let span = end.dayNumber - start.dayNumber + 1
        var count = (span / 7) * 5
        var day = start.adding(days: (span / 7) * 7)
        while day <= end {
            if !day.isWeekend { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}

/// When each task happens, worked out from fixed dates, durations and predecessors.
public struct ScheduledTask: Sendable, Hashable {
    public var start: PlanDate
    /// The last day of work, inclusive; equal to `start` for a milestone.
    public var end: PlanDate
    public var isMilestone: Bool

    /// The first day a successor may start: the next working day, or the milestone's own day.
    public var releases: PlanDate { isMilestone ? end : WorkingDays.after(end) }
}

public struct ProjectSchedule: Sendable {
    /// Indexed like `Project.tasks`; nil where a task cannot be dated (no start, no dated predecessor, or in a cycle).
    public var dates: [ScheduledTask?]
    /// For each task, the indices of its predecessors that exist (first task with an id wins).
    public var predecessorIndices: [[Int]]
    /// Indices of tasks that take part in a dependency cycle.
    public var cyclic: Set<Int>

    public init(project: Project) {
        let tasks = project.tasks
        var indexByID: [String: Int] = [:]
        for (index, task) in tasks.enumerated() where indexByID[task.id.value] == nil {
            indexByID[task.id.value] = index
        }
        predecessorIndices = tasks.map { task in task.predecessors.compactMap { indexByID[$0.value] } }

        // Kahn's algorithm: what remains unvisited afterwards sits on or behind a cycle.
        var successors = Array(repeating: [Int](), count: tasks.count)
        var pending = Array(repeating: 0, count: tasks.count)
        for (index, predecessors) in predecessorIndices.enumerated() {
            for predecessor in predecessors {
                successors[predecessor].append(index)
                pending[index] += 1
            }
        }
        var order: [Int] = []
        order.reserveCapacity(tasks.count)
        var queue = tasks.indices.filter { pending[$0] == 0 }
        var head = 0
        while head < queue.count {
            let index = queue[head]
            head += 1
            order.append(index)
            for successor in successors[index] {
                pending[successor] -= 1
                if pending[successor] == 0 { queue.append(successor) }
            }
        }
        cyclic = ProjectSchedule.tasksOnCycles(successors: successors, unresolved: Set(tasks.indices).subtracting(order))

        var dates = [ScheduledTask?](repeating: nil, count: tasks.count)
        for index in order {
            dates[index] = ProjectSchedule.date(tasks[index], predecessors: predecessorIndices[index].compactMap { dates[$0] })
        }
        // Tasks behind a cycle are dated only from their own fixed dates.
        let ordered = Set(order)
        for index in tasks.indices where !ordered.contains(index) {
            dates[index] = ProjectSchedule.date(tasks[index], predecessors: [])
        }
        self.dates = dates
    }

    static func date(_ task: ProjectTask, predecessors: [ScheduledTask]) -> ScheduledTask? {
        let earliest = predecessors.map(\.releases).max()
        let milestone = task.duration?.value == 0
        guard let start = task.start?.value ?? earliest else { return nil }
        if milestone { return ScheduledTask(start: start, end: start, isMilestone: true) }
        if let end = task.end?.value, task.start != nil {
            return ScheduledTask(start: start, end: max(end, start), isMilestone: false)
        }
        let days = max(task.duration?.value ?? 1, 1)
        let first = WorkingDays.onOrAfter(start)
        return ScheduledTask(start: first, end: WorkingDays.end(start: first, days: days), isMilestone: false)
    }

    /// Among the tasks Kahn's algorithm could not order, those that can reach themselves (Tarjan's SCCs).
    static func tasksOnCycles(successors: [[Int]], unresolved: Set<Int>) -> Set<Int> {
        guard !unresolved.isEmpty else { return [] }
        var index = 0
        var indices: [Int: Int] = [:]
        var lowLinks: [Int: Int] = [:]
        var onStack: Set<Int> = []
        var stack: [Int] = []
        var result: Set<Int> = []
        // Iterative Tarjan so that a 10,000-task chain cannot overflow the call stack.
        for root in unresolved.sorted() where indices[root] == nil {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            indices[root] = index; lowLinks[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while let (node, next) = work.last {
                let targets = successors[node].filter { unresolved.contains($0) }
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next]
                    if indices[target] == nil {
                        indices[target] = index; lowLinks[target] = index; index += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[node] = min(lowLinks[node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent]!, lowLinks[node]!) }
                if lowLinks[node] == indices[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == node { break }
                    }
                    if component.count > 1 || successors[node].contains(node) { result.formUnion(component) }
                }
            }
        }
        return result
    }
}

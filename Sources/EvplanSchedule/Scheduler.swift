import EvplanModel

/// Works out a plan's schedule in a working calendar: resolves predecessors, orders the tasks (Kahn), marks the
/// tasks on dependency cycles (Tarjan) and dates every task forwards from fixed starts and durations.
/// Linear in tasks and dependencies, apart from the calendar's logarithmic stepping.
public struct Scheduler: Sendable {
    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar = .mondayToFriday) {
        self.calendar = calendar
    }

    public func analyse(_ project: Project) -> ScheduleAnalysis {
        let tasks = project.tasks
        var indexByID: [String: Int] = [:]
        for (index, task) in tasks.enumerated() where indexByID[task.id.value] == nil {
            indexByID[task.id.value] = index
        }
        let predecessorIndices = tasks.map { task in task.predecessors.compactMap { indexByID[$0.value] } }

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
        let cyclic = Scheduler.tasksOnCycles(successors: successors, unresolved: Set(tasks.indices).subtracting(order))

        var early = [ScheduledTask?](repeating: nil, count: tasks.count)
        for index in order {
            early[index] = date(tasks[index], predecessors: predecessorIndices[index].compactMap { early[$0] })
        }
        // Tasks behind a cycle are dated only from their own fixed dates.
        var ordered = [Bool](repeating: false, count: tasks.count)
        for index in order { ordered[index] = true }
        for index in tasks.indices where !ordered[index] {
            early[index] = date(tasks[index], predecessors: [])
        }
        return ScheduleAnalysis(calendar: calendar, early: early, predecessorIndices: predecessorIndices,
                                successorIndices: successors, order: order, cyclic: cyclic)
    }

    /// One task's early dates: its own start, else the latest day its predecessors release it.
    /// A milestone stays on its day; a task with a fixed start and end keeps both; a task with a duration starts on
    /// the first working day and ends once that many working days are done.
    func date(_ task: ProjectTask, predecessors: [ScheduledTask]) -> ScheduledTask? {
        let earliest = predecessors.map(\.releases).max()
        guard let start = task.start?.value ?? earliest else { return nil }
        if task.duration?.value == 0 { return ScheduledTask(start: start, end: start, isMilestone: true, releases: start) }
        let end: PlanDate
        let first: PlanDate
        if let fixedEnd = task.end?.value, task.start != nil {
            first = start
            end = max(fixedEnd, start)
        } else {
            first = calendar.workingDay(onOrAfter: start)
            end = calendar.lastDay(startingOn: first, lasting: task.duration?.value ?? 1)
        }
        return ScheduledTask(start: first, end: end, isMilestone: false, releases: calendar.workingDay(after: end))
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

/// Every analysis worked out from a plan before the rules run and the pages render; computed once per compile.
/// Today that is the schedule; later analyses (resources, cash flow …) join it here.
public struct PlanAnalyses: Sendable {
    public var schedule: ScheduleAnalysis

    public init(schedule: ScheduleAnalysis) {
        self.schedule = schedule
    }

    /// Analyses `plan` in `calendar` (Monday to Friday unless told otherwise).
    public init(plan: Plan, calendar: WorkingCalendar = .mondayToFriday) {
        schedule = Scheduler(calendar: calendar).analyse(plan.project)
    }
}

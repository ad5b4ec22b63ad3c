import EvplanModel
import EvplanSchedule

/// The dependency cycles among the tasks `ScheduleAnalysis.cyclic` marks: grouped into their strongly
/// connected components, each with one loop through it that a message can show (A1 → A2 → A3 → A1).
struct DependencyCycles {
    /// The members of each component, in table order.
    let components: [[Int]]
    /// For each component, a closed path from its first member back to it, following dependencies
    /// from predecessor to successor; its first element is repeated at the end.
    let loops: [[Int]]
    /// Component number of each task on a cycle.
    let componentOfTask: [Int: Int]

    init(schedule: ScheduleAnalysis) {
        let cyclic = schedule.cyclic
        var successors: [Int: [Int]] = [:]
        for task in cyclic.sorted() {
            for predecessor in schedule.predecessorIndices[task] where cyclic.contains(predecessor) {
                successors[predecessor, default: []].append(task)
            }
        }
        let components = DependencyCycles.stronglyConnected(nodes: cyclic.sorted(), successors: successors)
        var componentOfTask: [Int: Int] = [:]
        for (number, members) in components.enumerated() {
            for member in members { componentOfTask[member] = number }
        }
        self.components = components
        self.componentOfTask = componentOfTask
        self.loops = components.enumerated().map { number, members in
            guard let first = members.first else { return [] }
            return DependencyCycles.loop(from: first, within: number, componentOf: componentOfTask, successors: successors)
        }
    }

    /// Tarjan's algorithm, iterative so a 10,000-task cycle cannot overflow the call stack.
    private static func stronglyConnected(nodes: [Int], successors: [Int: [Int]]) -> [[Int]] {
        var index: [Int: Int] = [:], lowLink: [Int: Int] = [:]
        var onStack: Set<Int> = [], stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0
        for root in nodes where index[root] == nil {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while let (node, next) = work.last {
                let targets = successors[node] ?? []
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next]
                    if let targetIndex = index[target] {
                        if onStack.contains(target) { lowLink[node] = min(lowLink[node] ?? targetIndex, targetIndex) }
                    } else {
                        index[target] = counter; lowLink[target] = counter; counter += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    }
                    continue
                }
                work.removeLast()
                let low = lowLink[node] ?? 0
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent] ?? low, low) }
                if low == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    /// A shortest way from `start` back to itself inside its component (breadth-first).
    private static func loop(from start: Int, within component: Int, componentOf: [Int: Int], successors: [Int: [Int]]) -> [Int] {
        var parent: [Int: Int] = [:]
        var queue = [start], head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] ?? [] where componentOf[next] == component {
                if next == start {
                    var path = [start]
                    var step = node
                    while step != start {
                        path.append(step)
                        step = parent[step] ?? start
                    }
                    path.append(start)
                    return path.reversed()
                }
                if parent[next] == nil {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [start, start]
    }
}

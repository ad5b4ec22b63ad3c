import EvplanModel

/// When one task happens, worked out from fixed dates, durations and predecessors.
public struct ScheduledTask: Sendable, Hashable {
    public var start: PlanDate
    /// The last day of work, inclusive; equal to `start` for a milestone.
    public var end: PlanDate
    public var isMilestone: Bool
    /// The first day a successor may start: the next working day after `end`, or a milestone's own day.
    public var releases: PlanDate

    public init(start: PlanDate, end: PlanDate, isMilestone: Bool, releases: PlanDate) {
        self.start = start
        self.end = end
        self.isMilestone = isMilestone
        self.releases = releases
    }
}

/// What the schedule of a plan's task table works out to, computed once per compile by `Scheduler` and read by
/// the rules and the pages alike. Every array is indexed like `Project.tasks`.
///
/// Today it holds the forward pass (each task's early dates). A backward pass from the event's first day would add
/// `late` dates beside `early`, and with both, slack and the critical path; `order` is the order to walk for them.
public struct ScheduleAnalysis: Sendable {
    /// The calendar the dates were worked out in; pages ask it which days to shade.
    public let calendar: WorkingCalendar
    /// The earliest dates of each task; nil where a task cannot be dated (no start, no dated predecessor).
    /// Tasks on or behind a dependency cycle are dated from their own fixed dates only.
    public let early: [ScheduledTask?]
    /// For each task, the indices of its predecessors that exist (the first task with an id wins).
    public let predecessorIndices: [[Int]]
    /// For each task, the indices of the tasks that name it as a predecessor.
    public let successorIndices: [[Int]]
    /// Tasks in an order where every predecessor comes before its successors; tasks on or behind a cycle are left out.
    public let order: [Int]
    /// Indices of tasks that take part in a dependency cycle.
    public let cyclic: Set<Int>

    public init(calendar: WorkingCalendar, early: [ScheduledTask?], predecessorIndices: [[Int]],
                successorIndices: [[Int]], order: [Int], cyclic: Set<Int>) {
        self.calendar = calendar
        self.early = early
        self.predecessorIndices = predecessorIndices
        self.successorIndices = successorIndices
        self.order = order
        self.cyclic = cyclic
    }

    /// No tasks at all.
    public static func empty(calendar: WorkingCalendar = .mondayToFriday) -> ScheduleAnalysis {
        ScheduleAnalysis(calendar: calendar, early: [], predecessorIndices: [], successorIndices: [], order: [], cyclic: [])
    }

    /// Whether any task could be dated.
    public var hasDates: Bool { early.contains { $0 != nil } }

    /// From the first dated task's start to the last one's end; nil when no task is dated.
    public var span: DateRange? {
        var first: PlanDate?, last: PlanDate?
        for case let when? in early {
            first = min(first ?? when.start, when.start)
            last = max(last ?? when.end, when.end)
        }
        guard let first, let last else { return nil }
        return DateRange(start: first, end: last)
    }
}

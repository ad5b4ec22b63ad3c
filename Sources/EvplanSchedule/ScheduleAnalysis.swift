import EvplanModel

/// When one task happens, worked out from fixed dates, durations and predecessors.
public struct ScheduledWorkItem: Sendable, Hashable {
    public var start: PlanDate
    /// The last day of work, inclusive; equal to `start` for a milestone.
    public var end: PlanDate
    public var isMilestone: Bool
    /// The first working day a successor may start: the next working day after `end`, or a milestone's own day.
    public var releases: PlanDate
    /// The first day a successor with a date of its own may be on: the day after this one ends (Saturday's
    /// on-site work after Friday's), the same day for a milestone successor or after a dated milestone.
    public func allowsFixedStart(milestone: Bool) -> PlanDate {
        if milestone || (isMilestone && releases == end) { return end }
        return end.adding(days: 1)
    }

    /// Whether the task runs on calendar days (given by start and end over days off, or `30 日曆天`, `3個月`).
    public var runsOnCalendarDays: Bool

    public init(start: PlanDate, end: PlanDate, isMilestone: Bool, releases: PlanDate, runsOnCalendarDays: Bool = false) {
        self.start = start
        self.end = end
        self.isMilestone = isMilestone
        self.releases = releases
        self.runsOnCalendarDays = runsOnCalendarDays
    }

    /// The first day a successor with a date of its own may start: the day after `end` (a Friday's work may be
    /// followed by Saturday's on-site work), or a milestone's own day.
    public var nextDay: PlanDate { isMilestone ? end : end.adding(days: 1) }

    /// The first day a successor may be on: a milestone successor may fall on the day its predecessor ends;
    /// work after a milestone starts the day the milestone releases it.
    public func allows(milestone: Bool) -> PlanDate {
        if milestone { return end }
        return isMilestone ? releases : nextDay
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
    /// The scheduled dates of each task: as early as its dates and predecessors allow, an `倒排` (ALAP) task as late
    /// as its deadline and successors allow, a task with only an end or a deadline backwards from it; nil where a
    /// task cannot be dated. Tasks on or behind a dependency cycle are dated from their own fixed dates only.
    public let early: [ScheduledWorkItem?]
    /// The latest day each task may end without delaying a successor, missing its deadline, running into the
    /// event (work before it) or moving the project's end; nil where it cannot be dated.
    public var lateFinish: [PlanDate?] = []
    /// Total slack in working days between the scheduled (ASAP) end and `lateFinish`; negative when a deadline
    /// cannot be met. Nil for undated tasks.
    public var slack: [Int?] = []
    /// Each task's deadline as a date (`活動前 N 天` resolved against the event's first day).
    public var deadlines: [PlanDate?] = []
    /// The event's days, when event.md gives them.
    public var eventDates: DateRange?
    /// The status date (`as_of:` or `--as-of`).
    public var asOf: PlanDate?
    /// Which calendar the plan chose.
    public var calendarChoice: CalendarChoice = .mondayToFriday
    /// For each task, the indices of its predecessors that exist (the first task with an id wins).
    public let predecessorIndices: [[Int]]
    /// For each task, the indices of the tasks that name it as a predecessor.
    public let successorIndices: [[Int]]
    /// Tasks in an order where every predecessor comes before its successors; tasks on or behind a cycle are left out.
    public let order: [Int]
    /// Indices of tasks that take part in a dependency cycle.
    public let cyclic: Set<Int>

    public init(calendar: WorkingCalendar, early: [ScheduledWorkItem?], predecessorIndices: [[Int]],
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

    /// Zero or negative slack: a day's delay moves the project's end or misses a deadline.
    public func isCritical(_ index: Int) -> Bool {
        guard slack.indices.contains(index), let value = slack[index] else { return false }
        return value <= 0
    }

    /// How far along a task should be at the start of `asOf`, in percent: working days done before that day over
    /// its working days (a milestone or calendar-day task: 0 before its end, 100 after).
    public func expectedProgress(_ index: Int, asOf: PlanDate) -> Int? {
        guard early.indices.contains(index), let when = early[index] else { return nil }
        if asOf > when.end { return 100 }
        if asOf <= when.start { return 0 }
        if when.isMilestone { return 0 }
        let total = when.runsOnCalendarDays ? when.end.dayNumber - when.start.dayNumber + 1 : calendar.workingDays(from: when.start, through: when.end)
        let done = when.runsOnCalendarDays ? asOf.dayNumber - when.start.dayNumber : calendar.workingDays(from: when.start, through: asOf.adding(days: -1))
        guard total > 0 else { return 0 }
        return done * 100 / total
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

import Foundation

public enum WorkItemPhase: String, Sendable {
    /// Work that must be done before the event opens (the default).
    case preEvent
    case duringEvent
    case postEvent
}

public struct WorkItem: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var owners: [Located<String>]
    public var start: Located<PlanDate>?
    public var end: Located<PlanDate>?
    /// Working days; 0 is a milestone.
    public var duration: Located<Int>?
    public var predecessors: [Located<String>]
    public var phase: WorkItemPhase
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation
    /// `倒排` / `ALAP` in 開始: as late as its deadline and successors allow.
    public var asLateAsPossible = false
    /// 截止 / Deadline: the task must end on the last working day on or before it.
    public var deadline: Located<TaskDeadline>?
    /// 完成度 / Progress, 0–100.
    public var progress: Located<Int>?
    /// A duration in calendar days or months (`30 日曆天`, `3個月`); `duration` is nil then.
    public var calendarSpan: Located<CalendarSpan>?
    /// The 工期 cell as the planner wrote it, shown on the pages.
    public var durationText: String?

    public init(id: Located<String>, name: Located<String>, owners: [Located<String>] = [], start: Located<PlanDate>? = nil,
                end: Located<PlanDate>? = nil, duration: Located<Int>? = nil, predecessors: [Located<String>] = [],
                phase: WorkItemPhase = .preEvent, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
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

/// When a task must be done by.
public enum TaskDeadline: Sendable, Hashable {
    case date(PlanDate)
    /// `活動前 N 天` / `N days before event`: calendar days before the event's first day.
    case daysBeforeEvent(Int)

    /// The date it stands for; nil for a relative deadline in a plan without event dates.
    public func date(eventStart: PlanDate?) -> PlanDate? {
        switch self {
        case let .date(date): date
        case let .daysBeforeEvent(days): eventStart?.adding(days: -days)
        }
    }
}

/// A duration that runs on calendar days whatever the working calendar says.
public enum CalendarSpan: Sendable, Hashable {
    case days(Int)
    case months(Int)

    /// The last day of a span starting on `start`.
    public func end(startingOn start: PlanDate) -> PlanDate {
        switch self {
        case let .days(days): return start.adding(days: max(days, 1) - 1)
        case let .months(months): return start.adding(months: months).adding(days: -1)
        }
    }

    /// The first day of a span ending on `end`.
    public func start(endingOn end: PlanDate) -> PlanDate {
        switch self {
        case let .days(days): return end.adding(days: -(max(days, 1) - 1))
        case let .months(months): return end.adding(days: 1).adding(months: -months)
        }
    }
}

extension PlanDate {
    /// The same day of the month `months` later (or earlier), clamped to the month's last day.
    public func adding(months: Int) -> PlanDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        return PlanDate(year: year, month: month, day: min(c.day, PlanDate.daysIn(month: month, year: year))) ?? self
    }
}

public struct Project: Sendable {
    public var tasks: [WorkItem] = []
    public var extraHeaders: [String] = []

    public init(tasks: [WorkItem] = []) { self.tasks = tasks }
}

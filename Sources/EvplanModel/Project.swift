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

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What a rule is: its stable id, default severity, the competency codes of KMC2432-001v2 it serves,
/// a one-line description and how a planner usually fixes what it reports.
public struct RuleDescriptor: Sendable, Hashable {
    public var id: String
    public var defaultSeverity: Severity
    public var competency: [String]
    public var task: TaskCode
    public var summary: LocalizedText
    public var hint: LocalizedText

    public init(id: String, severity: Severity, task: TaskCode, competency: [String], summary: LocalizedText, hint: LocalizedText) {
        self.id = id
        self.defaultSeverity = severity
        self.task = task
        self.competency = competency
        self.summary = summary
        self.hint = hint
    }
}

/// One problem found in a plan, pointing at the cell a planner must fix.
public struct Diagnostic: Sendable, Hashable {
    public var rule: RuleDescriptor
    public var severity: Severity
    public var location: SourceLocation
    public var message: LocalizedText
    public var hint: LocalizedText

    public init(_ rule: RuleDescriptor, at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.rule = rule
        self.severity = rule.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint ?? rule.hint
    }

    /// Diagnostics in reading order: by file, line, column, then rule id.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { ($0.location, $0.rule.id) < ($1.location, $1.rule.id) }
    }
}

import EvplanModel
import EvplanSchedule

/// One check drawn from the standard. Each rule is its own type, named after what it checks,
/// reads only the model, and reports what it finds as diagnostics.
public protocol Rule: Sendable {
    static var descriptor: RuleDescriptor { get }
    func check(_ context: CheckContext) -> [Diagnostic]
}

extension Rule {
    public var descriptor: RuleDescriptor { Self.descriptor }

    /// A diagnostic of this rule at `location`.
    public func diagnostic(at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) -> Diagnostic {
        Diagnostic(Self.descriptor, at: location, message, hint: hint)
    }
}

/// What rules read: the plan, the analyses worked out from it once per compile (the pipeline passes them in), and
/// what the rules share besides. Rules run at the same time on several threads, so everything here is worked out
/// before the first rule starts and never changes.
public final class CheckContext: Sendable {
    public let plan: Plan
    public let analyses: PlanAnalyses
    /// Every session of the agenda, day by day in reading order.
    let agendaEntries: [AgendaEntry]
    let rooms: RoomDirectory

    public init(plan: Plan, analyses: PlanAnalyses) {
        self.plan = plan
        self.analyses = analyses
        agendaEntries = AgendaEntry.all(in: plan.agenda)
        rooms = RoomDirectory(venue: plan.venue)
    }

    /// Analyses the plan itself, in the default calendar: for a rule run on its own, as tests do.
    public convenience init(plan: Plan) {
        self.init(plan: plan, analyses: PlanAnalyses(plan: plan))
    }

    /// The task schedule: early dates, predecessors, cycles.
    public var schedule: ScheduleAnalysis { analyses.schedule }
}

import EvplanModel

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

/// What rules read: the plan, and what is worked out from it once for all rules. Rules run at the same time on
/// several threads, so everything here is worked out before the first rule starts and never changes.
public final class CheckContext: Sendable {
    public let plan: Plan
    public let schedule: ProjectSchedule
    /// Every session of the agenda, day by day in reading order.
    let agendaEntries: [AgendaEntry]
    let rooms: RoomDirectory

    public init(plan: Plan) {
        self.plan = plan
        schedule = ProjectSchedule(project: plan.project)
        agendaEntries = AgendaEntry.all(in: plan.agenda)
        rooms = RoomDirectory(venue: plan.venue)
    }
}

import EvplanModel
import EvplanSchedule

/// Runs every rule of the catalogue over a plan. The plan's own severity settings are applied by the caller.
public enum Checker {
    /// `analyses` are the plan's, worked out once per compile and shared with the renderer.
    public static func check(_ plan: Plan, analyses: PlanAnalyses) -> [Diagnostic] {
        let context = CheckContext(plan: plan, analyses: analyses)
        // Rules only read the plan, so they run side by side; the result is sorted into reading order anyway.
        return Diagnostic.ordered(RuleCatalogue.rules.concurrentMap { $0.check(context) }.flatMap { $0 })
    }

    /// Analyses the plan in the default calendar, then checks it.
    public static func check(_ plan: Plan) -> [Diagnostic] {
        check(plan, analyses: PlanAnalyses(plan: plan))
    }
}

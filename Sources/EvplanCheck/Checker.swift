import EvplanModel

/// Runs every rule of the catalogue over a plan. The plan's own severity settings are applied by the caller.
public enum Checker {
    public static func check(_ plan: Plan) -> [Diagnostic] {
        let context = CheckContext(plan: plan)
        // Rules only read the plan, so they run side by side; the result is sorted into reading order anyway.
        return Diagnostic.ordered(RuleCatalogue.rules.concurrentMap { $0.check(context) }.flatMap { $0 })
    }
}

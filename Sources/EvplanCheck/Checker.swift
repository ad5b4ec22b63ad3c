import EvplanModel

/// Runs every rule of the catalogue over a plan. The plan's own severity settings are applied by the caller.
public enum Checker {
    public static func check(_ plan: Plan) -> [Diagnostic] {
        let context = CheckContext(plan: plan)
        return Diagnostic.ordered(RuleCatalogue.rules.flatMap { $0.check(context) })
    }
}

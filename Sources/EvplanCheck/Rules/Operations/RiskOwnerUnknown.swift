import EvplanModel

/// A risk's owner is not on the team T2 lists (its team section, or an owner of one of its tasks).
public struct RiskOwnerUnknown: Rule {
    public static let descriptor = RuleDescriptor(
        id: "risk.owner-unknown", severity: .warning, task: .t6, competency: ["O6.1.2", "P6.1.5", "O6.3.1"],
        summary: LocalizedText(zh: "風險的負責人不在 T2 的團隊名單上", en: "A risk's owner is not on T2's team list"),
        hint: LocalizedText(zh: "把負責人改成 T2「團隊」名單上的人，或把這個人加進名單。",
                            en: "Give the risk to someone on T2's team list, or add this person to the list."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let team = SiteLookup.team(of: context.plan)
        guard !team.isEmpty else { return [] }
        let keys = Set(team.map(Operations.key))
        var diagnostics: [Diagnostic] = []
        for risk in context.plan.operations.risks {
            for owner in risk.owners where !keys.contains(Operations.key(owner.value)) {
                let close = NameSuggestion.closest(to: owner.value, among: team)
                let listed = team.prefix(8).joined(separator: "、")
                diagnostics.append(diagnostic(at: owner.location, LocalizedText(
                    zh: "風險「\(risk.name.value)」的負責人「\(owner.value)」不在 T2 的團隊名單上",
                    en: "“\(owner.value)”, owner of the risk “\(risk.name.value)”, is not on T2's team list"),
                    hint: close.map { LocalizedText(zh: "是不是「\($0)」？", en: "Did you mean “\($0)”?") }
                        ?? LocalizedText(zh: "團隊名單有：\(listed)。請改成其中一人，或把這個人加進 T2 的團隊名單。",
                                         en: "The team list has \(listed). Pick one of them, or add this person to T2's team list.")))
            }
        }
        return diagnostics
    }
}

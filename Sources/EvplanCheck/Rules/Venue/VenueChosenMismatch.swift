import EvplanModel

/// The candidate marked chosen is not the venue the plan names (T5 `venue:`), or more than one is marked chosen.
public struct VenueChosenMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.chosen-mismatch", severity: .warning, task: .t5, competency: ["O5.2.1", "P5.2.5", "P5.3.1"],
        summary: LocalizedText(zh: "候選場地中選定的不是企劃的場地", en: "The chosen candidate venue is not the plan's venue"),
        hint: LocalizedText(zh: "讓候選場地表的選定欄與 T5 front matter 的 venue 一致，且只選一個。",
                            en: "Make the chosen mark in the candidates table agree with `venue` in the T5 front matter, and choose one."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let chosen = context.plan.venueDeal.candidates.filter(\.isChosen)
        var diagnostics: [Diagnostic] = []
        for extra in chosen.dropFirst() {
            diagnostics.append(diagnostic(at: extra.chosen?.location ?? extra.location, LocalizedText(
                zh: "「\(extra.name.value)」也標為選定；已選定「\(chosen[0].name.value)」", en: "“\(extra.name.value)” is also marked chosen; “\(chosen[0].name.value)” already is")))
        }
        let names = (context.plan.sites.isEmpty ? [context.plan.venue].compactMap { $0 } : context.plan.sites).compactMap { $0.name?.value }
        guard let first = chosen.first, !names.isEmpty else { return diagnostics }
        let key = Operations.key(first.name.value)
        let matches = names.contains { name in
            let site = Operations.key(name)
            return site == key || site.contains(key) || key.contains(site)
        }
        if !matches {
            diagnostics.append(diagnostic(at: first.name.location, LocalizedText(
                zh: "選定的候選場地「\(first.name.value)」不是企劃的場地「\(names.joined(separator: "、"))」",
                en: "The chosen candidate “\(first.name.value)” is not the plan's venue, “\(names.joined(separator: ", "))”")))
        }
        return diagnostics
    }
}

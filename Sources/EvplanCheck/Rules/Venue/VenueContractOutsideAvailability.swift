import EvplanModel

/// The contract's load-in or teardown falls on a day the venue is not available (`available:` in T5).
public struct VenueContractOutsideAvailability: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.contract-outside-availability", severity: .error, task: .t5, competency: ["O5.3.1", "P5.3.1"],
        summary: LocalizedText(zh: "合約的進場或撤場日不在場地可用日期內", en: "The contract's load-in or teardown is on a day the venue is not available"),
        hint: LocalizedText(zh: "向場地確認進撤場日並更新 T5 的 available，或改正合約的進場、撤場時間。",
                            en: "Confirm the load-in and teardown days with the venue and update `available` in T5, or correct the contract."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let contract = context.plan.venueDeal.contract else { return [] }
        let sites = context.plan.sites.isEmpty ? [context.plan.venue].compactMap { $0 } : context.plan.sites
        let available = sites.flatMap(\.availableDates).map(\.value)
        guard !available.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for (moment, zh, en) in [(contract.loadIn, "進場", "load-in"), (contract.teardown, "撤場", "teardown")] {
            guard let moment, !available.contains(where: { $0.contains(moment.value.date) }) else { continue }
            let list = available.map(\.description).joined(separator: "、")
            diagnostics.append(diagnostic(at: moment.location, LocalizedText(
                zh: "合約的\(zh)日 \(moment.value.date) 不在場地可用日期（\(list)）內", en: "The contract's \(en), \(moment.value.date), is outside the venue's available dates (\(list))")))
        }
        return diagnostics
    }
}

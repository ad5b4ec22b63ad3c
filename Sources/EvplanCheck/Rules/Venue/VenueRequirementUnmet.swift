import EvplanModel

/// The chosen candidate holds fewer people than the plan needs at its peak: the expected attendance, or the most people
/// the agenda has in sessions at once on any day.
public struct VenueRequirementUnmet: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.requirement-unmet", severity: .warning, task: .t5, competency: ["O5.1.1", "P5.2.2"],
        summary: LocalizedText(zh: "選定的場地容納不下企劃需要的人數", en: "The chosen venue cannot hold the people the plan needs"),
        hint: LocalizedText(zh: "選一個容量足夠的場地，或修正候選場地表的容納人數。", en: "Choose a venue that holds enough people, or correct its capacity in the candidates table."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let chosen = context.plan.venueDeal.candidates.first(where: \.isChosen), let capacity = chosen.capacity else { return [] }
        let need = VenueRequirements(context.plan)
        guard need.peakPeople > capacity.value else { return [] }
        return [diagnostic(at: capacity.location, LocalizedText(
            zh: "「\(chosen.name.value)」容納 \(capacity.value) 人，企劃尖峰需要 \(need.peakPeople) 人（\(need.peakReason.zhTW)）",
            en: "“\(chosen.name.value)” holds \(capacity.value); the plan needs \(need.peakPeople) at its peak (\(need.peakReason.en))"))]
    }
}

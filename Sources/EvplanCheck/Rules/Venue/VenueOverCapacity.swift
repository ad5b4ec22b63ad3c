import EvplanModel

/// More people expected at the event than the whole venue holds at once.
public struct VenueOverCapacity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.over-capacity", severity: .error, task: "T5", competency: ["S38", "P5.2.2", "S35"],
        summary: LocalizedText(zh: "預計出席人數超過場地容量", en: "Expected attendance exceeds the venue's capacity"),
        hint: LocalizedText(zh: "改選容量足夠的場地、加租空間，或調降 event.md 的預計人數 attendees。",
                            en: "Choose a larger venue, book more space, or lower `attendees` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let expected = context.plan.event?.expectedAttendance, let venue = context.plan.venue,
              let capacity = venue.capacity, expected.value > capacity.value else { return [] }
        let excess = expected.value.subtractingReportingOverflow(capacity.value)
        let over = excess.overflow ? "" : "（超出 \(excess.partialValue) 人）"
        let overEN = excess.overflow ? "" : " (\(excess.partialValue) too many)"
        let name = venue.name?.value
        return [diagnostic(at: capacity.location, LocalizedText(
            zh: "預計 \(expected.value) 人出席，但場地\(name.map { "「\($0)」" } ?? "")最多容納 \(capacity.value) 人\(over)",
            en: "\(expected.value) people are expected, but the venue\(name.map { " “\($0)”" } ?? "") holds at most \(capacity.value)\(overEN)"))]
    }
}

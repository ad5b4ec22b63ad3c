import Foundation
import EvplanModel

/// More people expected at the event than the whole venue holds at once.
public struct VenueOverCapacity: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.over-capacity", severity: .error, task: .t5, competency: ["S38", "P5.2.2", "S35"],
        summary: LocalizedText(zh: "預計出席人數超過場地容量", en: "Expected attendance exceeds the venue's capacity"),
        hint: LocalizedText(zh: "改選容量足夠的場地、加租空間，或調降 event.md 的預計人數 attendees。",
                            en: "Choose a larger venue, book more space, or lower `attendees` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let expected = context.plan.event?.expectedAttendance, let venue = context.plan.venue,
              let capacity = venue.capacity, expected.value > capacity.value else { return [] }
        let excess = expected.value.subtractingReportingOverflow(capacity.value)
        func grouped(_ value: Int) -> String { AmountText.format(Decimal(value)) }
        let over = excess.overflow ? "" : "（超出 \(grouped(excess.partialValue)) 人）"
        let overEN = excess.overflow ? "" : " (\(grouped(excess.partialValue)) too many)"
        let name = venue.name?.value
        // The peak is one day's figure: a per-day or a total of visits spread over the days, not the event's total.
        let days = context.plan.event?.dates?.value.dayCount ?? 1
        let perDay = days > 1 && (context.plan.event?.attendance?.value).map { $0.perDay || $0.unit == .visits } == true
        return [diagnostic(at: capacity.location, LocalizedText(
            zh: "預計\(perDay ? "每日" : "") \(grouped(expected.value)) 人出席，但場地\(name.map { "「\($0)」" } ?? "")最多容納 \(grouped(capacity.value)) 人\(over)",
            en: "\(grouped(expected.value)) people are expected\(perDay ? " a day" : ""), but the venue\(name.map { " “\($0)”" } ?? "") holds at most \(grouped(capacity.value))\(overEN)"))]
    }
}

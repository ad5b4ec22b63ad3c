import EvplanModel

/// The venue's available dates (T5 front matter `available:`) do not cover every day of the event.
public struct VenueUnavailableDates: Rule {
    public static let descriptor = RuleDescriptor(
        id: "venue.unavailable-dates", severity: .error, task: .t5, competency: ["P5.2.2", "P5.3.1", "S38"],
        summary: LocalizedText(zh: "場地可用日期沒有涵蓋活動日期", en: "The venue is not available on every day of the event"),
        hint: LocalizedText(zh: "向場地確認並預訂活動的每一天，更新 T5 的 available；或調整 event.md 的 dates。",
                            en: "Book the venue for every day of the event and update `available` in T5, or change `dates` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let venue = context.plan.venue, let first = venue.availableDates.first,
              let dates = context.plan.event?.dates?.value else { return [] }
        let gaps = VenueUnavailableDates.uncovered(dates, by: venue.availableDates.map(\.value))
        guard !gaps.isEmpty else { return [] }
        let list = gaps.prefix(5).map(\.description).joined(separator: "、") + (gaps.count > 5 ? "…" : "")
        return [diagnostic(at: first.location, LocalizedText(
            zh: "活動日期中的 \(list) 不在場地可用日期內", en: "The venue is not available on \(list), an event day"))]
    }

    /// The parts of `event` that no range covers, found by sweeping the sorted ranges: linear in the number of
    /// ranges, whatever the length of the event.
    static func uncovered(_ event: DateRange, by ranges: [DateRange]) -> [DateRange] {
        var gaps: [DateRange] = []
        var next = event.start
        for range in ranges.sorted(by: { $0.start < $1.start }) where range.end >= next {
            if range.start > event.end { break }
            if range.start > next { gaps.append(DateRange(start: next, end: range.start.adding(days: -1))) }
            next = max(next, range.end.adding(days: 1))
            if next > event.end { return gaps }
        }
        if next <= event.end { gaps.append(DateRange(start: next, end: event.end)) }
        return gaps
    }
}

import EvplanModel
import EvplanSchedule

/// The schedule reaches a year Taiwan's office calendar has not been published for: its holidays are computed by
/// rule, and make-up working days (補行上班) cannot be known yet.
public struct ScheduleUnofficialCalendar: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.unofficial-calendar", severity: .info, task: .t2, competency: ["O2.2.3"],
        summary: LocalizedText(zh: "行事曆年份尚未公告，假日依規則推算", en: "The office calendar of a year is not published yet: its holidays are computed"),
        hint: LocalizedText(zh: "人事行政總處每年年中公告次年的辦公日曆表；公告後更新 evplan，或在 event.md 用 holidays: / workdays: 補上。",
                            en: "DGPA publishes each year's office calendar around the middle of the year before; update evplan then, or add the days with holidays: / workdays: in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let schedule = context.schedule
        guard schedule.calendarChoice == .taiwan else { return [] }
        var years: Set<Int> = []
        for case let when? in schedule.early { years.insert(when.start.year); years.insert(when.end.year) }
        if let dates = schedule.eventDates { years.insert(dates.start.year); years.insert(dates.end.year) }
        // Years before the data are history: only the years to come are reported.
        let unofficial = years.filter { $0 > TaiwanCalendar.officialYears.upperBound }.sorted()
        guard !unofficial.isEmpty else { return [] }
        let event = context.plan.event
        let location = event?.calendar?.location ?? event?.location
            ?? context.plan.project.tasks.first?.location ?? SourceLocation(file: "event.md", line: 1, column: 1)
        let list = unofficial.map(String.init).joined(separator: "、")
        return [diagnostic(at: location, LocalizedText(
            zh: "時程用到 \(list) 年，這些年份的政府行政機關辦公日曆表尚未公告，假日依規則推算（不含補行上班日）",
            en: "The schedule reaches \(unofficial.map(String.init).joined(separator: ", ")), whose office calendar is not published yet: holidays are computed by rule (without make-up working days)"))]
    }
}

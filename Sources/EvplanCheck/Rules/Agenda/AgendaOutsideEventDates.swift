import EvplanModel

/// An agenda day dated outside the event's dates and its declared related days (`related_dates:` in event.md).
public struct AgendaOutsideEventDates: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.outside-event-dates", severity: .error, task: .t4, competency: ["P4.2.1", "K21", "O4.2.1"],
        summary: LocalizedText(zh: "議程日期不在活動日期內", en: "An agenda day falls outside the event's dates"),
        hint: LocalizedText(zh: "更正這一天標題中的日期，或更新 event.md 的 dates。",
                            en: "Correct the date in this day's heading, or update `dates` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let event = context.plan.event, let dates = event.dates?.value else { return [] }
        return context.plan.agenda.days.compactMap { day in
            guard let date = day.date, !event.isEventDay(date.value) else { return nil }
            return diagnostic(at: date.location, LocalizedText(
                zh: "這一天 \(date.value) 不在活動日期 \(dates) 內",
                en: "This day, \(date.value), is outside the event's dates \(dates)"))
        }
    }
}

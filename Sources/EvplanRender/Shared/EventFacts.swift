import Foundation
import EvplanModel

/// The event's key facts (dates, organizer, venue, attendance, cap), shared by the home page and the proposal cover.
enum EventFacts {
    static func make(_ context: RenderContext, includeOrganiser: Bool = true) -> [Fact] {
        let plan = context.plan
        var facts: [Fact] = []
        if let dates = plan.event?.dates?.value {
            let days = dates.dayCount > 1 ? " · " + context.label("fact_days").replacingOccurrences(of: "{n}", with: "\(dates.dayCount)") : ""
            facts.append(Fact(label: context.label("fact_dates"), value: context.dates.range(dates) + days, wide: dates.dayCount > 1))
        }
        if includeOrganiser, let organizer = plan.event?.organizer, !organizer.isEmpty {
            facts.append(Fact(label: context.label("fact_organizer"), value: organizer))
        }
        if let venue = plan.venue?.name?.value, !venue.isEmpty {
            facts.append(Fact(label: context.label("fact_venue"), value: venue))
        }
        if let attendance = plan.event?.attendance?.value, attendance.perDay || attendance.unit == .visits {
            let count = DecimalText.grouped(Decimal(attendance.count))
            let zh = (attendance.perDay ? "每日 " : "") + count + (attendance.unit == .visits ? " 人次" : " 人")
            let en = count + (attendance.unit == .visits ? " visits" : " people") + (attendance.perDay ? " a day" : "")
            facts.append(Fact(label: context.label("fact_attendance"), value: context.language == .zhTW ? zh : en))
        } else if let attendance = plan.event?.expectedAttendance?.value {
            facts.append(Fact(label: context.label("fact_attendance"),
                              value: context.counted("people", attendance)))
        }
        if let cap = plan.event?.budgetCap?.value {
            facts.append(Fact(label: context.label("fact_cap"), value: context.money.format(cap)))
        }
        return facts
    }
}

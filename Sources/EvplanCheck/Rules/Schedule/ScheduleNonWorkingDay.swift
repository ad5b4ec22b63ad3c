import EvplanModel
import EvplanSchedule

/// A start or end date a planner wrote that falls on a weekend or a holiday of the plan's calendar. On-site work
/// (the event phase, or days inside the event) is expected on such days and is not reported.
public struct ScheduleNonWorkingDay: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.non-working-day", severity: .warning, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "日期落在週末或國定假日", en: "A date falls on a weekend or a holiday"),
        hint: LocalizedText(zh: "改成前後的工作天；若這天確定要上班（加班、現場工作），把階段設為「執行」，或在 event.md 的 workdays: 列出這天。",
                            en: "Move it to a working day; if the day is really worked (overtime, on-site work), set the phase to event, or list the day under workdays: in event.md."))

    public init() {}

    static let weekdayNames = (zh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
                               en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let calendar = context.schedule.calendar
        let event = context.plan.event?.dates?.value
        var diagnostics: [Diagnostic] = []
        for task in context.plan.project.tasks where task.phase != .duringEvent {
            var seen: Set<PlanDate> = []
            for (written, isStart) in [(task.start, true), (task.end, false)] {
                guard let written, !calendar.isWorkingDay(written.value), seen.insert(written.value).inserted else { continue }
                if let event, event.start <= written.value, written.value <= event.end { continue }
                let date = written.value
                let holiday = calendar.holidayName(date).flatMap { $0.isEmpty ? nil : $0 }
                let what = holiday.map { LocalizedText(zh: "「\($0)」", en: "“\($0)”") }
                    ?? LocalizedText(zh: Self.weekdayNames.zh[date.weekday], en: "a \(Self.weekdayNames.en[date.weekday])")
                let id = task.id.value
                diagnostics.append(diagnostic(at: written.location, LocalizedText(
                    zh: "工作 \(id) 的\(isStart ? "開始" : "結束")日 \(date) 是\(what.zhTW)，不是工作天",
                    en: "Task \(id) \(isStart ? "starts" : "ends") on \(date), \(what.en), which is not a working day")))
            }
        }
        return diagnostics
    }
}

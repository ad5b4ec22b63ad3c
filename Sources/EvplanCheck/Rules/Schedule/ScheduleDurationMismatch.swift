import EvplanModel
import EvplanSchedule

/// A task whose 開始, 結束 and 工期 disagree: the dates hold another number of working (or calendar) days than the
/// duration says.
public struct ScheduleDurationMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.duration-mismatch", severity: .warning, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "開始、結束與工期不一致", en: "Start, end and duration disagree"),
        hint: LocalizedText(zh: "改正其中一格，或清空工期讓 evplan 依開始與結束計算。",
                            en: "Correct one of the three, or leave the duration blank and let evplan count it from the dates."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let calendar = context.schedule.calendar
        var diagnostics: [Diagnostic] = []
        for task in context.plan.project.tasks {
            guard let start = task.start?.value, let end = task.end?.value, end >= start else { continue }
            let working = calendar.workingDays(from: start, through: end)
            let days = end.dayNumber - start.dayNumber + 1
            let written = task.durationText ?? ""
            let location: SourceLocation
            if let duration = task.duration {
                guard duration.value != 0, duration.value != working, duration.value != days else { continue }
                location = duration.location
            } else if let span = task.calendarSpan {
                guard span.value.end(startingOn: start) != end else { continue }
                location = span.location
            } else {
                continue
            }
            diagnostics.append(diagnostic(at: location, LocalizedText(
                zh: "工作 \(task.id.value) 的工期寫「\(written)」，但 \(start) 到 \(end) 是 \(working) 個工作天（\(days) 個日曆天）",
                en: "Task \(task.id.value) has duration “\(written)”, but \(start) to \(end) holds \(working) working days (\(days) calendar days)")))
        }
        return diagnostics
    }
}

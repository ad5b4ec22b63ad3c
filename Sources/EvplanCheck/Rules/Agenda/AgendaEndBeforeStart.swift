import EvplanModel

/// A session that ends at or before the time it starts.
public struct AgendaEndBeforeStart: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.end-before-start", severity: .error, task: .t4, competency: ["K21", "O4.2.1"],
        summary: LocalizedText(zh: "議程的結束時間不晚於開始時間", en: "A session ends at or before its start"),
        hint: LocalizedText(zh: "檢查時間是否寫反，或把下午的時間寫成 24 小時制（例如 14:00 而不是 2:00）。",
                            en: "Check whether the times are swapped, and write afternoon times on the 24-hour clock (14:00, not 2:00)."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.agendaEntries.compactMap { entry in
            let session = entry.session
            // A single time (`05:30`) is a moment: it starts and ends then on purpose.
            guard !session.isMoment else { return nil }
            let time = session.time.value
            guard time.end <= time.start else { return nil }
            let start = time.start.description, end = time.end.description
            // An evening start and an early-morning end: the session runs past midnight, not backwards.
            let crossesMidnight = time.start.minutes >= 18 * 60 && time.end.minutes <= 6 * 60
            return diagnostic(at: session.time.location, LocalizedText(
                zh: crossesMidnight ? "\(start)-\(end) 跨過午夜：一列只能寫同一天之內的時間" : "結束時間 \(end) 不晚於開始時間 \(start)",
                en: crossesMidnight ? "\(start)-\(end) runs past midnight: a row holds times of one day only"
                    : "Ends at \(end), which is not after its start at \(start)"),
                hint: crossesMidnight ? LocalizedText(
                    zh: "在午夜切成兩列：\(start)-24:00 寫在當天，00:00-\(end) 寫在隔天的議程。",
                    en: "Split it at midnight: \(start)-24:00 on this day and 00:00-\(end) in the next day's agenda.") : nil)
        }
    }
}

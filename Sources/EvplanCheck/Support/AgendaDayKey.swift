import EvplanModel

/// Which day a session belongs to. Days with the same date are one day even when they sit in
/// different agenda files (T4-day1.md and T4-room-b.md may both hold `## 2027-03-12`);
/// a day without a date stands alone.
enum AgendaDayKey: Hashable, Sendable {
    case date(PlanDate)
    case undated(dayIndex: Int)

    init(_ day: AgendaDay, index: Int) {
        self = day.date.map { .date($0.value) } ?? .undated(dayIndex: index)
    }

    /// The day for a message: `2027-10-16（六）`, empty for a day without a date.
    var text: LocalizedText {
        guard case let .date(date) = self else { return LocalizedText(zh: "", en: "") }
        let zh = ["日", "一", "二", "三", "四", "五", "六"][date.weekday]
        let en = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][date.weekday]
        return LocalizedText(zh: "\(date)（\(zh)）", en: "\(date) (\(en))")
    }
}

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
}

import EvplanModel

/// Finds the overlapping time ranges of one group (one room, or one person, on one day) by sorting
/// and sweeping: O(n log n), never all pairs, so a 20,000-session room checks in a blink.
enum OverlapSweep {
    struct Clash {
        /// The session that starts later (or, starting together, comes later in the plan): where it is reported.
        let later: Int
        /// An earlier session it overlaps: the one that runs longest among those before it.
        let earlier: Int
    }

    /// `items` are (time, order) pairs; the clashes name items by their order.
    /// Each item that overlaps any earlier one is reported once. Touching ranges (10:00–11:00, 11:00–12:00) do not clash.
    static func clashes(_ items: [(time: TimeRange, order: Int)]) -> [Clash] {
        let sorted = items
            .filter { $0.time.end.minutes > $0.time.start.minutes }
            .sorted { ($0.time.start.minutes, $0.order) < ($1.time.start.minutes, $1.order) }
        var result: [Clash] = []
        var longest: (end: Int, order: Int)?
        for item in sorted {
            if let running = longest, item.time.start.minutes < running.end {
                result.append(Clash(later: item.order, earlier: running.order))
            }
            if item.time.end.minutes > (longest?.end ?? Int.min) {
                longest = (item.time.end.minutes, item.order)
            }
        }
        return result
    }
}

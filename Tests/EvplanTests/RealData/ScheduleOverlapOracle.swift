/// Overlaps in a real schedule, found the plain way: every pair of rows on the same day, by room and by
/// speaker id. Knows nothing of evplan, so the tests can hold evplan's rules against it.
enum ScheduleOverlapOracle {
    /// Two rows (indices into the rows given) that overlap; `later` is the one that starts later, or, starting
    /// together, comes later in reading order: the row a checker points at.
    struct Clash: Hashable {
        let earlier: Int
        let later: Int
        /// The room or speaker id they share.
        let shared: String
    }

    static func roomClashes(_ rows: [ScheduleRow]) -> [Clash] {
        clashes(rows) { [$0.roomID] }
    }

    static func speakerClashes(_ rows: [ScheduleRow]) -> [Clash] {
        clashes(rows) { Array(Set($0.speakerIDs)) }
    }

    private static func clashes(_ rows: [ScheduleRow], keys: (ScheduleRow) -> [String]) -> [Clash] {
        var result: [Clash] = []
        for first in rows.indices {
            for second in rows.indices where second > first && rows[first].date == rows[second].date {
                let a = rows[first], b = rows[second]
                guard a.start < b.end, b.start < a.end else { continue }
                let laterIsSecond = (a.start, first) < (b.start, second)
                for key in Set(keys(a)).intersection(keys(b)) {
                    result.append(laterIsSecond ? Clash(earlier: first, later: second, shared: key)
                                                : Clash(earlier: second, later: first, shared: key))
                }
            }
        }
        return result
    }
}

/// Levenshtein distance, for "did you mean" hints on headers, rooms, task ids and rule ids.
public enum EditDistance {
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Hints only care about near misses; long or very different strings are simply far apart.
        if abs(a.count - b.count) > 3 || a.count > 64 || b.count > 64 { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `text`, if it is within `maximum` edits.
    public static func closest(to text: String, in candidates: [String], maximum: Int = 2) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = between(text, candidate)
            if distance <= maximum, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }
}

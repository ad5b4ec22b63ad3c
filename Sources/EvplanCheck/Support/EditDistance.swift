/// Levenshtein distance, to suggest the name a planner probably meant.
enum EditDistance {
    /// Names longer than this are not compared: nobody mistypes a paragraph, and it keeps the cost bounded.
    static let longestComparedName = 64

    static func between(_ lhs: String, _ rhs: String) -> Int? {
        let a = Array(lhs), b = Array(rhs)
        guard a.count <= longestComparedName, b.count <= longestComparedName else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `target` (compared case- and space-insensitively), if it is near enough
    /// to be a likely typo: at most half the target's length away. Ties go to the earlier candidate.
    static func closest(to target: String, among candidates: [String]) -> String? {
        let key = comparable(target)
        let allowed = max(1, key.count / 2)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            guard let distance = between(key, comparable(candidate)), distance <= allowed else { continue }
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func comparable(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}

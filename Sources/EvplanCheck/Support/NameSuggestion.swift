import EvplanModel

/// The known name a planner probably meant, for "did you mean" hints on rooms and task ids.
enum NameSuggestion {
    /// The candidate nearest to `written`, compared without case and white space, when it is at most half the
    /// written name's length of edits away (a likely typo, not just another name). Ties go to the earlier candidate.
    static func closest(to written: String, among candidates: [String]) -> String? {
        let key = comparable(written)
        let allowed = max(1, key.count / 2)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.between(key, comparable(candidate))
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func comparable(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}

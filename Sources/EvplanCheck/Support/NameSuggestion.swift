import EvplanModel

/// The known name a planner probably meant, for "did you mean" hints on rooms and task ids.
enum NameSuggestion {
    /// The candidate nearest to `written`, compared without case and white space, when it is at most half the
    /// written name's length of edits away (a likely typo, not just another name). Ties go to the earlier candidate.
    /// A short name (an id like `G01`, a room like `大廳`) must also begin as the candidate does: `G01` is not a typo
    /// of `P01`, nor `大廳` of `小廳`, though each is one edit away.
    static func closest(to written: String, among candidates: [String]) -> String? {
        let key = comparable(written)
        let allowed = max(1, key.count / 2)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = comparable(candidate)
            if key.count < 6, key.first != other.first { continue }
            let distance = EditDistance.between(key, other)
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func comparable(_ name: String) -> String {
        name.lowercased().filter { !$0.isWhitespace }
    }
}

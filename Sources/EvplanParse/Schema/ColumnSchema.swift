import EvplanModel

/// The columns one kind of table may have, each with the header names planners use for it,
/// Chinese and English (and, for real published accounts, Japanese).
struct ColumnSchema<Field: Hashable & CaseIterable> {
    let aliases: [Field: [String]]

    /// The field a header names, if any: the whole header, or one of its words (`單價 Unit price`,
    /// `単価（円）`, `Amount (NT$)`), matched without regard to case.
    func field(forHeader header: String) -> Field? {
        let candidates = HeaderText.candidates(header)
        for field in Field.allCases {
            guard let names = aliases[field] else { continue }
            for name in names where candidates.contains(HeaderText.normalize(name)) {
                return field
            }
        }
        return nil
    }

    /// The alias an unknown header was most probably meant to be, if it is close to one.
    func suggestion(forHeader header: String) -> String? {
        let normalized = HeaderText.normalize(header)
        guard !normalized.isEmpty else { return nil }
        var best: (alias: String, distance: Int)?
        for field in Field.allCases {
            for alias in aliases[field] ?? [] {
                let target = HeaderText.normalize(alias)
                let distance = EditDistance.between(normalized, target)
                let allowed = target.count <= 2 ? 1 : (target.count <= 5 ? 1 : 2)
                if distance > 0, distance <= allowed, distance < (best?.distance ?? Int.max) {
                    best = (alias, distance)
                }
            }
        }
        return best?.alias
    }
}

enum HeaderText {
    static func normalize(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "_" && $0 != ":" && $0 != "：" }
    }

    /// The header itself and its parts: split on spaces and slashes, with any bracketed unit removed.
    static func candidates(_ header: String) -> Set<String> {
        var result: Set<String> = [normalize(header)]
        var withoutUnits = ""
        var depth = 0
        for character in header {
            if "(（[［".contains(character) { depth += 1; continue }
            if ")）]］".contains(character) { depth = max(0, depth - 1); continue }
            if depth == 0 { withoutUnits.append(character) }
        }
        result.insert(normalize(withoutUnits))
        for separator in [" ", "/", "／", "|"] {
            for part in withoutUnits.components(separatedBy: separator) where !part.isEmpty {
                result.insert(normalize(part))
            }
        }
        // `單價Unit price`: split where Han text meets Latin text.
        let words = withoutUnits.split(whereSeparator: { $0 == " " })
        if let first = words.first, first.unicodeScalars.contains(where: { $0.value >= 0x3000 }) {
            let han = String(first.prefix { $0.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false })
            result.insert(normalize(han))
            result.insert(normalize(String(withoutUnits.dropFirst(han.count))))
        }
        result.remove("")
        return result
    }
}

import Foundation
import EvplanModel

/// Room layouts and the floor area each person needs in them, to tell whether a declared capacity can fit a room.
///
/// Where the figures come from: rules of thumb, not a building code, and the sources disagree a lot.
/// - Convention Industry Council (now Events Industry Council) manual figures, as quoted by planners
///   (e.g. specialeventguru.blogspot.com/2010/10/determining-room-capacity.html): standing reception 9–10 sq ft,
///   theatre 10–13 sq ft, schoolroom 17–22 sq ft, banquet rounds 13.5 sq ft per person.
/// - Furniture-rental space guides (e.g. specialtyrents.com/help, bearvalleyrentals.com seating guide,
///   expohire.com event furniture layout guide): theatre rows 6 sq ft (0.5–0.6 m²), standing cocktail 5–6 sq ft,
///   rounds of ten 10 sq ft.
/// - Planners' estimates (e.g. rdltalks.blogspot.com): classroom with 18-inch tables 15 sq ft, conference or
///   boardroom seating 25–40 sq ft. None of these gives a single U-shape figure; it is taken like boardroom.
/// Each figure below is at or below the compact end of those ranges (1 sq ft = 0.0929 m²), so the warning fires
/// only when a capacity is implausible, not when a venue seats people more tightly than one guide would.
/// The venue's own fire-safety occupant limit always governs.
enum SeatingLayout {
    case theatre, classroom, banquet, reception, uShape, boardroom

    /// m² per person, the compact end of the published ranges above.
    var squareMetresPerPerson: Decimal {
        switch self {
        case .theatre: Decimal(6) / 10      // ≈ 6.5 sq ft: tightest rows of chairs
        case .classroom: Decimal(14) / 10   // ≈ 15 sq ft: 18-inch tables in rows
        case .banquet: Decimal(9) / 10      // ≈ 10 sq ft: rounds of ten
        case .reception: Decimal(5) / 10    // ≈ 5–6 sq ft: standing cocktail
        case .uShape: Decimal(2)            // ≈ 21.5 sq ft, below the 25–40 sq ft quoted for table setups
        case .boardroom: Decimal(2)
        }
    }

    var name: LocalizedText {
        switch self {
        case .theatre: LocalizedText(zh: "劇院式", en: "theatre")
        case .classroom: LocalizedText(zh: "教室型", en: "classroom")
        case .banquet: LocalizedText(zh: "宴會式", en: "banquet")
        case .reception: LocalizedText(zh: "酒會", en: "reception")
        case .uShape: LocalizedText(zh: "U型", en: "U-shape")
        case .boardroom: LocalizedText(zh: "會議型", en: "boardroom")
        }
    }

    private var keywords: [String] {
        switch self {
        case .theatre: ["劇院", "戲院", "theatre", "theater", "auditorium"]
        case .classroom: ["教室", "課桌", "classroom", "schoolroom"]
        case .banquet: ["宴會", "圓桌", "banquet", "rounds", "cabaret"]
        case .reception: ["酒會", "站立", "reception", "cocktail", "standing"]
        case .uShape: ["u型", "u形", "u字", "馬蹄", "u-shape", "ushape", "u-shaped", "horseshoe"]
        case .boardroom: ["會議型", "會議桌", "口字", "boardroom", "conference", "hollow"]
        }
    }

    /// The layout a planner wrote; nil when it names none evplan knows.
    init?(written: String) {
        let key = written.lowercased().filter { !$0.isWhitespace }
        // U-shape first: "U型會議" is a U, not a boardroom.
        let order: [SeatingLayout] = [.uShape, .theatre, .classroom, .banquet, .reception, .boardroom]
        guard let layout = order.first(where: { layout in layout.keywords.contains { key.contains($0) } }) else { return nil }
        self = layout
    }
}

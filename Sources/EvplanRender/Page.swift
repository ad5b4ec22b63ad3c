/// The deliverables evplan renders, in the order of the navigation bar.
enum Page: String, CaseIterable, Sendable {
    case index
    case proposal
    case budget
    case gantt
    case agenda
    case pressRelease = "press-release"

    var templateName: String { rawValue }
    var fileName: String { rawValue + ".html" }

    /// The key of the page's name in `Labels`.
    var titleKey: String { "page_\(rawValue)" }

    /// The outputs (工作產出) of KMC2432-001v2 this page delivers.
    var outputCodes: [String] {
        switch self {
        case .index: ["O1.5.1"]
        case .proposal: ["O2.1.1", "O2.2.1", "O4.2.2"]
        case .budget: ["O3.1.1", "O3.2.1", "O3.2.2", "O3.2.3", "O4.3.1"]
        case .gantt: ["O2.2.3"]
        case .agenda: ["O4.2.1", "O4.3.2"]
        case .pressRelease: ["O7.2.1"]
        }
    }

    /// Wide charts print better across the page.
    var printsLandscape: Bool { self == .gantt }
}

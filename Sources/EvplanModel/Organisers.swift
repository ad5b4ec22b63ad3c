/// The roles in which Taiwanese event documents list the organisations behind an event, in the order a cover lists
/// them: 指導單位, 主辦單位, 承辦單位, 協辦單位, 贊助單位.
public enum OrganiserRole: String, Sendable, CaseIterable {
    case supervisor, organizer, executor, coOrganizer, sponsor

    /// The front-matter keys of event.md that name this role, in Chinese and English.
    public var keys: [String] {
        switch self {
        case .supervisor: ["supervisor", "supervised_by", "指導單位", "指導"]
        case .organizer: ["organizer", "organiser", "organizers", "organisers", "主辦單位", "主辦"]
        case .executor: ["executor", "executed_by", "implementer", "承辦單位", "承辦"]
        case .coOrganizer: ["co_organizer", "co_organiser", "co-organizer", "co-organiser", "coorganizer", "協辦單位", "協辦"]
        case .sponsor: ["sponsor", "sponsors", "sponsored_by", "贊助單位", "贊助"]
        }
    }

    public var title: LocalizedText {
        switch self {
        case .supervisor: LocalizedText(zh: "指導單位", en: "Supervised by")
        case .organizer: LocalizedText(zh: "主辦單位", en: "Organiser")
        case .executor: LocalizedText(zh: "承辦單位", en: "Executed by")
        case .coOrganizer: LocalizedText(zh: "協辦單位", en: "Co-organisers")
        case .sponsor: LocalizedText(zh: "贊助單位", en: "Sponsors")
        }
    }
}

/// One role and the organisations event.md names for it, as written.
public struct OrganiserLine: Sendable, Hashable {
    public var role: OrganiserRole
    public var names: [String]

    public init(role: OrganiserRole, names: [String]) {
        self.role = role
        self.names = names
    }
}

/// How the pages write dates: `iso` (2027-05-20), `roc` (116年5月20日) or `western` (2027年5月20日); `date_style:` in event.md.
public enum DateStyle: String, Sendable, CaseIterable {
    case iso, roc, western
}

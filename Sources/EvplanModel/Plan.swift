import Foundation

/// The task codes of KMC2432-001v2 that a plan file can belong to.
public enum TaskCode: String, Sendable, CaseIterable, Comparable {
    case t1 = "T1", t2 = "T2", t3 = "T3", t4 = "T4", t5 = "T5", t6 = "T6", t7 = "T7", t8 = "T8"

    public static func < (lhs: TaskCode, rhs: TaskCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public var title: LocalizedText {
        switch self {
        case .t1: LocalizedText(zh: "資訊蒐集", en: "Research")
        case .t2: LocalizedText(zh: "專案管理", en: "Project management")
        case .t3: LocalizedText(zh: "預算", en: "Budget")
        case .t4: LocalizedText(zh: "議程", en: "Agenda")
        case .t5: LocalizedText(zh: "場地", en: "Venue")
        case .t6: LocalizedText(zh: "基礎設施與承包商", en: "Infrastructure and contractors")
        case .t7: LocalizedText(zh: "行銷與公關", en: "Marketing and PR")
        case .t8: LocalizedText(zh: "現場報到", en: "On-site registration")
        }
    }
}

/// Prose a planner wrote (paragraphs, lists, quotes) under one heading, already turned into safe HTML.
public struct ProseSection: Sendable {
    public var heading: String?
    /// 1 for the file's title, 2 for a section, 3 and deeper for sub-headings.
    public var level: Int
    public var html: String
    public var location: SourceLocation

    public init(heading: String?, level: Int, html: String, location: SourceLocation) {
        self.heading = heading
        self.level = level
        self.html = html
        self.location = location
    }
}

/// A plan file as the model sees it: which task it serves and the prose it holds.
public struct PlanFile: Sendable {
    public var path: String
    public var task: TaskCode?
    public var title: String?
    public var prose: [ProseSection]

    public init(path: String, task: TaskCode?, title: String?, prose: [ProseSection]) {
        self.path = path
        self.task = task
        self.title = title
        self.prose = prose
    }
}

/// A column a table had that evplan's schema does not know: kept and rendered as written.
public struct ExtraCell: Sendable, Hashable {
    public var header: String
    public var value: String

    public init(header: String, value: String) {
        self.header = header
        self.value = value
    }
}

/// A plan's own choice for a rule: another severity, or off.
public enum RuleSetting: Sendable, Hashable {
    case severity(Severity)
    case off
}

public struct Event: Sendable {
    public var name: Located<String>?
    public var language: Language = .zhTW
    public var dates: Located<DateRange>?
    public var organizer: String?
    public var expectedAttendance: Located<Int>?
    public var currency: String = "TWD"
    public var budgetCap: Located<Decimal>?
    public var location: SourceLocation
    /// Rule id → the plan's setting, from `rules:` in event.md.
    public var ruleSettings: [String: Located<RuleSetting>] = [:]
    /// `agenda.no-break` fires when sessions run back to back longer than this.
    public var maxStretchMinutes: Int = 180
    public var overview: [ProseSection] = []

    public init(location: SourceLocation) { self.location = location }
}

public struct Plan: Sendable {
    public var root: String
    public var event: Event?
    public var files: [PlanFile] = []
    public var project = Project()
    public var budget = Budget()
    public var agenda = Agenda()
    public var venue: Venue?
    public var pressRelease: PressRelease?
    /// T8 ticket types (their table stays in the prose).
    public var tickets: [TicketType] = []
    /// T8 registration: the roster from the ticketing exports, desk supplies and privacy settings.
    public var registration = Registration()

    public init(root: String) { self.root = root }

    public var language: Language { event?.language ?? .zhTW }
    public var currency: String { event?.currency ?? "TWD" }

    /// Prose of every file of one task, in file order.
    public func prose(of task: TaskCode) -> [ProseSection] {
        files.filter { $0.task == task }.flatMap(\.prose)
    }
}

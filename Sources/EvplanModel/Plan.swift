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

/// Which working calendar a plan is scheduled in.
public enum CalendarChoice: String, Sendable, Hashable {
    /// Taiwan's government office calendar (`calendar: TW`).
    case taiwan = "TW"
    /// Monday to Friday, no holidays (`calendar: none`).
    case mondayToFriday = "none"
}

/// A date from event.md with an optional name (`2027-01-22 尾牙`).
public struct NamedDate: Sendable, Hashable {
    public var date: PlanDate
    public var name: String
    public var location: SourceLocation

    public init(date: PlanDate, name: String, location: SourceLocation) {
        self.date = date
        self.name = name
        self.location = location
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
    /// The 主辦單位 (organizer), joined as one line; `organisers` holds every role.
    public var organizer: String?
    /// `contact: 王小明 <pr@example.org>`: who sends the invitations (their From), a name and an address.
    public var contact: Located<String>?
    /// The most people expected on one day (the peak of `attendance`): what capacity rules compare.
    /// 指導、主辦、承辦、協辦、贊助單位 in that order, each with the names event.md gives it.
    public var organisers: [OrganiserLine] = []
    /// `version:` in event.md, as written (v1.2, 第二版 …).
    public var version: String?
    /// `issued:` in event.md: the date the documents are issued.
    public var issued: Located<PlanDate>?
    /// `date_style:` in event.md; nil when not written (each language then has its default).
    public var dateStyle: DateStyle?
    public var expectedAttendance: Located<Int>?
    /// Attendance as written (`300`, `每日 8,000 人次`, `12,000 人次`).
    public var attendance: Located<Attendance>?
    /// The event's kind (`kind: festival`), by `EventKind` id.
    public var kind: String?
    /// Exchange rates to the plan's currency from event.md's `rates:` (`rates: {USD: 32.1}`), by currency code.
    public var rates: [String: Decimal] = [:]
    public var currency: String = "TWD"
    public var budgetCap: Located<Decimal>?
    public var location: SourceLocation
    /// Rule id → the plan's setting, from `rules:` in event.md.
    public var ruleSettings: [String: Located<RuleSetting>] = [:]
    /// `agenda.no-break` fires when sessions run back to back longer than this.
    public var maxStretchMinutes: Int = 180
    public var overview: [ProseSection] = []
    /// `calendar:` — nil means the language's default (TW for zh-TW plans, Monday–Friday for English ones).
    public var calendar: Located<CalendarChoice>?
    /// `workdays:` and `holidays:` — the plan's own working days and days off, over the calendar.
    public var extraWorkdays: [NamedDate] = []
    public var extraHolidays: [NamedDate] = []
    /// `as_of:` — the status date for progress (`--as-of` overrides it).
    public var asOf: Located<PlanDate>?
    /// `max_parallel:` — how many tasks one person may own on the same working day.
    public var maxParallel: Int = 3

    public init(location: SourceLocation) { self.location = location }

    /// The heads the budget serves (visits over every day, or the head count), for the cost per head.
    public var budgetHeadcount: Int? {
        guard let attendance = attendance?.value else { return expectedAttendance?.value }
        return attendance.headcount(days: dates?.value.dayCount ?? 1)
    }
    /// The calendar the plan is scheduled in.
    public var calendarChoice: CalendarChoice { calendar?.value ?? (language == .zhTW ? .taiwan : .mondayToFriday) }
    /// Days that belong to the event but are not its main days (packet pickup, load-in, a press conference), from
    /// `related_dates:` in event.md, each with what it is for.
    public var relatedDates: [(range: Located<DateRange>, purpose: String?)] = []
    /// `insurance_minimum:` in event.md, else the cited default.
    public var insuranceMinimum = InsuranceMinimum()
    /// `withholding:` in event.md, else the cited rates.
    public var withholdingRates = WithholdingRates()


    /// Whether a day is one of the event's main days or a declared related day.
    public func isEventDay(_ date: PlanDate) -> Bool {
        (dates?.value.contains(date) ?? false) || relatedDates.contains { $0.range.value.contains(date) }
    }
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
    /// T7: the 4P table, the channels, the invitees and the invitation letter.
    public var marketing = Marketing()
    /// The planner's lessons (`## 檢討 Lessons` in a T2 or T7 file), for the closure report.
    public var lessons: [ProseSection] = []
    /// T6 records: contractors, quotes, run sheet, staff, risks, fees.
    public var operations = Operations()
    /// T5 records beyond the rooms: candidates, contract, insurance.
    public var venueDeal = VenueDeal()
    /// Every T5 file (or `## 場地` section naming a site) as its own site; `venue` is the first of them with every
    /// site's rooms, as before.
    public var sites: [Venue] = []
    /// T2's team list (`## 團隊 Team`), and everyone the task table names as an owner.
    public var team: [TeamMember] = []
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

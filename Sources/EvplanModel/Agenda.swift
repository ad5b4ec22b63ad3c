import Foundation

public struct Session: Sendable {
    public var time: Located<TimeRange>
    public var title: Located<String>
    /// The speakers or performers as pages show them (`吳佩珊（特別嘉賓）`), hosts not among them.
    public var speakers: [Located<String>]
    /// Everyone the session names, with their role: speakers or performers, then hosts (主持人, MC, Moderator).
    /// The clash checks compare these names (`西屯饒舌聯盟 feat. 吳佩珊` names two people).
    public var people: [Located<PersonRef>]
    public var room: Located<String>?
    public var audience: Located<Int>?
    /// True when the audience is a total of visits over the session (`12,000 人次` at a pick-up running all day),
    /// not people in the room at once: it is not compared with the room's capacity.
    public var audienceIsVisits = false
    /// Breaks (茶敘, 午餐, Break …) end a stretch of programme and need no speaker or room.
    public var isBreak: Bool
    /// A single time (`05:30`): a gun time, a cut-off, a cue. Its `time` starts and ends then; it takes no room time.
    public var isMoment = false
    /// Open all day (類型 `全日`/`開放`): a market or an exhibition floor that people walk in and out of needs no break.
    public var isOpen = false
    /// Held in a space the event's kind shares (a race's 賽道): activities there at once are no clash.
    public var isInSharedSpace = false
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation

    public init(time: Located<TimeRange>, title: Located<String>, speakers: [Located<String>] = [], room: Located<String>? = nil,
                audience: Located<Int>? = nil, isBreak: Bool = false, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation,
                people: [Located<PersonRef>]? = nil) {
        self.time = time
        self.title = title
        self.speakers = speakers
        self.people = people ?? speakers.map { Located(PersonRef(name: $0.value, role: .speaker), at: $0.location) }
        self.room = room
        self.audience = audience
        self.isBreak = isBreak
        self.note = note
        self.extra = extra
        self.location = location
    }

    /// The hosts (主持人, 司儀, MC, Moderator), apart from the speakers.
    public var hosts: [Located<PersonRef>] { people.filter { $0.value.role == .host } }
}

public struct AgendaDay: Sendable {
    public var date: Located<PlanDate>?
    public var title: String
    public var extraHeaders: [String]
    public var sessions: [Session]
    public var location: SourceLocation

    public init(date: Located<PlanDate>?, title: String, extraHeaders: [String] = [], sessions: [Session], location: SourceLocation) {
        self.date = date
        self.title = title
        self.extraHeaders = extraHeaders
        self.sessions = sessions
        self.location = location
    }
}

public struct Agenda: Sendable {
    public var days: [AgendaDay] = []

    public init(days: [AgendaDay] = []) { self.days = days }

    public var sessions: [Session] { days.flatMap(\.sessions) }
    public var isEmpty: Bool { days.allSatisfy { $0.sessions.isEmpty } }
}

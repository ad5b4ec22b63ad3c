import Foundation

public struct Session: Sendable {
    public var time: Located<TimeRange>
    public var title: Located<String>
    public var speakers: [Located<String>]
    public var room: Located<String>?
    public var audience: Located<Int>?
    /// Breaks (茶敘, 午餐, Break …) end a stretch of programme and need no speaker or room.
    public var isBreak: Bool
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation

    public init(time: Located<TimeRange>, title: Located<String>, speakers: [Located<String>] = [], room: Located<String>? = nil,
                audience: Located<Int>? = nil, isBreak: Bool = false, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
        self.time = time
        self.title = title
        self.speakers = speakers
        self.room = room
        self.audience = audience
        self.isBreak = isBreak
        self.note = note
        self.extra = extra
        self.location = location
    }
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

import Foundation

/// What the plan needs of a venue, worked out from event.md and the agenda: the peak audience per day (sessions running
/// at once added up) and the rooms in use at once with their layouts.
public struct VenueRequirements: Sendable {
    public struct Day: Sendable {
        public var date: PlanDate?
        public var title: String
        public var peakAudience: Int
        public var roomsAtOnce: Int
        public var rooms: [(name: String, layout: String?, audience: Int?)]
    }

    public var days: [Day] = []
    public var peakPeople: Int
    public var peakReason: LocalizedText

    public init(_ plan: Plan) {
        let directory = RoomDirectory(venue: plan.venue)
        for day in plan.agenda.days {
            let sessions = day.sessions.filter { $0.time.value.end.minutes > $0.time.value.start.minutes }
            // Each session's room as rooms are compared, worked out once (the sweep below looks at every pair).
            let keys = sessions.map { $0.room.map { Venue.normalizedRoomName($0.value) } }
            var peak = 0, roomsPeak = 0
            // Sweep over every session's start: the sessions running then.
            for session in sessions {
                let at = session.time.value.start.minutes
                var audience = 0
                var roomsNow = Set<String>()
                for (index, other) in sessions.enumerated() where other.time.value.start.minutes <= at && at < other.time.value.end.minutes {
                    audience += other.audience?.value ?? 0
                    if let key = keys[index] { roomsNow.insert(key) }
                }
                peak = max(peak, audience)
                roomsPeak = max(roomsPeak, roomsNow.count)
            }
            // The largest audience each room holds in the day, and the rooms in order of first use as first written.
            var most: [String: Int] = [:]
            for (index, session) in sessions.enumerated() {
                guard let key = keys[index], let audience = session.audience?.value else { continue }
                most[key] = max(most[key] ?? audience, audience)
            }
            var seen = Set<String>()
            var rooms: [(name: String, layout: String?, audience: Int?)] = []
            for (index, session) in sessions.enumerated() {
                guard let room = session.room?.value, let key = keys[index], seen.insert(key).inserted else { continue }
                rooms.append((room, directory.room(named: room)?.layout?.value, most[key]))
            }
            days.append(Day(date: day.date?.value, title: day.title, peakAudience: peak, roomsAtOnce: roomsPeak, rooms: rooms))
        }
        let agendaPeak = days.map(\.peakAudience).max() ?? 0
        let attendance = plan.event?.expectedAttendance?.value ?? 0
        if agendaPeak > attendance {
            peakPeople = agendaPeak
            peakReason = LocalizedText(zh: "議程同時進行的場次人數合計", en: "sessions running at once, added up")
        } else {
            peakPeople = attendance
            peakReason = LocalizedText(zh: "event.md 的預估人數", en: "the expected attendance in event.md")
        }
    }
}

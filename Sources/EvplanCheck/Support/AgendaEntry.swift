import EvplanModel

/// A session with the day it belongs to and its position in reading order, which breaks ties. A class: rules pass
/// entries around and group them, and a `Session` (a dozen strings and arrays) costs a retain for each of them on
/// every copy, where an entry costs one.
final class AgendaEntry: Sendable {
    let session: Session
    let day: AgendaDayKey
    let order: Int
    /// The session's room as rooms are compared (`Venue.normalizedRoomName`); empty when it names none.
    let roomKey: String

    init(session: Session, day: AgendaDayKey, order: Int, roomKey: String) {
        self.session = session
        self.day = day
        self.order = order
        self.roomKey = roomKey
    }

    static func all(in agenda: Agenda) -> [AgendaEntry] {
        var entries: [AgendaEntry] = []
        entries.reserveCapacity(agenda.days.reduce(0) { $0 + $1.sessions.count })
        for (dayIndex, day) in agenda.days.enumerated() {
            let key = AgendaDayKey(day, index: dayIndex)
            for session in day.sessions {
                entries.append(AgendaEntry(session: session, day: key, order: entries.count,
                                           roomKey: session.room.map { Venue.normalizedRoomName($0.value) } ?? ""))
            }
        }
        return entries
    }

    /// Sessions that take up time within one day: a session ending at or before its start is reported by
    /// `agenda.end-before-start` and would only add noise to the other agenda rules. Times outside 00:00–24:00
    /// cannot come from a plan file; leaving them out keeps minute arithmetic from overflowing.
    var hasDuration: Bool {
        let start = session.time.value.start.minutes, end = session.time.value.end.minutes
        return 0 <= start && start < end && end <= 24 * 60
    }
}

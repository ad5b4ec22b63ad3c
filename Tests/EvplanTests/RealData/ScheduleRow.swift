/// One row an agenda table gets for a session of a real schedule: the session in its own room, or,
/// for a simulcast, a relay of it in one of its broadcast rooms. Built from the JSON alone, so the
/// overlap oracle and the T4 writer share the same reading of the data and nothing of evplan.
struct ScheduleRow {
    let sessionID: String
    let title: String
    let date: String
    let start: Int
    let end: Int
    var roomID: String
    var room: String
    /// Empty for a relay: the speakers are in the origin room, not in every room that shows them.
    let speakerIDs: [String]
    let speakerNames: [String]
    let isRelay: Bool
    /// Where the T4 writer put the row: file name and 1-based line.
    var file = ""
    var line = 0

    enum Relays {
        /// Each session once, in its own room.
        case none
        /// Each session in its own room, plus a relay row in every other room it is broadcast to.
        case inBroadcastRooms
    }

    enum ConversionError: Error, CustomStringConvertible {
        case badTimestamp(session: String, text: String)
        case unknownSpeaker(session: String, speaker: String)

        var description: String {
            switch self {
            case let .badTimestamp(session, text): "session \(session): cannot read timestamp \(text)"
            case let .unknownSpeaker(session, speaker): "session \(session): no speaker with id \(speaker)"
            }
        }
    }

    /// The rows in reading order: by date, start, the room's place in the data's room list, then session id.
    static func rows(from schedule: OPassSchedule, relays: Relays) throws -> [ScheduleRow] {
        let roomOrder = Dictionary(schedule.rooms.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows: [ScheduleRow] = []
        for session in schedule.sessions {
            guard let start = OPassTimestamp(session.start) else { throw ConversionError.badTimestamp(session: session.id, text: session.start) }
            guard let end = OPassTimestamp(session.end) else { throw ConversionError.badTimestamp(session: session.id, text: session.end) }
            let names = try session.speakers.map { id in
                guard let name = schedule.speakerName(id) else { throw ConversionError.unknownSpeaker(session: session.id, speaker: id) }
                return name
            }
            let title = session.zh.title ?? ""
            rows.append(ScheduleRow(sessionID: session.id, title: title, date: start.date, start: start.minutes, end: end.minutes,
                                    roomID: session.room, room: schedule.roomName(session.room),
                                    speakerIDs: session.speakers, speakerNames: names, isRelay: false))
            guard relays == .inBroadcastRooms else { continue }
            for roomID in session.broadcast ?? [] where roomID != session.room {
                rows.append(ScheduleRow(sessionID: session.id, title: "（轉播）" + title, date: start.date, start: start.minutes,
                                        end: end.minutes, roomID: roomID, room: schedule.roomName(roomID),
                                        speakerIDs: [], speakerNames: [], isRelay: true))
            }
        }
        return rows.sorted {
            ($0.date, $0.start, roomOrder[$0.roomID] ?? Int.max, $0.sessionID) < ($1.date, $1.start, roomOrder[$1.roomID] ?? Int.max, $1.sessionID)
        }
    }
}

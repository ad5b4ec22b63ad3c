import EvplanModel

/// The venue's rooms by name, built once so that each session's room resolves in constant time.
/// Resolves exactly like `Venue.room(named:)` (case and white space ignored, the first room of a name wins),
/// which would cost a scan of every room for each of 50,000 sessions.
struct RoomDirectory: Sendable {
    private var roomsByKey: [String: Room] = [:]
    /// The rooms' names as written, in table order.
    let names: [String]

    init(venue: Venue?) {
        let rooms = venue?.rooms ?? []
        names = rooms.map(\.name.value)
        for room in rooms {
            let key = Venue.normalizedRoomName(room.name.value)
            if roomsByKey[key] == nil { roomsByKey[key] = room }
        }
    }

    var isEmpty: Bool { names.isEmpty }

    func room(named name: String) -> Room? {
        room(key: Venue.normalizedRoomName(name))
    }

    /// The room of a name already normalised with `Venue.normalizedRoomName`.
    func room(key: String) -> Room? {
        roomsByKey[key]
    }
}

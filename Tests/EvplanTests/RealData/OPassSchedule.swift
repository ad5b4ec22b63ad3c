import Foundation

/// The parts of an OPass schedule export (COSCUP, SITCON) that a T4 agenda needs.
/// Unknown keys (descriptions, slides, the empty `""` key SITCON 2024 has) are ignored.
struct OPassSchedule: Decodable {
    struct Names: Decodable {
        let title: String?
        let name: String?
    }

    struct Session: Decodable {
        let id: String
        let room: String
        let start: String
        let end: String
        let zh: Names
        let speakers: [String]
        /// Rooms that show this session at the same time (SITCON's simulcast of keynotes and breaks).
        let broadcast: [String]?
    }

    struct Speaker: Decodable {
        /// SITCON 2024 lists 25 unused placeholder speakers whose id is null.
        let id: String?
        let zh: Names
    }

    struct Room: Decodable {
        let id: String
        let zh: Names
    }

    let sessions: [Session]
    let speakers: [Speaker]
    let rooms: [Room]

    static func load(_ relativePath: String) throws -> OPassSchedule {
        try JSONDecoder().decode(OPassSchedule.self, from: RealDataFixture.data(relativePath))
    }

    func speakerName(_ id: String) -> String? {
        speakers.first { $0.id == id }?.zh.name
    }

    func roomName(_ id: String) -> String {
        rooms.first { $0.id == id }?.zh.name ?? id
    }
}

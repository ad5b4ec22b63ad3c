import Foundation

/// What a person does in a session.
public enum PersonRole: String, Hashable, Sendable {
    /// 講者, 與談人, Speaker, Panelist.
    case speaker
    /// 演出者, 表演者, Performer, Artist (a festival's speakers).
    case performer
    /// 主持人, 主持, 司儀, MC, Moderator, Host: runs the session, is not one of its speakers.
    case host
}

/// A person named in a session: the name the clash checks compare, the role, and a title or note written with it
/// (`王小明（執行長）`, `吳佩珊（特別嘉賓）`, or a 職稱 column).
public struct PersonRef: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var role: PersonRole
    public var title: String?

    public init(name: String, role: PersonRole, title: String? = nil) {
        self.name = name
        self.role = role
        self.title = title
    }

    /// `王小明（執行長）` in Chinese pages, `王小明 (執行長)` in English ones.
    public func display(in language: Language) -> String {
        guard let title, !title.isEmpty else { return name }
        return language == .zhTW ? "\(name)（\(title)）" : "\(name) (\(title))"
    }

    public var description: String { display(in: .zhTW) }
}

/// Everyone the agenda names, by the name the clash checks compare (case and white space ignored), like
/// `RoomDirectory` for rooms: a performer in a `feat.` and the same performer with a note in brackets are one person.
public struct People: Sendable {
    /// Every role each person has anywhere in the agenda, by key.
    public private(set) var roles: [String: Set<PersonRole>] = [:]
    /// The names as first written, in reading order.
    public private(set) var names: [String] = []

    public init(agenda: Agenda) {
        for session in agenda.sessions {
            for person in session.people {
                let key = People.key(person.value.name)
                guard !key.isEmpty else { continue }
                if roles[key] == nil { names.append(person.value.name) }
                roles[key, default: []].insert(person.value.role)
            }
        }
    }

    /// The name as names are compared.
    public static func key(_ name: String) -> String {
        Venue.normalizedRoomName(name.trimmedOfWhitespaceAndNewlines)
    }

    public func roles(of name: String) -> Set<PersonRole> { roles[People.key(name)] ?? [] }
}

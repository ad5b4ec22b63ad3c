/// The kinds of event a plan may name (`kind: festival` in event.md), with the names planners give them and the words
/// pages use for them: a festival's programme is 節目 with 演出者 on a 舞台, not 議程 with 講者 in a 場地. The header
/// names each kind adds to the tables are in EvplanParse's vocabulary (`EventKindVocabulary`), keyed by the same ids.
public struct EventKind: Sendable {
    /// The id written in `kind:` (`festival`).
    public var id: String
    /// Other ways to write it in `kind:` (`音樂節`, `concert`).
    public var names: [String]
    /// Page label key → the kind's word for it (`col_session` → 節目).
    public var words: [String: LocalizedText]

    /// The kind `kind:` names, by id or any of its names (case ignored).
    public static func named(_ written: String) -> EventKind? {
        let key = written.trimmedOfWhitespace.lowercased()
        return all.first { $0.id == key || $0.names.contains { $0.lowercased() == key } }
    }

    private static func words(page: (String, String), session: (String, String), speakers: (String, String), room: (String, String)) -> [String: LocalizedText] {
        [
            "page_agenda": LocalizedText(zh: page.0, en: page.1),
            "agenda_grid": LocalizedText(zh: page.0, en: page.1),
            "agenda_sessions_n": LocalizedText(zh: "{n} 場\(session.0)", en: "{n} × \(session.1.lowercased())"),
            "card_agenda": LocalizedText(zh: "{d} 天、{n} 場\(session.0)", en: "Days: {d} · \(session.1.lowercased()): {n}"),
            "col_session": LocalizedText(zh: session.0, en: session.1),
            "agenda_programme": LocalizedText(zh: session.0, en: session.1),
            "col_speakers": LocalizedText(zh: speakers.0, en: speakers.1),
            "col_room": LocalizedText(zh: room.0, en: room.1),
            "agenda_no_room": LocalizedText(zh: "未指定\(room.0)", en: "No \(room.1.lowercased())"),
        ]
    }

    public static let all: [EventKind] = [
        EventKind(id: "conference", names: ["會議", "論壇", "研討會", "forum", "seminar", "summit", "meetup", "研習"], words: [:]),
        EventKind(id: "festival", names: ["音樂節", "音樂祭", "節慶", "藝術節", "演唱會", "音樂會", "concert", "music festival"],
                  words: words(page: ("節目表", "Programme"), session: ("節目", "Act"), speakers: ("演出者", "Performers"), room: ("舞台", "Stage"))),
        EventKind(id: "market", names: ["市集", "園遊會", "博覽會", "fair", "bazaar", "market fair"],
                  words: words(page: ("活動時程", "Programme"), session: ("活動", "Activity"), speakers: ("帶領人", "Led by"), room: ("區域", "Area"))),
        EventKind(id: "exhibition", names: ["展覽", "展會", "特展", "expo", "exhibit", "trade show"],
                  words: words(page: ("活動時程", "Programme"), session: ("活動", "Activity"), speakers: ("主講", "Speakers"), room: ("展區", "Hall"))),
        EventKind(id: "wedding", names: ["婚禮", "婚宴", "宴會", "尾牙", "餐會", "banquet", "gala", "dinner"],
                  words: words(page: ("流程表", "Running order"), session: ("流程", "Running order"), speakers: ("負責人", "By"), room: ("廳別", "Hall"))),
        EventKind(id: "sports", names: ["運動會", "路跑", "馬拉松", "賽事", "競賽", "road race", "race", "marathon", "sports day", "tournament"],
                  words: words(page: ("賽程表", "Race schedule"), session: ("項目", "Event"), speakers: ("負責人", "Lead"), room: ("場地", "Course"))),
        EventKind(id: "tour", names: ["旅遊", "參訪", "遊程", "踩線", "戶外教學", "trip", "study tour", "excursion"],
                  words: words(page: ("行程表", "Itinerary"), session: ("行程", "Itinerary"), speakers: ("領隊", "Guide"), room: ("地點", "Place"))),
    ]
}

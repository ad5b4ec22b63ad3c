import EvplanModel

/// handbook.html: O8.3.1 活動手冊 — a printable handbook for attendees: the programme from the agenda, the speakers,
/// the rooms, the Wi-Fi and the notes T8 writes for them. It lists no attendee.
struct HandbookPage: PageDeliverable {
    let id = "handbook"
    let audience = Audience.client
    let outputCodes = ["O8.3.1"]
    let title = LocalizedText(zh: "活動手冊", en: "Handbook")

    static let noteWords = ["手冊", "須知", "注意事項", "交通", "wi-fi", "wifi", "網路", "handbook", "information", "getting there", "notes for attendees"]

    let labels: [String: LocalizedText] = [
        "handbook_programme": .init("議程", "Programme"),
        "handbook_speakers": .init("講者", "Speakers"),
        "handbook_rooms": .init("場地", "Rooms"),
        "handbook_wifi": .init("Wi-Fi", "Wi-Fi"),
        "handbook_notes": .init("活動須知", "Information"),
        "handbook_empty": .init("手冊由 T4 議程、T5 場地與 T8 的「## 活動須知」「## Wi-Fi」段落組成；先寫好議程。",
                                "The handbook is made from the T4 agenda, the T5 rooms and T8's “## Information” and “## Wi-Fi” sections; write the agenda first."),
        "card_handbook": .init("{n} 場議程", "{n} sessions"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool { !context.plan.agenda.isEmpty }

    func card(in context: RenderContext) -> DeliverableCard? {
        let sessions = context.plan.agenda.sessions.count
        guard sessions > 0 else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_handbook", ["n": "\(sessions)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> HandbookViewModel { HandbookViewModel(context) }
}

struct HandbookViewModel: TemplateValue {
    struct Row: TemplateValue {
        let time: String
        let title: String
        let speakers: String
        let room: String
        let isBreak: Bool
    }

    struct Day: TemplateValue {
        let heading: String
        let rows: [Row]
    }

    struct RoomRow: TemplateValue {
        let name: String
        let capacity: String
        let layout: String
    }

    let page: PageChrome
    let l: [String: String]
    let hasProgramme: Bool
    let dates: String
    let venue: String
    let hasVenue: Bool
    let organizer: String
    let hasOrganizer: Bool
    let days: [Day]
    let speakers: [String]
    let hasSpeakers: Bool
    let rooms: [RoomRow]
    let hasRooms: Bool
    let wifi: String
    let hasWifi: Bool
    let notes: [ProseBlock]
    let hasNotes: Bool

    init(_ context: RenderContext) {
        let plan = context.plan
        page = context.chrome(for: HandbookPage())
        l = context.labels
        hasProgramme = !plan.agenda.isEmpty
        dates = plan.event?.dates.map { context.dates.range($0.value) } ?? ""
        venue = [plan.venue?.name?.value, plan.venue?.address].compactMap { $0 }.joined(separator: " · ")
        hasVenue = !venue.isEmpty
        organizer = plan.event?.organizer ?? ""
        hasOrganizer = !organizer.isEmpty
        days = plan.agenda.days.filter { !$0.sessions.isEmpty }.map { day in
            let heading = day.date.map { context.dates.compact($0.value) } ?? day.title
            return Day(heading: heading.isEmpty ? day.title : heading, rows: day.sessions.map { session in
                Row(time: "\(session.time.value.start)–\(session.time.value.end)", title: session.title.value,
                    speakers: session.speakers.map(\.value).joined(separator: "、"), room: session.room?.value ?? "", isBreak: session.isBreak)
            })
        }
        var seen: Set<String> = []
        speakers = plan.agenda.sessions.flatMap(\.speakers).map(\.value).filter { seen.insert($0).inserted }
        hasSpeakers = !speakers.isEmpty
        rooms = (plan.venue?.rooms ?? []).map {
            RoomRow(name: $0.name.value, capacity: $0.capacity.map { context.counted("people", $0.value) } ?? "", layout: $0.layout?.value ?? "")
        }
        hasRooms = !rooms.isEmpty
        wifi = plan.registration.settings.wifi ?? ""
        hasWifi = !wifi.isEmpty
        notes = T8Prose.sections(plan, headed: HandbookPage.noteWords).map { ProseBlock($0, showFileTitle: false) }
        hasNotes = !notes.isEmpty
    }
}

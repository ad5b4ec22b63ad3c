import EvplanModel
import Foundation

/// schedule.json: the agenda in the c3voc schedule JSON (the JSON form of frab's `schedule.xml`, as pretalx and the
/// c3voc tools write it), with the same days, rooms, sessions and identifiers as schedule.xml. Breaks are left out.
///
/// Every session needs a `url`; evplan knows no web page for it, so it is the session's `urn:uuid:` (an absolute URI
/// that names the session and opens nothing).
struct C3vocScheduleExport: ExportDeliverable {
    let fileName = "schedule.json"
    let title = LocalizedText(zh: "會議 App 議程（schedule.json，c3voc 格式）", en: "Conference-app schedule (schedule.json, c3voc)")
    let labels: [String: LocalizedText] = [:]

    func hasContent(_ context: RenderContext) -> Bool {
        AgendaCalendarExport().hasContent(context)
    }

    struct Document: Encodable {
        let schema: String
        let generator: Generator
        let schedule: Schedule

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", generator, schedule
        }
    }

    struct Generator: Encodable { let name: String }

    struct Schedule: Encodable {
        let version: String
        let conference: Conference
    }

    struct Conference: Encodable {
        let acronym: String
        let title: String
        let start: String
        let end: String
        let daysCount: Int
        let timeslot_duration: String
        let time_zone_name: String
        let rooms: [Room]
        let days: [Day]
    }

    struct Room: Encodable {
        let name: String
        let guid: String
    }

    struct Day: Encodable {
        let index: Int
        let date: String
        let day_start: String
        let day_end: String
        let rooms: [String: [Event]]
    }

    struct Event: Encodable {
        let guid: String
        let id: Int
        let date: String
        let start: String
        let end: String
        let duration: String
        let room: String
        let slug: String
        let url: String
        let title: String
        let subtitle: String
        let track: String
        let type: String
        let language: String
        let abstract: String
        let description: String
        let persons: [Person]
        let links: [String]
    }

    /// A person as pretalx writes one (`name`), with frab's `public_name` for older apps; no `id`, so that it
    /// matches exactly one of the schema's two person shapes.
    struct Person: Encodable {
        let guid: String
        let name: String
        let public_name: String
    }

    func contents(_ context: RenderContext) -> Data {
        let programme = context.exportProgramme
        let days = programme.days.map { day in
            var rooms: [String: [Event]] = [:]
            for room in day.rooms { rooms[room] = [] }
            for item in day.items {
                let room = item.room.isEmpty ? programme.roomFallback : item.room
                rooms[room, default: []].append(event(item, room: room, programme: programme))
            }
            return Day(index: day.index, date: day.date.description, day_start: ExportText.isoDateTime(day.date, day.start),
                       day_end: ExportText.isoDateTime(day.date, day.end), rooms: rooms)
        }
        let conference = Conference(
            acronym: programme.acronym, title: programme.eventName,
            start: programme.firstDate?.description ?? "", end: programme.lastDate?.description ?? "",
            daysCount: programme.firstDate.flatMap { first in programme.lastDate.map { $0.dayNumber - first.dayNumber + 1 } } ?? 0,
            timeslot_duration: ExportText.hoursMinutes(programme.timeslotMinutes), time_zone_name: ICalendarWriter.timeZone,
            rooms: programme.rooms.map { Room(name: $0, guid: StableIdentifier.uuid("evplan:room:\(programme.eventName)|\($0)")) },
            days: days)
        let document = Document(schema: "https://c3voc.de/schedule/schema.json", generator: Generator(name: "evplan"),
                                schedule: Schedule(version: programme.version, conference: conference))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    private func event(_ item: ExportProgramme.Item, room: String, programme: ExportProgramme) -> Event {
        Event(guid: item.guid, id: item.id, date: ExportText.isoDateTime(item.date, item.time.start),
              start: ExportText.hoursMinutes(item.time.start.minutes), end: ExportText.isoDateTime(item.date, item.time.end),
              duration: ExportText.hoursMinutes(item.time.durationMinutes), room: room, slug: item.slug,
              url: "urn:uuid:\(item.guid)", title: clean(item.title), subtitle: "", track: "",
              type: ExportProgramme.type(of: item), language: programme.languageCode, abstract: clean(item.note),
              description: clean(ExportProgramme.description(of: item, language: programme.languageCode)),
              persons: item.speakers.map { speaker in
                  Person(guid: (programme.persons[speaker] ?? ExportProgramme.person(speaker, eventName: programme.eventName)).guid, name: clean(speaker), public_name: clean(speaker))
              },
              links: [])
    }

    private func clean(_ text: String) -> String { ExportText.withoutControlCharacters(text) }
}

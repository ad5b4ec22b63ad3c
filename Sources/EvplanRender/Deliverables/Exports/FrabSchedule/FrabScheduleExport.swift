import EvplanModel
import Foundation

/// schedule.xml: the agenda in the frab/Pentabarf conference schedule format (the c3voc `schedule.xml` XSD), which
/// conference apps (Giggity, ConfClerk, EventFahrplan) and the c3voc recording tools read. One `<day>` per dated
/// agenda day, one `<room>` per room that day, one `<event>` per programme session; breaks are left out.
struct FrabScheduleExport: ExportDeliverable {
    let fileName = "schedule.xml"
    let title = LocalizedText(zh: "會議 App 議程（schedule.xml，frab 格式）", en: "Conference-app schedule (schedule.xml, frab)")
    let labels: [String: LocalizedText] = [:]

    func hasContent(_ context: RenderContext) -> Bool {
        AgendaCalendarExport().hasContent(context)
    }

    func contents(_ context: RenderContext) -> Data {
        let programme = context.exportProgramme
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n"
        xml += "  <generator name=\"evplan\"/>\n"
        xml += "  <version>\(programme.version)</version>\n"
        xml += "  <conference>\n"
        xml += "    <title>\(Self.escaped(programme.eventName))</title>\n"
        xml += "    <acronym>\(programme.acronym)</acronym>\n"
        if let first = programme.firstDate, let last = programme.lastDate {
            xml += "    <start>\(first)</start>\n"
            xml += "    <end>\(last)</end>\n"
            xml += "    <days>\(last.dayNumber - first.dayNumber + 1)</days>\n"
        }
        xml += "    <timeslot_duration>\(ExportText.hoursMinutes(programme.timeslotMinutes))</timeslot_duration>\n"
        xml += "    <time_zone_name>\(ICalendarWriter.timeZone)</time_zone_name>\n"
        xml += "  </conference>\n"
        for day in programme.days {
            xml += "  <day index=\"\(day.index)\" date=\"\(day.date)\" start=\"\(ExportText.isoDateTime(day.date, day.start))\""
            xml += " end=\"\(ExportText.isoDateTime(day.date, day.end))\">\n"
            let byRoom = Dictionary(grouping: day.items) { $0.room.isEmpty ? programme.roomFallback : $0.room }
            for room in day.rooms {
                let roomGUID = StableIdentifier.uuid("evplan:room:\(programme.eventName)|\(room)")
                xml += "    <room name=\"\(Self.escaped(room))\" guid=\"\(roomGUID)\">\n"
                for item in byRoom[room] ?? [] {
                    xml += event(item, room: room, programme: programme)
                }
                xml += "    </room>\n"
            }
            xml += "  </day>\n"
        }
        xml += "</schedule>\n"
        return Data(xml.utf8)
    }

    private func event(_ item: ExportProgramme.Item, room: String, programme: ExportProgramme) -> String {
        var xml = "      <event id=\"\(item.id)\" guid=\"\(item.guid)\">\n"
        func element(_ name: String, _ value: String) {
            xml += value.isEmpty ? "        <\(name)/>\n" : "        <\(name)>\(Self.escaped(value))</\(name)>\n"
        }
        element("date", ExportText.isoDateTime(item.date, item.time.start))
        element("start", ExportText.hoursMinutes(item.time.start.minutes))
        element("duration", ExportText.hoursMinutes(min(item.time.durationMinutes, 99 * 60 + 59)))
        element("room", room)
        element("slug", item.slug)
        element("title", item.title)
        element("subtitle", "")
        element("track", "")
        element("type", ExportProgramme.type(of: item))
        element("language", programme.languageCode)
        element("abstract", item.note)
        element("description", ExportProgramme.description(of: item, language: programme.languageCode))
        if item.speakers.isEmpty {
            xml += "        <persons/>\n"
        } else {
            xml += "        <persons>\n"
            for speaker in item.speakers {
                let person = programme.persons[speaker] ?? ExportProgramme.person(speaker, eventName: programme.eventName)
                xml += "          <person id=\"\(person.id)\" guid=\"\(person.guid)\">\(Self.escaped(speaker))</person>\n"
            }
            xml += "        </persons>\n"
        }
        xml += "        <links/>\n"
        xml += "      </event>\n"
        return xml
    }

    /// Text for element content and double-quoted attributes; characters XML 1.0 forbids are dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in ExportText.withoutControlCharacters(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension ExportProgramme {
    /// `talk` for a session with speakers, `other` for one without (a ceremony, an open session).
    static func type(of item: Item) -> String {
        item.speakers.isEmpty ? "other" : "talk"
    }

    /// The columns evplan has no field for (主持人, 口譯 …), one `header: value` a line.
    static func description(of item: Item, language: String) -> String {
        let colon = language == "zh" ? "：" : ": "
        return item.extras.map { $0.header + colon + $0.value }.joined(separator: "\n")
    }

    /// A speaker's id and UUID, from the event and the name as written: the same person in two sessions is one.
    static func person(_ name: String, eventName: String) -> (id: Int, guid: String) {
        let key = "evplan:person:\(eventName)|\(name)"
        return (StableIdentifier.number(key), StableIdentifier.uuid(key))
    }
}

import EvplanModel
import Foundation

/// agenda.ics: every programme session of the dated agenda as a calendar event (breaks are left out: a tea break
/// or lunch in someone's calendar is noise). Opens in Google Calendar, Apple Calendar and Outlook.
struct AgendaCalendarExport: ExportDeliverable {
    let fileName = "agenda.ics"
    let title = LocalizedText(zh: "議程行事曆（agenda.ics）", en: "Agenda calendar (agenda.ics)")

    let labels: [String: LocalizedText] = [
        "ics_speakers": .init("講者：", "Speakers: "),
    ]

    func hasContent(_ context: RenderContext) -> Bool {
        context.plan.agenda.days.contains { day in
            day.date != nil && day.sessions.contains { !$0.isBreak && $0.time.value.durationMinutes > 0 }
        }
    }

    func contents(_ context: RenderContext) -> Data {
        let programme = context.exportProgramme
        var calendar = ICalendarWriter(name: programme.eventName, language: context.language)
        let stamp = ICalendarWriter.stamp(ICalendarWriter.stampDate(context))
        let separator = context.language == .zhTW ? "、" : ", "
        for item in programme.items {
            calendar.line("BEGIN:VEVENT")
            calendar.line("UID:\(item.guid)@evplan")
            calendar.line("DTSTAMP:\(stamp)")
            calendar.property("DTSTART", date: item.date, time: item.time.start)
            calendar.property("DTEND", date: item.date, time: item.time.end)
            calendar.property("SUMMARY", text: item.title)
            let place = [item.room, programme.venueName ?? ""].filter { !$0.isEmpty }
            if !place.isEmpty { calendar.property("LOCATION", text: place.joined(separator: ", ")) }
            var description: [String] = []
            if !item.speakers.isEmpty { description.append(context.label("ics_speakers") + item.speakers.joined(separator: separator)) }
            let colon = context.language == .zhTW ? "：" : ": "
            description += item.extras.map { $0.header + colon + $0.value }
            if !item.note.isEmpty { description.append(item.note) }
            if !description.isEmpty { calendar.property("DESCRIPTION", text: description.joined(separator: "\n")) }
            calendar.line("END:VEVENT")
        }
        return calendar.finish()
    }
}

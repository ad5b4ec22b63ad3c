import EvplanModel
import Foundation
import Mustache

/// agenda.html: O4.2.1 議程表 (a room-by-time grid per day) and O4.3.2 細部議程 (every session in detail).
struct AgendaViewModel: TemplateValue {
    struct SessionRow: TemplateValue {
        let time: String
        let title: String
        let isBreak: Bool
        let speakers: String
        let roomName: String
        let audience: String
        let note: String
        let extras: [String]
        let hasRoom: Bool
        let hosts: String

        init(time: String, title: String, isBreak: Bool, speakers: String, roomName: String, audience: String, note: String, extras: [String],
             hosts: String = "") {
            self.hosts = hosts
            self.time = time
            self.title = title
            self.isBreak = isBreak
            self.speakers = speakers
            self.roomName = roomName
            self.audience = audience
            self.note = note
            self.extras = extras
            hasRoom = !roomName.isEmpty
        }
    }

    struct Day: TemplateValue {
        let anchor: String
        let heading: String
        let sessionCount: Int
        let summary: String
        let hasSessions: Bool
        let grid: AgendaGrid
        let hasUnplaced: Bool
        let unplaced: [SessionRow]
        let extraHeaders: [String]
        let hasNotes: Bool
        let hasHosts: Bool
        /// The sessions with more to say than the grid shows (a note, a column the planner added): the grid already
        /// carries every session's time, title, speakers, room and audience, so a long programme is not printed twice.
        let sessions: [SessionRow]
        let hasDetails: Bool
    }

    let page: PageChrome
    let l: [String: String]
    let hasAgenda: Bool
    let hasSeveralDays: Bool
    let days: [Day]
    /// agenda.ics, schedule.xml and schedule.json, when the agenda has dated sessions to export.
    let exports: [ExportLink]
    let hasExports: Bool

    init(_ context: RenderContext) {
        let agenda = context.plan.agenda
        page = context.chrome(for: AgendaPage())
        l = context.labels
        hasAgenda = !agenda.isEmpty
        // Days are laid out side by side: a long programme's grid is most of a build's view-model work.
        days = Array(agenda.days.enumerated()).concurrentMap { number, day in
            AgendaViewModel.day(day, number: number + 1, context: context)
        }
        hasSeveralDays = days.count > 1
        exports = context.exportLinks(only: ["agenda.ics", "schedule.xml", "schedule.json"])
        hasExports = !exports.isEmpty
    }

    /// `第一天 2027-03-12（五）` → `第一天 · 2027-03-12 (週五)`: the date and weekday the planner wrote give way to
    /// the formatted date, so they are not said twice.
    static func heading(of day: AgendaDay, number: Int, context: RenderContext) -> String {
        var title = day.title
        if let date = day.date?.value {
            for written in writtenForms(of: date) { title = title.replacingOccurrences(of: written, with: " ") }
            title = title.replacingOccurrences(of: weekdayPattern, with: " ", options: [.regularExpression, .caseInsensitive])
        }
        title = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "·-–—|｜:：,，")))
        if title.isEmpty { title = context.label("agenda_day_n").replacingOccurrences(of: "{n}", with: "\(number)") }
        guard let date = day.date?.value else { return title }
        return "\(title) · \(context.dates.day(date))"
    }

    private static let weekdayPattern =
        #"[（(]\s*(?:週|周|星期)?[日一二三四五六天]\s*[)）]|(?:週|周|星期)[日一二三四五六天]|\(?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?\)?"#

    /// The ways a planner may have written the day in a heading: ISO, slashes, dots, ROC years, 年月日.
    private static func writtenForms(of date: PlanDate) -> [String] {
        let (year, month, day) = date.components
        let paddedMonth = String(format: "%02d", month), paddedDay = String(format: "%02d", day)
        var forms: [String] = []
        for shownYear in ["\(year)", "\(year - 1911)"] {
            for (m, d) in [(paddedMonth, paddedDay), ("\(month)", "\(day)")] {
                for separator in ["-", "/", "."] { forms.append("\(shownYear)\(separator)\(m)\(separator)\(d)") }
                forms.append("\(shownYear)年\(m)月\(d)日")
            }
        }
        return forms.sorted { $0.count > $1.count }
    }

    private static func day(_ day: AgendaDay, number: Int, context: RenderContext) -> Day {
        let grid = AgendaGrid(day: day, venue: context.plan.venue, context: context)
        let separator = context.language == .zhTW ? "、" : ", "
        func row(_ session: Session) -> SessionRow {
            SessionRow(time: session.isMoment ? session.time.value.start.description : session.time.value.description,
                       title: session.title.value, isBreak: session.isBreak,
                       speakers: session.speakers.map(\.value).joined(separator: separator),
                       roomName: session.room?.value ?? "",
                       audience: session.audience.map { DecimalText.grouped(Decimal($0.value)) + (session.audienceIsVisits ? (context.language == .zhTW ? " 人次" : " visits") : "") } ?? "",
                       note: session.note ?? "",
                       extras: day.extraHeaders.map { header in session.extra.first { $0.header == header }?.value ?? "" },
                       hosts: session.hosts.map { $0.value.display(in: context.language) }.joined(separator: separator))
        }
        let chronological = day.sessions.indices.sorted {
            (day.sessions[$0].time.value.start, $0) < (day.sessions[$1].time.value.start, $1)
        }
        let detailed = chronological.filter { index in
            let session = day.sessions[index]
            return !(session.note ?? "").isEmpty || session.extra.contains { !$0.value.isEmpty }
        }
        let programme = day.sessions.filter { !$0.isBreak && !$0.isMoment }
        let first = day.sessions.map(\.time.value.start).min()
        let last = day.sessions.map(\.time.value.end).max()
        var summary = context.counted("agenda_sessions_n", programme.count)
        if let first, let last { summary = "\(first)–\(last) · " + summary }
        return Day(anchor: "day-\(number)", heading: heading(of: day, number: number, context: context),
                   sessionCount: programme.count, summary: summary, hasSessions: !day.sessions.isEmpty, grid: grid,
                   hasUnplaced: !grid.unplaced.isEmpty, unplaced: grid.unplaced.map { row(day.sessions[$0]) },
                   extraHeaders: day.extraHeaders, hasNotes: day.sessions.contains { !($0.note ?? "").isEmpty },
                   hasHosts: detailed.contains { !day.sessions[$0].hosts.isEmpty },
                   sessions: detailed.map { row(day.sessions[$0]) }, hasDetails: !detailed.isEmpty)
    }
}

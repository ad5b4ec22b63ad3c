import Foundation
import EvplanDocument
import EvplanModel

/// T4: days (a heading of level 3 or less with a date) and their session tables: any table with a time column, whatever
/// heading it is under. Tables before any dated heading belong to the file's `date:`, or to a one-day event's only day.
struct SessionTableKind: TableKind {
    typealias Column = SessionColumn
    static let task = TaskCode.t4
    static let columnsID = "sessions"

    private let fileDate: Located<PlanDate>?
    private let defaultYear: Int?
    private var days: [AgendaDay] = []
    private var current: AgendaDay?
    private var lastHeading: Heading?

    init(context: inout ParseContext) {
        let eventDates = context.eventDates
        // Undated tables belong to the file's `date:`, or to a one-day event's only day.
        fileDate = context.frontValues.dateRange(context.document.frontMatter?["date"]).map { Located($0.value.start, at: $0.location) }
            ?? eventDates.flatMap { $0.value.dayCount == 1 ? Located($0.value.start, at: $0.location) : nil }
        defaultYear = eventDates?.value.start.year
    }

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        lastHeading = heading
        if heading.level <= 3, let date = Self.date(inHeading: heading, defaultYear: defaultYear) {
            let offset = date.location.column - heading.textLocation.column
            context.cells.checkWeekday(heading.text, date: date.value, written: Self.weekday(in: heading.text, afterDateAt: offset), at: date.location)
            if let day = current { days.append(day) }
            current = AgendaDay(date: date, title: heading.text, sessions: [], location: heading.location)
        } else if heading.level <= 3, let impossible = Self.impossibleDate(inHeading: heading) {
            // `## Day 1 2027-02-30` still starts a day, of no date: its sessions must not join the day before.
            context.cells.report(impossible.value, at: impossible.location, what: LocalizedText(zh: "日期", en: "a date"),
                                 example: "2027-03-12、116/03/12")
            if let day = current { days.append(day) }
            current = AgendaDay(date: nil, title: heading.text, sessions: [], location: heading.location)
        }
    }

    func expectsTables(_ context: ParseContext) -> Bool { current != nil }

    /// Only tables with a time column are programme; others (a speaker list, say) stay prose.
    func claims(_ reader: TableReader<SessionColumn>, context: ParseContext) -> Bool { reader.has(.time) }

    mutating func read(_ reader: TableReader<SessionColumn>, below previous: Block?, context: inout ParseContext) {
        let read = Self.sessions(reader, vocabulary: context.vocabulary, values: &context.cells, defaultYear: defaultYear)
        if reader.has(.date) {
            // One programme table for all days: each row's 日期 cell says its day (a blank one continues the day above).
            // Rows before any date belong where an undated table would.
            var byDate: [(date: Located<PlanDate>?, sessions: [Session])] = []
            for (date, session) in read {
                if let last = byDate.last, last.date?.value == date?.value {
                    byDate[byDate.count - 1].sessions.append(session)
                } else {
                    byDate.append((date, [session]))
                }
            }
            for group in byDate {
                guard let date = group.date else {
                    addUndated(group.sessions, reader: reader, context: &context)
                    continue
                }
                days.append(AgendaDay(date: date, title: "", extraHeaders: reader.extraHeaders, sessions: group.sessions, location: date.location))
            }
            return
        }
        addUndated(read.map(\.session), reader: reader, context: &context)
    }

    /// Sessions of a table without a date column: they join the day of the heading above, else the file's `date:`, else
    /// a one-day event's day. In an event of several days, a table with none of these is reported, not put on day one.
    private mutating func addUndated(_ sessions: [Session], reader: TableReader<SessionColumn>, context: inout ParseContext) {
        if current == nil {
            // A file whose `date:` cannot be read is reported for that already.
            if fileDate == nil, context.document.frontMatter?["date"] == nil, let dates = context.eventDates, dates.value.dayCount > 1, !sessions.isEmpty {
                context.diagnostics.append(Diagnostic(FormatRules.undatedAgenda, at: reader.table.location, LocalizedText(
                    zh: "活動有 \(dates.value.dayCount) 天，但這張議程表沒有日期，不知道是哪一天的議程",
                    en: "The event has \(dates.value.dayCount) days, but this agenda table has no date: which day it belongs to is unknown")))
            }
            current = AgendaDay(date: fileDate, title: lastHeading?.text ?? "", sessions: [],
                                location: lastHeading?.location ?? reader.table.location)
        }
        current?.sessions += sessions
        for header in reader.extraHeaders where current?.extraHeaders.contains(header) == false {
            current?.extraHeaders.append(header)
        }
    }

    /// The weekday written right after the date that starts at `offset` characters into a heading, if one is.
    static func weekday(in text: String, afterDateAt offset: Int) -> Int? {
        let characters = Array(text)
        guard offset >= 0, offset < characters.count else { return nil }
        let dateCharacters = Set("0123456789０１２３４５６７８９/-.年月日號／－")
        var end = offset
        while end < characters.count, dateCharacters.contains(characters[end]) { end += 1 }
        var scanner = ScalarScanner(String(characters[end...]))
        return DateParser.scanWeekday(&scanner)
    }

    mutating func finish(context: inout ParseContext) {
        if let day = current { days.append(day) }
        current = nil
        context.append(contentsOf: \.days, days)
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let time = vocabulary.example(column: "time", of: columnsID)
        return LocalizedText(zh: "若這是議程表，加上「\(time.zh)」欄（例如 09:00-10:30）。",
                             en: "To read it as sessions, give it a “\(time.en)” column (e.g. 09:00-10:30).")
    }

    /// The first full date written in a heading, located at its own column.
    /// A date without its year (`3/12（五）`, `3月12日`) takes `defaultYear`, the year the event starts in.
    static func date(inHeading heading: Heading, defaultYear: Int? = nil) -> Located<PlanDate>? {
        let characters = Array(heading.text)
        let dateCharacters = Set("0123456789０１２３４５６７８９/-.年月日／－")
        var index = 0
        while index < characters.count {
            guard dateCharacters.contains(characters[index]), characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, dateCharacters.contains(characters[end]) { end += 1 }
            let candidate = String(characters[index..<end])
            if candidate.count >= 6, let date = DateParser.parse(candidate) {
                var location = heading.textLocation
                location.column += index
                return Located(date, at: location)
            }
            index = end
        }
        guard let defaultYear else { return nil }
        // No full date: look again for a month and day.
        index = 0
        while index < characters.count {
            // 一 and ５ are numbers too: only digits evplan reads may start a month and day.
            guard characters[index].isNumber, dateCharacters.contains(characters[index]) else { index += 1; continue }
            var end = index
            while end < characters.count, dateCharacters.contains(characters[end]) { end += 1 }
            let monthDay = String(characters[index..<end]).replacingOccurrences(of: "月", with: "/").replacingOccurrences(of: "日", with: "")
            if monthDay.count >= 3, monthDay.contains("/") || monthDay.contains("-"),
               let date = DateParser.parse("\(defaultYear)/" + monthDay.replacingOccurrences(of: "-", with: "/")) {
                var location = heading.textLocation
                location.column += index
                return Located(date, at: location)
            }
            index = end
        }
        return nil
    }

    /// A run written like a full date (`2027-02-30`, `116/13/01`, `2027年2月30日`) that is no day of the calendar.
    static func impossibleDate(inHeading heading: Heading) -> Located<String>? {
        let characters = Array(TextNormalizer.halfWidth(heading.text))
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, (characters[end].isASCII && characters[end].isNumber) || "-/.年月日".contains(characters[end]) { end += 1 }
            let candidate = String(characters[index..<end])
            if looksLikeFullDate(candidate), DateParser.parse(candidate) == nil {
                var location = heading.textLocation
                location.column += index
                return Located(candidate, at: location)
            }
            index = end
        }
        return nil
    }

    /// Year, month and day as digits: `2027-02-30`, `116/13/01`, `2027.2.30`, `2027年2月30日`.
    private static func looksLikeFullDate(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
        guard parts.count == 3, (3...4).contains(parts[0].count), parts[1].count <= 2, parts[2].count <= 2 else { return false }
        let separators = text.filter { "-/.年月日".contains($0) }
        return separators == "年月日" || separators == "年月" || (separators.count == 2 && Set(separators).count == 1)
    }

    static func sessions(_ reader: TableReader<SessionColumn>, vocabulary: Vocabulary, values: inout CellValues,
                         defaultYear: Int? = nil) -> [(date: Located<PlanDate>?, session: Session)] {
        var sessions: [(date: Located<PlanDate>?, session: Session)] = []
        var date: Located<PlanDate>?
        for row in reader.rows where !row.isEmpty {
            if let cell = row.cell(.date) { date = values.date(cell, defaultYear: defaultYear) ?? date }
            guard let timed = values.timeOrMoment(row.cell(.time)) else {
                if row.cell(.time) == nil, let first = row.cells.first {
                    values.report(first.text.isEmpty ? "" : first.text, at: row.cell(.title)?.location ?? first.location,
                                  what: LocalizedText(zh: "議程時間（這一列沒有時間）", en: "a session time (this row has none)"), example: "09:00-10:30、05:30")
                }
                continue
            }
            let time = timed.time, isMoment = timed.isMoment
            let titleCell = row.cell(.title)
            let title = Located(titleCell?.text ?? "", at: titleCell?.location ?? time.location)
            let kind = row.cell(.kind)?.text ?? ""
            let speakerCells = values.people(row.cell(.speakers), role: .speaker)
            var speakers = speakerCells.map(\.person)
            var written = speakerCells.map(\.written)
            var hosts = values.people(row.cell(.moderator), role: .host).map(\.person)
            if let titles = row.cell(.personTitle) {
                let titleList = NameListParser.parse(titles.text).map(\.name)
                if titleList.count == speakers.count {
                    for index in speakers.indices where speakers[index].value.title == nil {
                        speakers[index].value.title = titleList[index]
                        written[index] = speakers[index].value.display(in: .zhTW)
                    }
                } else if titleList.count == hosts.count {
                    for index in hosts.indices where hosts[index].value.title == nil { hosts[index].value.title = titleList[index] }
                }
            }
            let audience = values.attendance(row.cell(.audience))
            let room = row.cell(.room).map { Located($0.text, at: $0.location) }
            var session = Session(
                time: time, title: title,
                speakers: zip(speakers, written).map { Located($1, at: $0.location) },
                room: room,
                audience: audience.map { Located($0.value.count, at: $0.location) },
                isBreak: vocabulary.isBreak(title: title.value, kind: kind),
                note: row.cell(.note)?.text,
                extra: row.extra,
                location: row.location,
                people: speakers + hosts)
            session.isMoment = isMoment
            session.audienceIsVisits = audience.map { $0.value.unit == .visits || $0.value.perDay } ?? false
            session.isOpen = vocabulary.mentions(kind, any: vocabulary.openSessionWords)
            session.isInSharedSpace = room.map { vocabulary.mentions($0.value, any: vocabulary.sharedSpaceWords) } ?? false
            sessions.append((date, session))
        }
        return sessions
    }

    /// Days with the same date (a day split over several files or sections) become one day.
    static func merge(_ days: [AgendaDay]) -> [AgendaDay] {
        var merged: [AgendaDay] = []
        var indexByDate: [PlanDate: Int] = [:]
        for day in days {
            if let date = day.date?.value, let index = indexByDate[date] {
                merged[index].sessions += day.sessions
                for header in day.extraHeaders where !merged[index].extraHeaders.contains(header) {
                    merged[index].extraHeaders.append(header)
                }
            } else {
                if let date = day.date?.value { indexByDate[date] = merged.count }
                merged.append(day)
            }
        }
        return merged.sorted { ($0.date?.value.dayNumber ?? Int.max) < ($1.date?.value.dayNumber ?? Int.max) }
    }
}

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
        if current == nil {
            current = AgendaDay(date: fileDate, title: lastHeading?.text ?? "", sessions: [],
                                location: lastHeading?.location ?? reader.table.location)
        }
        current?.sessions += Self.sessions(reader, vocabulary: context.vocabulary, values: &context.cells)
        for header in reader.extraHeaders where current?.extraHeaders.contains(header) == false {
            current?.extraHeaders.append(header)
        }
    }

    mutating func finish(context: inout ParseContext) {
        if let day = current { days.append(day) }
        current = nil
        context.records.days += days
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

    static func sessions(_ reader: TableReader<SessionColumn>, vocabulary: Vocabulary, values: inout CellValues) -> [Session] {
        var sessions: [Session] = []
        for row in reader.rows where !row.isEmpty {
            guard let time = values.timeRange(row.cell(.time)) else {
                if row.cell(.time) == nil, let first = row.cells.first {
                    values.report(first.text.isEmpty ? "" : first.text, at: row.cell(.title)?.location ?? first.location,
                                  what: LocalizedText(zh: "議程時間（這一列沒有時間）", en: "a session time (this row has none)"), example: "09:00-10:30")
                }
                continue
            }
            let titleCell = row.cell(.title)
            let title = Located(titleCell?.text ?? "", at: titleCell?.location ?? time.location)
            let kind = row.cell(.kind)?.text.lowercased() ?? ""
            let loweredTitle = title.value.lowercased()
            let isBreak = vocabulary.breakKindWords.contains { TextSearch.contains(kind, $0) }
                || vocabulary.breakTitleWords.contains { TextSearch.contains(loweredTitle, $0, wholeWord: $0.utf8.first.map { $0 < 0x80 } ?? false) }
            sessions.append(Session(
                time: time, title: title,
                speakers: values.names(row.cell(.speakers)) + values.names(row.cell(.moderator)),
                room: row.cell(.room).map { Located($0.text, at: $0.location) },
                audience: values.count(row.cell(.audience)),
                isBreak: isBreak,
                note: row.cell(.note)?.text,
                extra: row.extra,
                location: row.location))
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

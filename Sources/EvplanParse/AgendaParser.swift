import EvplanDocument
import EvplanModel

/// T4: days (a level-2 heading with a full date) and their session tables.
enum AgendaParser {
    static let breakWords = ["報到", "茶敘", "休息", "午餐", "午休", "用餐", "晚餐", "餐敘", "break", "lunch", "coffee", "registration", "dinner", "check-in"]

    /// The first full date written in a heading, located at its own column.
    static func date(inHeading heading: Heading) -> Located<PlanDate>? {
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
        return nil
    }

    /// The days of one agenda file: a heading (level 2 or 3) with a full date starts a day, and the tables
    /// below it are its sessions. Tables before any dated heading belong to the file's `date:`, if it has one.
    static func days(in document: Document, fileDate: Located<PlanDate>?, values: inout CellValues,
                     diagnostics: inout [Diagnostic], modelled: inout Set<SourceLocation>) -> [AgendaDay] {
        var days: [AgendaDay] = []
        var current: AgendaDay?
        var lastHeading: Heading?
        for block in document.blocks {
            switch block {
            case let .heading(heading):
                lastHeading = heading
                if heading.level <= 3, let date = date(inHeading: heading) {
                    if let day = current { days.append(day) }
                    current = AgendaDay(date: date, title: heading.text, sessions: [], location: heading.location)
                }
            case let .table(table):
                let reader = TableReader(table, schema: SessionColumn.schema)
                // Only tables with a time column are programme; others (a speaker list, say) stay prose.
                guard reader.has(.time) else { continue }
                if current == nil {
                    current = AgendaDay(date: fileDate, title: lastHeading?.text ?? "", sessions: [],
                                        location: lastHeading?.location ?? table.location)
                }
                let parsed = parseSessions(table, values: &values, diagnostics: &diagnostics)
                current?.sessions += parsed.sessions
                for header in parsed.extraHeaders where current?.extraHeaders.contains(header) == false {
                    current?.extraHeaders.append(header)
                }
                modelled.insert(table.location)
            case .prose:
                break
            }
        }
        if let day = current { days.append(day) }
        return days
    }

    static func parseSessions(_ table: Table, values: inout CellValues, diagnostics: inout [Diagnostic]) -> (sessions: [Session], extraHeaders: [String]) {
        let reader = TableReader(table, schema: SessionColumn.schema)
        diagnostics += reader.diagnostics
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
            let isBreak = ["break", "休息", "餐", "茶敘"].contains(where: kind.contains)
                || breakWords.contains { title.value.lowercased().contains($0) }
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
        return (sessions, reader.extraHeaders)
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

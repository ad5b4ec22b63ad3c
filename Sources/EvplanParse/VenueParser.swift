import EvplanDocument
import EvplanModel
import Foundation

/// T5: the venue's facts in front matter and its rooms table.
enum VenueParser {
    static func parseFrontMatter(_ document: Document, into venue: inout Venue, values: inout FrontMatterValues) {
        guard let front = document.frontMatter else { return }
        if let name = front["venue"] ?? front["name"] {
            if let text = name.scalar {
                if !text.isEmpty { venue.name = Located(text, at: name.location) }
            } else {
                values.report(name, what: LocalizedText(zh: "場地名稱（一個名稱）", en: "a venue name (one name)"), example: "台大醫院國際會議中心")
            }
        }
        venue.address = front["address"]?.scalar ?? venue.address
        venue.capacity = values.count(front["capacity"]) ?? venue.capacity
        if let hours = values.timeRange(front["hours"]) {
            if hours.value.end.minutes > hours.value.start.minutes {
                venue.hours = hours
            } else if let written = front["hours"] {
                // `22:00-08:00`: swapped, or a night that cannot be written (the format splits days at 24:00).
                values.report(written, what: LocalizedText(zh: "開放時間（結束要晚於開始，最晚 24:00）", en: "opening hours (the end after the start, 24:00 at the latest)"),
                              example: "08:00-22:00")
            }
        }
        if let available = front["available"], !available.pairs.isEmpty {
            // `from:` / `to:` keys would otherwise be dropped without a word.
            values.report(available, what: LocalizedText(zh: "可用日期（日期區間，或日期區間的清單）", en: "available dates (a date range, or a list of them)"),
                          example: "2027-03-11 ~ 2027-03-13")
        }
        for item in front["available"]?.items ?? [] {
            if let range = values.dateRange(item) { venue.availableDates.append(range) }
        }
    }

    static func parseRooms(_ table: Table, into venue: inout Venue, values: inout CellValues, diagnostics: inout [Diagnostic]) {
        let reader = TableReader(table, schema: RoomColumn.schema)
        diagnostics += reader.diagnostics
        venue.extraHeaders = reader.extraHeaders
        for row in reader.rows where !row.isEmpty {
            guard let nameCell = row.cell(.name) else { continue }
            var area: Located<Decimal>?
            var written: String?
            let areaCells: [(Cell?, AreaUnit)] = [(row.cell(.areaPing), .ping), (row.cell(.areaSquareMeters), .squareMeters), (row.cell(.area), .squareMeters)]
            for case let (cell?, unit) in areaCells where area == nil {
                if let parsed = AreaParser.parse(cell.text, defaultUnit: unit) {
                    area = Located(parsed.squareMeters, at: cell.location)
                    written = parsed.unit == .ping && !cell.text.contains("坪") ? "\(cell.text) 坪" : cell.text
                } else {
                    values.report(cell.text, at: cell.location, what: LocalizedText(zh: "面積", en: "an area"), example: "45 坪、150 m²")
                }
            }
            venue.rooms.append(Room(
                name: Located(nameCell.text, at: nameCell.location),
                capacity: values.count(row.cell(.capacity)),
                layout: row.cell(.layout).map { Located($0.text, at: $0.location) },
                areaSquareMeters: area,
                areaAsWritten: written,
                extra: row.extra,
                location: row.location))
        }
    }
}

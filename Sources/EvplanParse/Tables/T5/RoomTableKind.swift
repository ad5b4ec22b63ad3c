import EvplanDocument
import EvplanModel
import Foundation

/// T5: the venue's facts in front matter and its rooms: a table under a rooms section (`## 場地空間`), or anywhere in a
/// T5 file when it has a room column and a capacity column. Several T5 files make one venue (`PlanRecords.merge`).
struct RoomTableKind: SectionTableKind {
    typealias Column = RoomColumn
    static let task = TaskCode.t5
    static let columnsID = "rooms"
    static let sectionID = "rooms"

    var inSection = false

    init(context: inout ParseContext) {
        var venue = Venue(location: SourceLocation(file: context.document.path, line: 1, column: 1))
        Self.parseFrontMatter(context.document, into: &venue, values: &context.frontValues)
        context.keepFact(\.venue, venue)
    }

    func claims(_ reader: TableReader<RoomColumn>, context: ParseContext) -> Bool {
        inSection || Self.has(reader, [.name], anyOf: [.capacity])
    }

    mutating func read(_ reader: TableReader<RoomColumn>, below previous: Block?, context: inout ParseContext) {
        guard var venue = context.records.venue else { return }
        Self.parseRooms(reader, into: &venue, values: &context.cells, vocabulary: context.vocabulary)
        context.set(\.venue, venue)
        context.set(\.readRoomTables, true)
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "rooms")
        let name = vocabulary.example(column: "name", of: columnsID), capacity = vocabulary.example(column: "capacity", of: columnsID)
        return LocalizedText(
            zh: "若這是場地空間表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(capacity.zh)」欄。",
            en: "To read it as rooms, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(capacity.en)” columns.")
    }

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

    static func parseRooms(_ reader: TableReader<RoomColumn>, into venue: inout Venue, values: inout CellValues, vocabulary: Vocabulary = .base) {
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
            var room = Room(
                name: Located(nameCell.text, at: nameCell.location),
                capacity: values.count(row.cell(.capacity)),
                layout: row.cell(.layout).map { Located($0.text, at: $0.location) },
                areaSquareMeters: area,
                areaAsWritten: written,
                extra: row.extra,
                location: row.location)
            // 形式 `開放式` is an open area; `共用`, a 共用 column saying yes, or a shared word of the event's kind in the
            // name (a race's 賽道) make it shared.
            let layout = row.cell(.layout)?.text ?? ""
            room.isOpenArea = vocabulary.mentions(layout, any: vocabulary.openAreaWords)
            let sharedCell = row.cell(.shared)?.text.lowercased().trimmedOfWhitespace
            room.isShared = room.isOpenArea || vocabulary.mentions(layout, any: vocabulary.sharedWords)
                || sharedCell.map { vocabulary.yesWords.contains($0) } ?? false
                || vocabulary.mentions(nameCell.text, any: vocabulary.sharedSpaceWords)
            venue.rooms.append(room)
        }
    }
}

import EvplanDocument
import EvplanModel

/// T7: the marketing channels (通路): who each reaches, when it runs, its cost, target, link and, after the event, its
/// result. A table under a channels section, or anywhere in a T7 file when it has a channel column and a date, cost,
/// target or link column.
struct ChannelTableKind: SectionTableKind {
    typealias Column = ChannelColumn
    static let task = TaskCode.t7
    static let columnsID = "channels"
    static let sectionID = "channels"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<ChannelColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name], anyOf: [.start, .end, .cost, .target, .link])
    }

    mutating func read(_ reader: TableReader<ChannelColumn>, below previous: Block?, context: inout ParseContext) {
        for header in reader.extraHeaders where !context.records.channelHeaders.contains(header) {
            context.append(\.channelHeaders, header)
        }
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name), !TableReader<ChannelColumn>.isBlank(name.text) else { continue }
            var cost = context.cells.money(row.cell(.cost))
            if let scale = reader.scales[.cost], let written = cost { cost = Located(written.value * scale, at: written.location) }
            var start = context.cells.date(row.cell(.start))
            var end = context.cells.date(row.cell(.end))
            var period: String?
            // 時程 `2026-12-15 至 2027-03-09` is the channel's dates; `12 月起每月一次` is kept as written.
            if let cell = row.cell(.period), !TableReader<ChannelColumn>.isBlank(cell.text) {
                if let range = DateRangeParser.parse(cell.text) {
                    start = start ?? Located(range.start, at: cell.location)
                    end = end ?? Located(range.end, at: cell.location)
                } else {
                    period = cell.text
                }
            }
            context.append(\.channels, MarketingChannel(
                name: Located(name.text, at: name.location),
                audience: text(row.cell(.audience)), start: start, end: end, period: period, cost: cost,
                target: row.cell(.target).flatMap { TableReader<ChannelColumn>.isBlank($0.text) ? nil : Located($0.text, at: $0.location) },
                result: row.cell(.result).flatMap { TableReader<ChannelColumn>.isBlank($0.text) ? nil : Located($0.text, at: $0.location) },
                link: text(row.cell(.link)), note: text(row.cell(.note)), extra: row.extra, location: row.location))
        }
    }

    private func text(_ cell: Cell?) -> String? {
        guard let cell, !TableReader<ChannelColumn>.isBlank(cell.text) else { return nil }
        return cell.text
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "channels")
        let name = vocabulary.example(column: "name", of: columnsID), cost = vocabulary.example(column: "cost", of: columnsID)
        let start = vocabulary.example(column: "start", of: columnsID)
        return LocalizedText(
            zh: "若這是宣傳通路表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」欄，以及「\(start.zh)」或「\(cost.zh)」等欄。",
            en: "To read it as marketing channels, put it under a heading containing “\(section.en)”, or give it a “\(name.en)” column and a “\(start.en)” or “\(cost.en)” column.")
    }
}

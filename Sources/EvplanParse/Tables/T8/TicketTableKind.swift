import EvplanDocument
import EvplanModel

/// T8: the ticket types on sale. A table under a tickets section (`## 票種`), or anywhere in a T8 file when it has a
/// ticket-type column and a price column: name, price, quota (名額) and sale period. Its table stays in the prose as written.
struct TicketTableKind: SectionTableKind {
    typealias Column = TicketColumn
    static let task = TaskCode.t8
    static let columnsID = "tickets"
    static let sectionID = "tickets"
    /// Its table stays in the prose as written.
    static let claimedAs = TableClaim.partOfSection

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<TicketColumn>, context: ParseContext) -> Bool {
        inSection || Self.has(reader, [.name], anyOf: [.price])
    }

    mutating func read(_ reader: TableReader<TicketColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name) else { continue }
            var price = context.cells.money(row.cell(.price))
            if let scale = reader.scales[.price], let written = price { price = Located(written.value * scale, at: written.location) }
            context.append(\.tickets, TicketType(
                name: Located(name.text, at: name.location), price: price, quantity: context.cells.count(row.cell(.quantity)),
                salePeriod: Self.salePeriod(row.cell(.salePeriod), context: &context),
                note: row.cell(.note)?.text, location: row.location))
        }
    }

    /// A sale period with dates is read (and reported when it cannot be); words alone (邀請制, by invitation) are kept
    /// as written in the prose.
    static func salePeriod(_ cell: Cell?, context: inout ParseContext) -> Located<DateRange>? {
        guard let cell, cell.text.contains(where: \.isNumber) else { return nil }
        return context.cells.value(cell, DateRangeParser.parse, LocalizedText(zh: "日期區間", en: "a date range"), example: "2027-07-01 ~ 2027-08-31")
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "tickets")
        let name = vocabulary.example(column: "name", of: columnsID), price = vocabulary.example(column: "price", of: columnsID)
        return LocalizedText(
            zh: "若這是票種表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(price.zh)」欄。",
            en: "To read it as ticket types, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(price.en)” columns.")
    }
}

import EvplanDocument
import EvplanModel

/// T6 報價比較: one row per package, one column per quote (any column that is not the item, the chosen quote, the
/// reason or a note, holding amounts), the chosen quote named by its column (`廠商甲（聲光整合）`) and why.
struct QuoteTableKind: SectionTableKind {
    typealias Column = QuoteColumn
    static let task = TaskCode.t6
    static let columnsID = "quotes"
    static let sectionID = "quotes"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<QuoteColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.item)) || Self.has(reader, [.item, .chosen], anyOf: [.reason, .item])
    }

    mutating func read(_ reader: TableReader<QuoteColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            guard let item = row.cell(.item) else { continue }
            var package = QuotePackage(item: Located(item.text, at: item.location), location: row.location)
            package.chosen = row.cell(.chosen).map { Located($0.text, at: $0.location) }
            package.reason = row.cell(.reason)?.text
            for (index, header) in reader.table.header.enumerated() where !reader.columns.values.contains(index) {
                guard index < row.cells.count, !TableReader<QuoteColumn>.isBlank(row.cells[index].text) else { continue }
                let cell = row.cells[index]
                if let amount = context.cells.money(cell) {
                    package.offers.append(.init(supplier: header.text, amount: amount))
                }
            }
            context.append(\.operations.quotes, package)
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "quotes")
        let item = vocabulary.example(column: "item", of: columnsID), chosen = vocabulary.example(column: "chosen", of: columnsID)
        return LocalizedText(
            zh: "若這是報價比較表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(item.zh)」與「\(chosen.zh)」欄。",
            en: "To read it as quotes, put it under a heading containing “\(section.en)”, or give it “\(item.en)” and “\(chosen.en)” columns.")
    }
}

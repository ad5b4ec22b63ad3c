import EvplanDocument
import EvplanModel

/// T7: the 4P table (行銷組合): `| 面向 | 內容 |`, one row per P. A table under a 4P section, or anywhere in a T7 file
/// when its header has an aspect and a content column and one of its rows names a P.
struct MarketingMixKind: SectionTableKind {
    typealias Column = MarketingMixColumn
    static let task = TaskCode.t7
    static let columnsID = "marketingMix"
    static let sectionID = "marketingMix"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<MarketingMixColumn>, context: ParseContext) -> Bool {
        if inSection { return true }
        guard Self.has(reader, [.aspect, .content], anyOf: [.aspect]) else { return false }
        return reader.rows.contains { row in row.cell(.aspect).map { Self.aspect(of: $0.text) != nil } ?? false }
    }

    mutating func read(_ reader: TableReader<MarketingMixColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            // A two-column table without the names in its header: the first column is the aspect, the second the content.
            let labelCell = row.cell(.aspect) ?? row.cells.first
            let contentCell = row.cell(.content) ?? (row.cells.count > 1 ? row.cells[1] : nil)
            guard let labelCell, let contentCell else { continue }
            context.append(\.marketingMix, MarketingMixRow(
                label: Located(labelCell.text, at: labelCell.location), aspect: Self.aspect(of: labelCell.text),
                content: Located(contentCell.text, at: contentCell.location), location: row.location))
        }
    }

    /// Which P a label names: 產品/Product, 價格/Price, 通路/Place, 推廣/Promotion (and their usual synonyms).
    static func aspect(of label: String) -> MarketingMixRow.Aspect? {
        let text = label.lowercased()
        let words: [(MarketingMixRow.Aspect, [String])] = [
            (.product, ["產品", "商品", "product"]),
            (.price, ["價格", "定價", "票價", "price", "pricing"]),
            (.place, ["通路", "地點", "place", "distribution"]),
            (.promotion, ["推廣", "促銷", "宣傳", "promotion"]),
        ]
        return words.first { $0.1.contains(where: text.contains) }?.0
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "marketingMix")
        let aspect = vocabulary.example(column: "aspect", of: columnsID), content = vocabulary.example(column: "content", of: columnsID)
        return LocalizedText(
            zh: "若這是 4P 表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(aspect.zh)」與「\(content.zh)」欄。",
            en: "To read it as the 4P table, put it under a heading containing “\(section.en)”, or give it “\(aspect.en)” and “\(content.en)” columns.")
    }
}

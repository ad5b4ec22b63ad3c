import EvplanDocument
import EvplanModel
import Foundation

/// T8: what the check-in desk needs (`## 物資`): item, quantity, note. An item is one per person (a badge, a lanyard,
/// a handbook) when its name is one of the vocabulary's per-person supplies or its note says it is counted per person
/// (報名人數, 每人, per person). Its table stays in the prose as written.
struct SupplyTableKind: SectionTableKind {
    typealias Column = SupplyColumn
    static let task = TaskCode.t8
    static let columnsID = "supplies"
    static let sectionID = "supplies"
    /// Its table stays in the prose as written.
    static let claimedAs = TableClaim.partOfSection

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<SupplyColumn>, context: ParseContext) -> Bool {
        inSection && reader.has(.item)
    }

    static let perPersonNoteWords = ["報名人數", "每人", "每位", "人數", "per person", "per attendee", "each attendee", "attendees", "headcount"]
    static let equipmentWords = ["機", "printer", "scanner", "掃描"]
    static let perPersonItems = ["名牌", "識別證", "名牌套", "掛繩", "手冊", "資料袋", "手環", "餐券", "紀念品", "餐盒", "便當",
                                 "badge", "lanyard", "handbook", "wristband", "welcome kit", "delegate pack", "tote"]

    mutating func read(_ reader: TableReader<SupplyColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            guard let item = row.cell(.item) else { continue }
            let note = row.cell(.note)?.text
            let name = item.text.lowercased(), noteText = (note ?? "").lowercased()
            let isEquipment = Self.equipmentWords.contains { name.contains($0) }
            let perPerson = (Self.perPersonItems.contains { name.contains($0) } && !isEquipment) || Self.perPersonNoteWords.contains { noteText.contains($0) }
            // A count (50, 50 份) is read; a cell of several figures (3 台、400 張) or words (一箱) is kept as written.
            let cell = row.cell(.quantity)
            let quantity = cell.flatMap { cell in CellValues.parseQuantity(cell.text).flatMap { Int(exactly: NSDecimalNumber(decimal: $0).doubleValue) }.map { Located($0, at: cell.location) } }
            context.append(\.supplies, DeskSupply(
                item: Located(item.text, at: item.location), quantity: quantity, quantityText: cell?.text, note: note,
                perPerson: perPerson, location: row.location))
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "supplies")
        return LocalizedText(zh: "若這是報到處物資表，把它放在標題含「\(section.zh)」的段落下，並有「物品」欄。",
                             en: "To read it as desk supplies, put it under a heading containing “\(section.en)” with an “Item” column.")
    }
}

import Foundation
import EvplanDocument
import EvplanModel

/// T6 講師費: speakers' and performers' fees, gross, with residency; pages work out what is withheld
/// (`WithholdingRates`).
struct SpeakerFeeTableKind: SectionTableKind {
    typealias Column = FeeColumn
    static let task = TaskCode.t6
    static let columnsID = "fees"
    static let sectionID = "fees"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<FeeColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name, .perPayment], anyOf: [.status, .payments])
    }

    mutating func read(_ reader: TableReader<FeeColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name) else { continue }
            let status = (row.cell(.status)?.text ?? "").lowercased()
            let nonResident = status.contains("非居住") || status.contains("non-resident") || status.contains("nonresident") || status.contains("外籍")
            let payments = context.cells.count(row.cell(.payments))?.value ?? 1
            let fee = context.cells.money(row.cell(.perPayment)).map { Located($0.value * (reader.scales[.perPayment] ?? 1), at: $0.location) }
            context.append(\.operations.fees, SpeakerFee(name: Located(name.text, at: name.location), nonResident: nonResident,
                                                              payments: payments, perPayment: fee, location: row.location))
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "fees")
        let name = vocabulary.example(column: "name", of: columnsID), fee = vocabulary.example(column: "perPayment", of: columnsID)
        return LocalizedText(
            zh: "若這是講師費表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(fee.zh)」欄。",
            en: "To read it as speaker fees, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(fee.en)” columns.")
    }
}

import Foundation
import EvplanDocument
import EvplanModel

/// T6 承包廠商: contractors with their 統一編號, scope, contact, contract amount and payment terms (turned into dated
/// milestones). A table under a contractors section, or one with a contractor column and a tax-ID or contract-amount
/// column.
struct ContractorTableKind: SectionTableKind {
    typealias Column = ContractorColumn
    static let task = TaskCode.t6
    static let columnsID = "contractors"
    static let sectionID = "contractors"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<ContractorColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name], anyOf: [.taxID, .terms])
    }

    mutating func read(_ reader: TableReader<ContractorColumn>, below previous: Block?, context: inout ParseContext) {
        let year = context.eventDates?.value.start.year
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name) else { continue }
            var contractor = Contractor(name: Located(name.text, at: name.location), location: row.location)
            contractor.taxID = row.cell(.taxID).map { Located($0.text, at: $0.location) }
            contractor.scope = row.cell(.scope)?.text
            contractor.contact = row.cell(.contact)?.text
            contractor.phone = row.cell(.phone)?.text
            contractor.amount = context.cells.money(row.cell(.amount)).map { written in
                Located(written.value * (reader.scales[.amount] ?? 1), at: written.location)
            }
            if let terms = row.cell(.terms) {
                contractor.paymentTerms = Located(terms.text, at: terms.location)
                contractor.milestones = OperationsValues.milestones(terms.text, amount: contractor.amount?.value,
                                                                    event: context.eventDates?.value, year: year)
            }
            contractor.paymentDeadline = context.cells.value(row.cell(.deadline), { OperationsValues.date($0, year: year) },
                                                             LocalizedText(zh: "日期", en: "a date"), example: "2027-03-31、3/31")
            contractor.extra = row.extra
            context.append(\.operations.contractors, contractor)
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "contractors")
        let name = vocabulary.example(column: "name", of: columnsID), tax = vocabulary.example(column: "taxID", of: columnsID)
        return LocalizedText(
            zh: "若這是承包廠商表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(tax.zh)」欄。",
            en: "To read it as contractors, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(tax.en)” columns.")
    }
}

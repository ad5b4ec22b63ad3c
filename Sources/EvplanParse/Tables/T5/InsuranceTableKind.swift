import Foundation
import EvplanDocument
import EvplanModel

/// T5 保險: policies with their insurer, period and amounts (per person, per accident, property, aggregate).
struct InsuranceTableKind: SectionTableKind {
    typealias Column = InsuranceColumn
    static let task = TaskCode.t5
    static let columnsID = "insurance"
    static let sectionID = "insurance"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<InsuranceColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.kind)) || Self.has(reader, [.kind, .period], anyOf: [.perPerson, .perAccident, .aggregate])
    }

    mutating func read(_ reader: TableReader<InsuranceColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            guard let kind = row.cell(.kind) else { continue }
            var policy = InsurancePolicy(kind: Located(kind.text, at: kind.location), location: row.location)
            policy.insurer = row.cell(.insurer)?.text
            policy.period = context.cells.value(row.cell(.period), DateRangeParser.parse,
                                                LocalizedText(zh: "日期區間", en: "a date range"), example: "2027-10-13 ~ 2027-10-18")
            func money(_ column: InsuranceColumn) -> Located<Decimal>? {
                context.cells.money(row.cell(column)).map { Located($0.value * (reader.scales[column] ?? 1), at: $0.location) }
            }
            policy.perPerson = money(.perPerson)
            policy.perAccident = money(.perAccident)
            policy.property = money(.property)
            policy.aggregate = money(.aggregate)
            context.append(\.venueDeal.insurance, policy)
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "insurance")
        let kind = vocabulary.example(column: "kind", of: columnsID), period = vocabulary.example(column: "period", of: columnsID)
        return LocalizedText(
            zh: "若這是保險表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(kind.zh)」與「\(period.zh)」欄。",
            en: "To read it as insurance, put it under a heading containing “\(section.en)”, or give it “\(kind.en)” and “\(period.en)” columns.")
    }
}

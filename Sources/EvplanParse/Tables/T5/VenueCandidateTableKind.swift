import EvplanDocument
import EvplanModel
import Foundation

/// T5 候選場地: the venues considered, with a score (or scores on the criteria `weights:` in the T5 front matter names)
/// and the one chosen.
struct VenueCandidateTableKind: SectionTableKind {
    typealias Column = CandidateColumn
    static let task = TaskCode.t5
    static let columnsID = "candidates"
    static let sectionID = "candidates"

    var inSection = false

    init(context: inout ParseContext) {
        guard let weights = context.document.frontMatter?["weights"] else { return }
        for pair in weights.pairs {
            if let text = pair.value.scalar, let weight = MoneyParser.parse(text.replacingOccurrences(of: "%", with: "")) {
                context.keepFact(\.venueDeal.weights, context.records.venueDeal.weights + [(pair.key, weight)])
            } else {
                context.frontValues.report(pair.value, what: LocalizedText(zh: "權重（數字）", en: "a weight (a number)"), example: "40")
            }
        }
        if weights.pairs.isEmpty {
            context.frontValues.report(weights, what: LocalizedText(zh: "評分權重（每行「欄位: 權重」）", en: "scoring weights (one `column: weight` a line)"),
                                       example: "交通評分: 30")
        }
    }

    func claims(_ reader: TableReader<CandidateColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name, .chosen], anyOf: [.score, .rent, .available])
    }

    mutating func read(_ reader: TableReader<CandidateColumn>, below previous: Block?, context: inout ParseContext) {
        let criteria = Set(context.records.venueDeal.weights.map(\.criterion))
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name) else { continue }
            var candidate = VenueCandidate(name: Located(name.text, at: name.location), location: row.location)
            candidate.available = row.cell(.available).flatMap { OperationsValues.yes($0.text) }
            candidate.capacity = context.cells.count(row.cell(.capacity))
            candidate.rent = context.cells.money(row.cell(.rent)).map { Located($0.value * (reader.scales[.rent] ?? 1), at: $0.location) }
            candidate.transport = row.cell(.transport)?.text
            candidate.score = context.cells.value(row.cell(.score), MoneyParser.parse, LocalizedText(zh: "分數", en: "a score"), example: "86")
            if let chosen = row.cell(.chosen) {
                candidate.chosen = Located(OperationsValues.yes(chosen.text) ?? true, at: chosen.location)
            }
            for (index, header) in reader.table.header.enumerated() where criteria.contains(header.text) && index < row.cells.count {
                let cell = row.cells[index]
                if let value = context.cells.value(cell, MoneyParser.parse, LocalizedText(zh: "分數", en: "a score"), example: "80") {
                    candidate.criteria[header.text] = value.value
                }
            }
            context.append(\.venueDeal.candidates, candidate)
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "candidates")
        let name = vocabulary.example(column: "name", of: columnsID), chosen = vocabulary.example(column: "chosen", of: columnsID)
        return LocalizedText(
            zh: "若這是候選場地表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(chosen.zh)」欄。",
            en: "To read it as candidate venues, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(chosen.en)” columns.")
    }
}

import EvplanDocument
import EvplanModel

/// T6 風險: risks rated by likelihood and impact (低/中/高, or 1–5), each with a response and an owner.
struct RiskTableKind: SectionTableKind {
    typealias Column = RiskColumn
    static let task = TaskCode.t6
    static let columnsID = "risks"
    static let sectionID = "risks"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<RiskColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.name)) || Self.has(reader, [.name], anyOf: [.likelihood, .impact])
    }

    mutating func read(_ reader: TableReader<RiskColumn>, below previous: Block?, context: inout ParseContext) {
        let what = LocalizedText(zh: "等級（低、中、高，或 1–5）", en: "a level (低/中/高 or low/medium/high, or 1–5)")
        for row in reader.rows where !row.isEmpty {
            guard let name = row.cell(.name) else { continue }
            var risk = Risk(name: Located(name.text, at: name.location), location: row.location)
            let likelihood = context.cells.value(row.cell(.likelihood), OperationsValues.level, what, example: "中、高、3")
            let impact = context.cells.value(row.cell(.impact), OperationsValues.level, what, example: "中、高、3")
            risk.scale = max(likelihood?.value.scale ?? 3, impact?.value.scale ?? 3)
            risk.likelihood = likelihood.map { Located(Self.rescale($0.value, to: risk.scale), at: $0.location) }
            risk.impact = impact.map { Located(Self.rescale($0.value, to: risk.scale), at: $0.location) }
            risk.response = row.cell(.response)?.text
            risk.owners = context.cells.names(row.cell(.owner))
            context.append(\.operations.risks, risk)
        }
    }

    /// 低/中/高 on a 5-step table: 1, 3, 5.
    static func rescale(_ value: (level: Int, scale: Int), to scale: Int) -> Int {
        value.scale == scale ? value.level : value.level * 2 - 1
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "risks")
        let name = vocabulary.example(column: "name", of: columnsID), likelihood = vocabulary.example(column: "likelihood", of: columnsID)
        return LocalizedText(
            zh: "若這是風險表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(name.zh)」與「\(likelihood.zh)」欄。",
            en: "To read it as risks, put it under a heading containing “\(section.en)”, or give it “\(name.en)” and “\(likelihood.en)” columns.")
    }
}

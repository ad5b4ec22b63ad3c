import EvplanDocument
import EvplanModel

/// T6 人力分工: who works where and when (person, role, date, hours, place).
struct StaffTableKind: SectionTableKind {
    typealias Column = StaffColumn
    static let task = TaskCode.t6
    static let columnsID = "staff"
    static let sectionID = "staff"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<StaffColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.person)) || Self.has(reader, [.person, .role], anyOf: [.time, .place])
    }

    mutating func read(_ reader: TableReader<StaffColumn>, below previous: Block?, context: inout ParseContext) {
        let year = context.eventDates?.value.start.year
        for row in reader.rows where !row.isEmpty {
            guard let person = row.cell(.person) else { continue }
            for name in context.cells.names(person) {
                var shift = StaffShift(person: name, location: row.location)
                shift.role = row.cell(.role)?.text
                shift.date = context.cells.value(row.cell(.date), { OperationsValues.date($0, year: year) },
                                                 LocalizedText(zh: "日期", en: "a date"), example: "2027-03-12、3/12")
                shift.time = context.cells.timeRange(row.cell(.time))
                shift.place = row.cell(.place).map { Located($0.text, at: $0.location) }
                context.append(\.operations.staff, shift)
            }
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "staff")
        let person = vocabulary.example(column: "person", of: columnsID), role = vocabulary.example(column: "role", of: columnsID)
        return LocalizedText(
            zh: "若這是人力分工表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(person.zh)」與「\(role.zh)」欄。",
            en: "To read it as staff, put it under a heading containing “\(section.en)”, or give it “\(person.en)” and “\(role.en)” columns.")
    }
}

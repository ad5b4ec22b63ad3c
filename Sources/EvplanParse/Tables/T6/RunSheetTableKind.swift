import EvplanDocument
import EvplanModel

/// T6 工作流程: the dated run sheet (date, time or time range, task, owner, place). The date may be its own column or
/// open the time cell (`3/11 18:00`); a date without a year takes the event's.
struct RunSheetTableKind: SectionTableKind {
    typealias Column = RunSheetColumn
    static let task = TaskCode.t6
    static let columnsID = "runSheet"
    static let sectionID = "runSheet"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<RunSheetColumn>, context: ParseContext) -> Bool {
        (inSection && reader.has(.task)) || Self.has(reader, [.task, .time], anyOf: [.owner, .place])
    }

    mutating func read(_ reader: TableReader<RunSheetColumn>, below previous: Block?, context: inout ParseContext) {
        let year = context.eventDates?.value.start.year
        var lastDate: Located<PlanDate>?
        for row in reader.rows where !row.isEmpty {
            guard let task = row.cell(.task) else { continue }
            var item = RunSheetItem(task: Located(task.text, at: task.location), location: row.location)
            if let dateCell = row.cell(.date) {
                item.date = context.cells.value(dateCell, { OperationsValues.date($0, year: year) },
                                                LocalizedText(zh: "日期", en: "a date"), example: "2027-03-11、3/11")
            }
            if let timeCell = row.cell(.time) {
                if let read = context.cells.value(timeCell, { OperationsValues.dateAndTime($0, year: year) },
                                                  LocalizedText(zh: "時間或時間區間（可在前面寫日期）", en: "a time or time range (a date may open it)"),
                                                  example: "08:00-18:00、3/11 18:00") {
                    if let date = read.value.date, item.date == nil { item.date = Located(date, at: timeCell.location) }
                    if let time = read.value.time { item.time = Located(time, at: timeCell.location) }
                }
            }
            // A run sheet often writes the date once and leaves it blank below.
            if item.date == nil { item.date = lastDate } else { lastDate = item.date }
            item.owners = context.cells.names(row.cell(.owner))
            item.place = row.cell(.place).map { Located($0.text, at: $0.location) }
            item.note = row.cell(.note)?.text
            context.append(\.operations.runSheet, item)
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "runSheet")
        let task = vocabulary.example(column: "task", of: columnsID), time = vocabulary.example(column: "time", of: columnsID)
        return LocalizedText(
            zh: "若這是工作流程表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(time.zh)」「\(task.zh)」與負責人或地點欄。",
            en: "To read it as a run sheet, put it under a heading containing “\(section.en)”, or give it “\(time.en)”, “\(task.en)” and an owner or place column.")
    }
}

import Foundation
import EvplanDocument
import EvplanModel

/// T2: the task table that becomes the Gantt chart. A table under a task section (`## 工作項目`), or anywhere in a T2 file
/// when it has an id column and a start, duration or predecessors column.
struct TaskTableKind: SectionTableKind {
    typealias Column = TaskColumn
    static let task = TaskCode.t2
    static let columnsID = "tasks"
    static let sectionID = "tasks"

    var inSection = false

    init(context: inout ParseContext) {}

    func claims(_ reader: TableReader<TaskColumn>, context: ParseContext) -> Bool {
        inSection || Self.has(reader, [.id], anyOf: [.start, .duration, .predecessors])
    }

    mutating func read(_ reader: TableReader<TaskColumn>, below previous: Block?, context: inout ParseContext) {
        for row in reader.rows where !row.isEmpty {
            let nameCell = row.cell(.name)
            let idCell = row.cell(.id) ?? nameCell
            guard let idCell else { continue }
            let startCell = row.cell(.start)
            let lateStart = startCell.map { LateStartWords.matches($0.text) } ?? false
            let durationCell = row.cell(.duration)
            let span = durationCell.flatMap { cell in CalendarSpanParser.parse(cell.text).map { Located($0, at: cell.location) } }
            var task = WorkItem(
                id: Located(idCell.text, at: idCell.location),
                name: Located(nameCell?.text ?? idCell.text, at: nameCell?.location ?? idCell.location),
                owners: context.cells.names(row.cell(.owner)),
                start: lateStart ? nil : context.cells.date(startCell),
                end: context.cells.date(row.cell(.end)),
                duration: span == nil ? context.cells.workingDays(durationCell) : nil,
                predecessors: context.cells.names(row.cell(.predecessors)),
                phase: Self.phase(row.cell(.phase)?.text, vocabulary: context.vocabulary),
                note: row.cell(.note)?.text,
                extra: row.extra,
                location: row.location)
            task.asLateAsPossible = lateStart
            task.calendarSpan = span
            task.durationText = durationCell.flatMap { $0.isBlank ? nil : $0.text }
            task.deadline = context.cells.value(row.cell(.deadline), DeadlineParser.parse, LocalizedText(zh: "截止日期", en: "a deadline"),
                                                example: "2027-02-26、活動前 10 天、10 days before event")
            task.progress = context.cells.value(row.cell(.progress), ProgressParser.parse, LocalizedText(zh: "完成度（0–100%）", en: "a progress (0–100%)"),
                                                example: "60%、100%、完成")
            context.append(\.tasks, task)
        }
        context.append(contentsOf: \.taskHeaders, reader.extraHeaders.filter { !context.records.taskHeaders.contains($0) })
    }

    static func phase(_ text: String?, vocabulary: Vocabulary) -> WorkItemPhase {
        guard let text = text?.lowercased() else { return .preEvent }
        if vocabulary.postEventPhaseWords.contains(where: { !$0.isEmpty && TextSearch.contains(text, $0) }) { return .postEvent }
        if vocabulary.duringEventPhaseWords.contains(where: { !$0.isEmpty && TextSearch.contains(text, $0) }) { return .duringEvent }
        return .preEvent
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "tasks")
        let id = vocabulary.example(column: "id", of: columnsID), start = vocabulary.example(column: "start", of: columnsID)
        let duration = vocabulary.example(column: "duration", of: columnsID)
        return LocalizedText(
            zh: "若這是工作項目表，把它放在標題含「\(section.zh)」的段落下，或讓表頭有「\(id.zh)」欄，以及「\(start.zh)」或「\(duration.zh)」欄。",
            en: "To read it as tasks, put it under a heading containing “\(section.en)”, or give it an “\(id.en)” column and a “\(start.en)” or “\(duration.en)” column.")
    }
}

import EvplanDocument
import EvplanModel

/// T2: the task table that becomes the Gantt chart.
enum ProjectParser {
    static func parse(_ table: Table, values: inout CellValues, diagnostics: inout [Diagnostic]) -> (tasks: [ProjectTask], extraHeaders: [String]) {
        let reader = TableReader(table, schema: TaskColumn.schema)
        diagnostics += reader.diagnostics
        var tasks: [ProjectTask] = []
        for row in reader.rows where !row.isEmpty {
            let nameCell = row.cell(.name)
            let idCell = row.cell(.id) ?? nameCell
            guard let idCell else { continue }
            tasks.append(ProjectTask(
                id: Located(idCell.text, at: idCell.location),
                name: Located(nameCell?.text ?? idCell.text, at: nameCell?.location ?? idCell.location),
                owners: values.names(row.cell(.owner)),
                start: values.date(row.cell(.start)),
                end: values.date(row.cell(.end)),
                duration: values.workingDays(row.cell(.duration)),
                predecessors: values.names(row.cell(.predecessors)),
                phase: phase(row.cell(.phase)?.text),
                note: row.cell(.note)?.text,
                extra: row.extra,
                location: row.location))
        }
        return (tasks, reader.extraHeaders)
    }

    static func phase(_ text: String?) -> TaskPhase {
        guard let text = text?.lowercased() else { return .preEvent }
        if ["結案", "後續", "事後", "post", "after", "wrap", "close"].contains(where: text.contains) { return .postEvent }
        if ["執行", "活動", "現場", "當天", "當日", "event", "during", "on-site", "onsite"].contains(where: text.contains) { return .duringEvent }
        return .preEvent
    }
}

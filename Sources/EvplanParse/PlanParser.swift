import EvplanDocument
import EvplanModel

/// The parse stage: turns loaded documents into the domain model. Knows the plan format, not the rules.
public enum PlanParser {
    public static func parse(_ loaded: LoadedPlan) -> (plan: Plan, diagnostics: [Diagnostic]) {
        var plan = Plan(root: loaded.root)
        var frontValues = FrontMatterValues()
        if let eventDocument = loaded.event {
            plan.event = EventParser.parse(eventDocument, values: &frontValues)
        }

        // Schedules, budgets and agendas are read file by file side by side; the rest is merged in file order, so
        // the plan and the order of its diagnostics are what reading the files one by one would give.
        let eventDates = plan.event?.dates
        let readFiles = loaded.files.concurrentMap { ReadFile(file: $0, eventDates: eventDates) }

        var diagnostics: [Diagnostic] = []
        var cellDiagnostics: [Diagnostic] = []
        var frontDiagnostics = frontValues.diagnostics
        var days: [AgendaDay] = []
        for var read in readFiles {
            let document = read.file.document
            plan.project.tasks += read.tasks
            plan.project.extraHeaders += read.taskHeaders.filter { !plan.project.extraHeaders.contains($0) }
            plan.budget.tables += read.budgetTables
            days += read.days
            switch read.file.task {
            case .t5:
                var venue = plan.venue ?? Venue(location: SourceLocation(file: document.path, line: 1, column: 1))
                VenueParser.parseFrontMatter(document, into: &venue, values: &read.frontValues)
                for section in Section.split(document) {
                    let isRoomSection = SectionAliases.matches(section.title, SectionAliases.rooms)
                    if isRoomSection { read.diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                    for table in section.tables where isRoomSection || TableShape.has(table, RoomColumn.schema, [.name], anyOf: [.capacity]) {
                        VenueParser.parseRooms(table, into: &venue, values: &read.cells, diagnostics: &read.diagnostics)
                        read.modelled.insert(table.location)
                    }
                }
                plan.venue = venue
            case .t7:
                if let section = Section.split(document).first(where: { SectionAliases.matches($0.title, SectionAliases.pressRelease) }) {
                    plan.pressRelease = PressReleaseParser.parse(section)
                }
            case .t1, .t2, .t3, .t4, .t6, .t8, nil:
                break
            }
            plan.files.append(PlanFile(path: document.path, task: read.file.task, title: document.title,
                                       prose: ProseCollector.collect(document, skipping: read.modelled)))
            diagnostics += read.diagnostics
            cellDiagnostics += read.cells.diagnostics
            frontDiagnostics += read.frontValues.diagnostics
        }
        plan.agenda = Agenda(days: AgendaParser.merge(days))
        return (plan, diagnostics + cellDiagnostics + frontDiagnostics)
    }
}

/// What one file holds of the schedule (T2), the budget (T3) and the agenda (T4): the parts that need nothing
/// from other files but the event's dates.
private struct ReadFile {
    let file: LoadedPlan.File
    var tasks: [ProjectTask] = []
    var taskHeaders: [String] = []
    var budgetTables: [BudgetTable] = []
    var days: [AgendaDay] = []
    /// Tables turned into the model, which the file's prose leaves out.
    var modelled: Set<SourceLocation> = []
    var diagnostics: [Diagnostic] = []
    var cells = CellValues()
    var frontValues = FrontMatterValues()

    init(file: LoadedPlan.File, eventDates: Located<DateRange>?) {
        self.file = file
        let document = file.document
        switch file.task {
        case .t2:
            for section in Section.split(document) {
                let isTaskSection = SectionAliases.matches(section.title, SectionAliases.tasks)
                if isTaskSection { diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                for table in section.tables where isTaskSection || TableShape.has(table, TaskColumn.schema, [.id], anyOf: [.start, .duration, .predecessors]) {
                    let parsed = ProjectParser.parse(table, values: &cells, diagnostics: &diagnostics)
                    tasks += parsed.tasks
                    taskHeaders += parsed.extraHeaders.filter { !taskHeaders.contains($0) }
                    modelled.insert(table.location)
                }
            }
        case .t3:
            for section in Section.split(document) {
                // Income is tested first: 收入 headings sometimes also mention 支出 ("收入與支出" is split by tables below).
                let side: BudgetSide? = SectionAliases.matches(section.title, SectionAliases.income) ? .income
                    : SectionAliases.matches(section.title, SectionAliases.expenses) ? .expense : nil
                if side != nil { diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                for table in section.tables {
                    // Under another heading (## 預算明細), a cost table (price or quantity, and amount) is still the plan's costs;
                    // a two-column summary (項目 | 金額, as under 差引残高) is not.
                    guard let side = side ?? (TableShape.has(table, BudgetColumn.schema, [.item, .amount], anyOf: [.unitPrice, .quantity]) ? .expense : nil) else { continue }
                    budgetTables.append(BudgetParser.parse(table, side: side, title: section.title, values: &cells, diagnostics: &diagnostics))
                    modelled.insert(table.location)
                }
            }
        case .t4:
            // Undated tables belong to the file's `date:`, or to a one-day event's only day.
            let fileDate = frontValues.dateRange(document.frontMatter?["date"]).map { Located($0.value.start, at: $0.location) }
                ?? eventDates.flatMap { $0.value.dayCount == 1 ? Located($0.value.start, at: $0.location) : nil }
            days = AgendaParser.days(in: document, fileDate: fileDate, defaultYear: eventDates?.value.start.year,
                                     values: &cells, diagnostics: &diagnostics, modelled: &modelled)
        case .t1, .t5, .t6, .t7, .t8, nil:
            break
        }
    }
}

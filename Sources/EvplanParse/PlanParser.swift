import EvplanDocument
import EvplanModel

/// The parse stage: turns loaded documents into the domain model. Knows the plan format, not the rules.
public enum PlanParser {
    /// Parses a plan whose files are all in memory.
    public static func parse(_ loaded: LoadedPlan) -> (plan: Plan, diagnostics: [Diagnostic]) {
        parse(root: loaded.root, event: loaded.event, fileCount: loaded.files.count) { (loaded.files[$0], []) }
    }

    /// Reads and parses the task files of `folder`, each in one go, so that a file's document is freed as soon as it
    /// is modelled: a large plan is never in memory twice, as documents and as model. The diagnostics include what
    /// opening and reading the files found.
    public static func parse(_ folder: PlanFolder) -> (plan: Plan, diagnostics: [Diagnostic]) {
        let parsed = parse(root: folder.root, event: folder.event, fileCount: folder.taskFilePaths.count) {
            folder.loadTaskFile(folder.taskFilePaths[$0])
        }
        return (parsed.plan, folder.diagnostics + parsed.diagnostics)
    }

    private static func parse(root: String, event: Document?, fileCount: Int,
                              load: (Int) -> (file: LoadedPlan.File?, diagnostics: [Diagnostic])) -> (plan: Plan, diagnostics: [Diagnostic]) {
        var plan = Plan(root: root)
        var frontValues = FrontMatterValues()
        if let event {
            plan.event = EventParser.parse(event, values: &frontValues)
        }

        // Files are read side by side, and all but the venue's are modelled where they are read; the rest is merged
        // in file order, so the plan and the order of its diagnostics are what reading the files one by one would give.
        let eventDates = plan.event?.dates
        let readFiles = Array(0..<fileCount).concurrentMap { index -> (read: ReadFile?, diagnostics: [Diagnostic]) in
            let loaded = load(index)
            return (loaded.file.map { ReadFile(file: $0, eventDates: eventDates) }, loaded.diagnostics)
        }

        var loadDiagnostics: [Diagnostic] = []
        var diagnostics: [Diagnostic] = []
        var cellDiagnostics: [Diagnostic] = []
        var frontDiagnostics = frontValues.diagnostics
        var days: [AgendaDay] = []
        for (read, readDiagnostics) in readFiles {
            loadDiagnostics += readDiagnostics
            guard var read else { continue }
            plan.project.tasks += read.tasks
            plan.project.extraHeaders += read.taskHeaders.filter { !plan.project.extraHeaders.contains($0) }
            plan.budget.tables += read.budgetTables
            days += read.days
            if let pressRelease = read.pressRelease { plan.pressRelease = pressRelease }
            var prose = read.prose
            if let document = read.venueDocument {
                // Several T5 files make one venue, so rooms are read here, in file order.
                var venue = plan.venue ?? Venue(location: SourceLocation(file: document.path, line: 1, column: 1))
                VenueParser.parseFrontMatter(document, into: &venue, values: &read.frontValues)
                var modelled: Set<SourceLocation> = []
                for section in Section.split(document) {
                    let isRoomSection = SectionAliases.matches(section.title, SectionAliases.rooms)
                    if isRoomSection { read.diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                    for table in section.tables where isRoomSection || TableShape.has(table, RoomColumn.schema, [.name], anyOf: [.capacity]) {
                        VenueParser.parseRooms(table, into: &venue, values: &read.cells, diagnostics: &read.diagnostics)
                        modelled.insert(table.location)
                    }
                }
                plan.venue = venue
                prose = ProseCollector.collect(document, skipping: modelled)
            }
            plan.files.append(PlanFile(path: read.path, task: read.task, title: read.title, prose: prose))
            diagnostics += read.diagnostics
            cellDiagnostics += read.cells.diagnostics
            frontDiagnostics += read.frontValues.diagnostics
        }
        plan.agenda = Agenda(days: AgendaParser.merge(days))
        return (plan, loadDiagnostics + diagnostics + cellDiagnostics + frontDiagnostics)
    }
}

/// What one file holds: its schedule (T2), budget (T3), agenda (T4) or press release (T7) and its prose, which
/// need nothing from other files but the event's dates. A venue file (T5) is kept as a document, to be merged with
/// the other venue files in order.
private struct ReadFile {
    let path: String
    let task: TaskCode?
    let title: String?
    var prose: [ProseSection] = []
    var venueDocument: Document?
    var pressRelease: PressRelease?
    var tasks: [ProjectTask] = []
    var taskHeaders: [String] = []
    var budgetTables: [BudgetTable] = []
    var days: [AgendaDay] = []
    var diagnostics: [Diagnostic] = []
    var cells = CellValues()
    var frontValues = FrontMatterValues()

    init(file: LoadedPlan.File, eventDates: Located<DateRange>?) {
        let document = file.document
        path = document.path
        task = file.task
        title = document.title
        // Tables turned into the model, which the file's prose leaves out.
        var modelled: Set<SourceLocation> = []
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
        case .t5:
            venueDocument = document
            return
        case .t7:
            if let section = Section.split(document).first(where: { SectionAliases.matches($0.title, SectionAliases.pressRelease) }) {
                pressRelease = PressReleaseParser.parse(section)
            }
        case .t1, .t6, .t8, nil:
            break
        }
        prose = ProseCollector.collect(document, skipping: modelled)
    }
}

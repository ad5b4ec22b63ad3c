import EvplanDocument
import EvplanModel

/// The parse stage: turns loaded documents into the domain model. Knows the plan format, not the rules.
public enum PlanParser {
    public static func parse(_ loaded: LoadedPlan) -> (plan: Plan, diagnostics: [Diagnostic]) {
        var plan = Plan(root: loaded.root)
        var diagnostics: [Diagnostic] = []
        var cells = CellValues()
        var frontValues = FrontMatterValues()

        if let eventDocument = loaded.event {
            plan.event = EventParser.parse(eventDocument, values: &frontValues)
        }

        var days: [AgendaDay] = []
        for file in loaded.files {
            let document = file.document
            var modelled: Set<SourceLocation> = []
            switch file.task {
            case .t2:
                for section in Section.split(document) {
                    let isTaskSection = SectionAliases.matches(section.title, SectionAliases.tasks)
                    if isTaskSection { diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                    for table in section.tables where isTaskSection || TableShape.has(table, TaskColumn.schema, [.id], anyOf: [.start, .duration, .predecessors]) {
                        let parsed = ProjectParser.parse(table, values: &cells, diagnostics: &diagnostics)
                        plan.project.tasks += parsed.tasks
                        plan.project.extraHeaders += parsed.extraHeaders.filter { !plan.project.extraHeaders.contains($0) }
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
                        plan.budget.tables.append(BudgetParser.parse(table, side: side, title: section.title, values: &cells, diagnostics: &diagnostics))
                        modelled.insert(table.location)
                    }
                }
            case .t4:
                let eventDates = plan.event?.dates
                // Undated tables belong to the file's `date:`, or to a one-day event's only day.
                let fileDate = frontValues.dateRange(document.frontMatter?["date"]).map { Located($0.value.start, at: $0.location) }
                    ?? eventDates.flatMap { $0.value.dayCount == 1 ? Located($0.value.start, at: $0.location) : nil }
                days += AgendaParser.days(in: document, fileDate: fileDate, defaultYear: eventDates?.value.start.year,
                                          values: &cells, diagnostics: &diagnostics, modelled: &modelled)
            case .t5:
                var venue = plan.venue ?? Venue(location: SourceLocation(file: document.path, line: 1, column: 1))
                VenueParser.parseFrontMatter(document, into: &venue, values: &frontValues)
                for section in Section.split(document) {
                    let isRoomSection = SectionAliases.matches(section.title, SectionAliases.rooms)
                    if isRoomSection { diagnostics += UnreadTable.diagnostics(in: section.blocks) }
                    for table in section.tables where isRoomSection || TableShape.has(table, RoomColumn.schema, [.name], anyOf: [.capacity]) {
                        VenueParser.parseRooms(table, into: &venue, values: &cells, diagnostics: &diagnostics)
                        modelled.insert(table.location)
                    }
                }
                plan.venue = venue
            case .t7:
                if let section = Section.split(document).first(where: { SectionAliases.matches($0.title, SectionAliases.pressRelease) }) {
                    plan.pressRelease = PressReleaseParser.parse(section)
                }
            case .t1, .t6, .t8, nil:
                break
            }
            plan.files.append(PlanFile(path: document.path, task: file.task, title: document.title,
                                       prose: ProseCollector.collect(document, skipping: modelled)))
        }
        plan.agenda = Agenda(days: AgendaParser.merge(days))
        diagnostics += cells.diagnostics + frontValues.diagnostics
        return (plan, diagnostics)
    }
}

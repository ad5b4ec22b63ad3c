import Foundation
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
        // event.md's `kind:` and `columns:` set the words every file is read with.
        let vocabulary = Vocabulary.forPlan(event: event, values: &frontValues)
        if let event {
            plan.event = EventParser.parse(event, values: &frontValues)
        }
        plan.registration.settings = RegistrationSettingsParser.parse(event, values: &frontValues)

        // Files are read side by side, each into its records; the records are merged in file order, so the plan and the
        // order of its diagnostics are what reading the files one by one would give.
        let eventDates = plan.event?.dates
        let currency = plan.currency, rates = plan.event?.rates ?? [:]
        let readFiles = Array(0..<fileCount).concurrentMap { index -> (read: ReadFile?, diagnostics: [Diagnostic]) in
            let loaded = load(index)
            return (loaded.file.map { ReadFile(file: $0, vocabulary: vocabulary, eventDates: eventDates, currency: currency, rates: rates) }, loaded.diagnostics)
        }

        var loadDiagnostics: [Diagnostic] = []
        var diagnostics: [Diagnostic] = []
        var cellDiagnostics: [Diagnostic] = []
        var frontDiagnostics = frontValues.diagnostics
        var records = PlanRecords()
        for (read, readDiagnostics) in readFiles {
            loadDiagnostics += readDiagnostics
            guard let read else { continue }
            records.merge(read.context.records)
            plan.files.append(PlanFile(path: read.context.document.path, task: read.context.task, title: read.context.document.title, prose: read.prose))
            diagnostics += read.context.diagnostics
            cellDiagnostics += read.context.cells.diagnostics
            frontDiagnostics += read.context.frontValues.diagnostics
        }
        diagnostics += records.apply(to: &plan)
        return (plan, loadDiagnostics + diagnostics + cellDiagnostics + frontDiagnostics)
    }
}

/// One file read: its records and diagnostics (`TableDispatcher`), and its prose, which leaves out the tables that
/// became records.
private struct ReadFile {
    let context: ParseContext
    let prose: [ProseSection]

    init(file: LoadedPlan.File, vocabulary: Vocabulary, eventDates: Located<DateRange>?, currency: String, rates: [String: Decimal]) {
        var context = TableDispatcher.read(file.document, task: file.task, vocabulary: vocabulary, eventDates: eventDates,
                                           currency: currency, rates: rates)
        if let export = file.document.ticketExport {
            TicketExportParser.read(export, path: file.document.path, context: &context)
        }
        self.context = context
        prose = ProseCollector.collect(file.document, skipping: context.modelled)
    }
}

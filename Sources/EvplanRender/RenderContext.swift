import Foundation
import EvplanModel
import EvplanSchedule

/// What every view-model needs: the plan, the analyses worked out from it, its language and the formatters for
/// its numbers and dates.
struct RenderContext {
    let plan: Plan
    let analyses: PlanAnalyses
    let diagnostics: [Diagnostic]
    let language: Language
    let labels: [String: String]
    let money: MoneyText
    let dates: DateText
    /// What several deliverables work out alike (the exports' programme), worked out by the first that asks.
    private let cache = RenderCache()

    init(plan: Plan, analyses: PlanAnalyses, diagnostics: [Diagnostic]) {
        self.plan = plan
        self.analyses = analyses
        // Errors first, then warnings, then notes; each in reading order.
        self.diagnostics = Diagnostic.ordered(diagnostics).enumerated()
            .sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
            .map(\.element)
        language = plan.language
        labels = Labels.strings(in: plan.language, kind: plan.event?.kind)
        money = MoneyText(currency: plan.currency)
        dates = DateText(language: plan.language, style: plan.event?.dateStyle)
    }

    /// Analyses the plan itself in the default calendar; for tests that build a context by hand.
    init(plan: Plan, diagnostics: [Diagnostic]) {
        self.init(plan: plan, analyses: PlanAnalyses(plan: plan), diagnostics: diagnostics)
    }

    /// The dated sessions with their stable ids that the calendar and schedule exports share, worked out once per render.
    var exportProgramme: ExportProgramme {
        cache.programme { ExportProgramme(self) }
    }

    /// The task schedule, worked out once per compile.
    var schedule: ScheduleAnalysis { analyses.schedule }

    func label(_ key: String) -> String { labels[key] ?? key }

    /// A label with a count in it, `{n}` filled; `key_one` is the singular form where English needs one.
    func counted(_ key: String, _ count: Int) -> String {
        let form = count == 1 ? labels[key + "_one"] ?? label(key) : label(key)
        return form.replacingOccurrences(of: "{n}", with: DecimalText.grouped(Decimal(count)))
    }

    var eventName: String {
        let name = plan.event?.name?.value.trimmingCharacters(in: .whitespaces) ?? ""
        return name.isEmpty ? label("event_untitled") : name
    }

    /// The date the documents are issued: `issued:` in event.md; else the latest date the plan itself writes on or
    /// before the event's first day (a task's start or end, the press release's date), so that the same plan always
    /// builds the same pages. Nil when the plan writes no such date.
    var issueDate: PlanDate? {
        if let issued = plan.event?.issued?.value { return issued }
        let eventStart = plan.event?.dates?.value.start
        var candidates = schedule.early.compactMap { $0 }.flatMap { [$0.start, $0.end] }
        if let released = plan.pressRelease?.datelineDate { candidates.append(released) }
        if let eventStart { candidates = candidates.filter { $0 <= eventStart } }
        return candidates.max()
    }

    func chrome(for page: some PageDeliverable) -> PageChrome {
        PageChrome(page: page, context: self)
    }
}

/// Values a render works out once for several deliverables, which render at the same time: the first to ask works the
/// value out while the others wait for it.
final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var programme: ExportProgramme?

    func programme(_ make: () -> ExportProgramme) -> ExportProgramme {
        lock.lock()
        defer { lock.unlock() }
        if let programme { return programme }
        let made = make()
        programme = made
        return made
    }
}

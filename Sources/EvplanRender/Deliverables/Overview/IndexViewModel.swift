import EvplanModel
import Foundation
import Mustache

/// index.html: O1.5.1, the plan's home: the event at a glance, check results, links and the standard's outputs covered.
struct IndexViewModel: TemplateValue {
    let page: PageChrome
    let l: [String: String]
    let facts: [Fact]
    let hasFacts: Bool
    let hasBudget: Bool
    let figures: BudgetFigures

    let errorCount: Int
    let warningCount: Int
    let infoCount: Int
    let isClean: Bool
    let checkHeadline: String
    let checkClass: String
    let diagnostics: [DiagnosticRow]

    let cards: [PageCard]
    /// agenda.ics, tasks.ics, schedule.xml, schedule.json: whichever the plan gets.
    let exports: [ExportLink]
    let hasExports: Bool
    let outputs: [OutputCoverage]
    let coverageSummary: String

    init(_ context: RenderContext) {
        let plan = context.plan
        page = context.chrome(for: OverviewPage())
        l = context.labels
        facts = EventFacts.make(context)
        hasFacts = !facts.isEmpty
        hasBudget = !plan.budget.expenseLines.isEmpty || !plan.budget.incomeLines.isEmpty
        figures = BudgetFigures(context)

        let counts = Dictionary(grouping: context.diagnostics, by: \.severity).mapValues(\.count)
        errorCount = counts[.error] ?? 0
        warningCount = counts[.warning] ?? 0
        infoCount = counts[.info] ?? 0
        isClean = context.diagnostics.isEmpty
        if isClean {
            checkHeadline = context.label("check_clean")
        } else {
            checkHeadline = [("check_errors_n", errorCount), ("check_warnings_n", warningCount), ("check_infos_n", infoCount)]
                .filter { $0.1 > 0 }
                .map { context.counted($0.0, $0.1) }
                .joined(separator: " · ")
        }
        checkClass = errorCount > 0 ? "bad" : (warningCount > 0 ? "warn" : "good")
        diagnostics = context.diagnostics.map { DiagnosticRow($0, context: context) }

        cards = IndexViewModel.cards(context)
        exports = context.exportLinks()
        hasExports = !exports.isEmpty
        outputs = OutputCoverage.all(context)
        let covered = outputs.filter { $0.statusClass == OutputCoverage.Status.covered.rawValue }.count
        coverageSummary = context.label("coverage_summary")
            .replacingOccurrences(of: "{covered}", with: "\(covered)")
            .replacingOccurrences(of: "{total}", with: "\(outputs.count)")
            .replacingOccurrences(of: "{prose}", with: "\(outputs.filter { $0.statusClass == OutputCoverage.Status.prose.rawValue }.count)")
    }

    private static func cards(_ context: RenderContext) -> [PageCard] {
        DeliverableCatalogue.all.compactMap { deliverable in
            deliverable.card(in: context).map { card in
                PageCard(href: deliverable.entryFile, title: context.label("page_\(deliverable.id)"),
                         codes: deliverable.outputCodes.joined(separator: " · "), summary: card.summary, isEmpty: card.isEmpty)
            }
        }
    }
}

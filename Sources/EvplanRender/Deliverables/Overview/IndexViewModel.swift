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
    let outputs: [OutputCoverage]
    let coverageSummary: String

    init(_ context: RenderContext) {
        let plan = context.plan
        page = context.chrome(for: .index)
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
        outputs = OutputCoverage.all(context)
        let covered = outputs.filter { $0.statusClass == OutputCoverage.Status.covered.rawValue }.count
        coverageSummary = context.label("coverage_summary")
            .replacingOccurrences(of: "{covered}", with: "\(covered)")
            .replacingOccurrences(of: "{total}", with: "\(outputs.count)")
    }

    private static func cards(_ context: RenderContext) -> [PageCard] {
        let plan = context.plan
        func text(_ key: String, _ values: [String: String]) -> String {
            values.sorted { $0.key < $1.key }.reduce(context.label(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        return Page.allCases.filter { $0 != .index }.map { page in
            let summary: String
            let isEmpty: Bool
            switch page {
            case .index, .proposal:
                let sections = TaskCode.allCases.filter { !plan.prose(of: $0).isEmpty }.count
                isEmpty = plan.event == nil
                summary = text("card_proposal", ["n": "\(sections)"])
            case .budget:
                isEmpty = plan.budget.expenseLines.isEmpty && plan.budget.incomeLines.isEmpty
                summary = isEmpty ? context.label("card_empty") :
                    text("card_budget", ["n": "\(plan.budget.expenseLines.count)", "total": context.money.format(plan.budget.totalExpenses)])
            case .gantt:
                isEmpty = plan.project.tasks.isEmpty
                summary = isEmpty ? context.label("card_empty") :
                    text("card_gantt", ["n": "\(plan.project.tasks.count)", "m": "\(plan.project.tasks.filter(\.isMilestone).count)"])
            case .agenda:
                isEmpty = plan.agenda.isEmpty
                summary = isEmpty ? context.label("card_empty") :
                    text("card_agenda", ["d": "\(plan.agenda.days.count)", "n": "\(plan.agenda.sessions.filter { !$0.isBreak }.count)"])
            case .pressRelease:
                isEmpty = !OutputCoverage.hasPressRelease(plan)
                summary = isEmpty ? context.label("card_empty") : (plan.pressRelease?.headline?.value ?? "")
            }
            return PageCard(href: page.fileName, title: context.label(page.titleKey),
                            codes: page.outputCodes.joined(separator: " · "), summary: summary, isEmpty: isEmpty)
        }
    }
}

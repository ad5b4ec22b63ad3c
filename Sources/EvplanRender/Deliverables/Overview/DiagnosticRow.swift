import EvplanModel
import Mustache

/// One check result as the home page lists it, in the plan's language.
struct DiagnosticRow: TemplateValue {
    let severity: String
    let severityLabel: String
    let place: String
    let ruleId: String
    let message: String
    let hint: String
    let hasHint: Bool

    init(_ diagnostic: Diagnostic, context: RenderContext) {
        severity = diagnostic.severity.rawValue
        severityLabel = context.label("severity_\(diagnostic.severity.rawValue)")
        place = diagnostic.location.description
        ruleId = diagnostic.rule.id
        message = diagnostic.message.text(in: context.language)
        hint = diagnostic.hint.text(in: context.language)
        hasHint = !hint.isEmpty
    }
}

import EvplanModel
import Foundation

/// Diagnostics as the terminal, an editor or a tool wants them.
public enum DiagnosticReport {
    /// `path:line:col: severity: message [rule-id]`, then the hint on its own line; ANSI colour when asked.
    /// With several plans (`plans` names them, one per result), each plan's findings follow a line naming it, and
    /// the summary at the end counts them all.
    public static func text(_ results: [CheckResult], colour: Bool, plans: [String] = []) -> String {
        var output = ""
        for (index, result) in results.enumerated() {
            let language = result.language
            if results.count > 1, index < plans.count {
                let name = TerminalText.escaped(plans[index])
                let line = language == .zhTW ? "== 企劃 \(name)：\(summary([result]))" : "== Plan \(name): \(summary([result]))"
                output += (colour ? "\u{1B}[1m\(line)\u{1B}[0m" : line) + "\n"
            }
            for diagnostic in result.diagnostics {
                let severity = diagnostic.severity.rawValue
                let painted = colour ? paint(severity, diagnostic.severity) : severity
                // Plan text (file names, cells, rule ids) is escaped: see TerminalText.
                let plainLocation = TerminalText.escaped("\(diagnostic.location)")
                let location = colour ? "\u{1B}[1m\(plainLocation)\u{1B}[0m" : plainLocation
                let message = TerminalText.escaped(diagnostic.message.text(in: language))
                output += "\(location): \(painted): \(message) [\(TerminalText.escaped(diagnostic.rule.id))]\n"
                let hintLabel = language == .zhTW ? "修正" : "fix"
                output += "    \(hintLabel): \(TerminalText.escaped(diagnostic.hint.text(in: language)))\n"
            }
        }
        if results.count > 1 {
            let language = results.first?.language ?? .zhTW
            output += (language == .zhTW ? "共 \(results.count) 個企劃：" : "\(results.count) plans: ") + summary(results) + "\n"
        } else {
            output += summary(results) + "\n"
        }
        return output
    }

    public static func summary(_ results: [CheckResult]) -> String {
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        let language = results.first?.language ?? .zhTW
        if language == .zhTW {
            return errors == 0 && warnings == 0 ? "檢查通過：沒有錯誤或警告。" : "\(errors) 個錯誤、\(warnings) 個警告。"
        }
        if errors == 0 && warnings == 0 { return "All clear: no errors or warnings." }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
    }

    private static func paint(_ text: String, _ severity: Severity) -> String {
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    struct JSONDiagnostic: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var competency: [String]
        var message: String
        var hint: String
    }

    struct JSONSummary: Encodable {
        var errors: Int
        var warnings: Int
    }

    struct JSONPlanSummary: Encodable {
        var plan: String
        var errors: Int
        var warnings: Int
    }

    struct JSONDocument: Encodable {
        var diagnostics: [JSONDiagnostic]
        var summary: JSONSummary
        /// Only when several plans were checked: each plan's own counts (the single-plan form is unchanged).
        var plans: [JSONPlanSummary]?
    }

    public static func json(_ results: [CheckResult], plans: [String] = []) -> String {
        var diagnostics: [JSONDiagnostic] = []
        for result in results {
            for diagnostic in result.diagnostics {
                diagnostics.append(JSONDiagnostic(
                    file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column,
                    severity: diagnostic.severity.rawValue, rule: diagnostic.rule.id, competency: diagnostic.rule.competency,
                    message: diagnostic.message.text(in: result.language), hint: diagnostic.hint.text(in: result.language)))
            }
        }
        let document = JSONDocument(diagnostics: diagnostics, summary: JSONSummary(
            errors: results.reduce(0) { $0 + $1.errorCount }, warnings: results.reduce(0) { $0 + $1.warningCount }),
            plans: results.count > 1 && plans.count == results.count
                ? zip(plans, results).map { JSONPlanSummary(plan: $0, errors: $1.errorCount, warnings: $1.warningCount) } : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

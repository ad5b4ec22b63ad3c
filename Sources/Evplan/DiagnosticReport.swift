import EvplanModel
import Foundation

/// Diagnostics as the terminal, an editor or a tool wants them.
public enum DiagnosticReport {
    /// `path:line:col: severity: message [rule-id]`, then the hint on its own line; ANSI colour when asked.
    public static func text(_ results: [CheckResult], colour: Bool) -> String {
        var output = ""
        for result in results {
            let language = result.language
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
        output += summary(results) + "\n"
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

    struct JSONDocument: Encodable {
        var diagnostics: [JSONDiagnostic]
        var summary: JSONSummary
    }

    public static func json(_ results: [CheckResult]) -> String {
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
            errors: results.reduce(0) { $0 + $1.errorCount }, warnings: results.reduce(0) { $0 + $1.warningCount }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

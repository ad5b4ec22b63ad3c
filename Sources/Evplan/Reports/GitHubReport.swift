import EvplanModel

/// `--format github`: GitHub Actions workflow commands, so each problem shows on its line of a pull request.
/// `::error file=…,line=…,col=…,title=rule-id::message`, one line per diagnostic, then the summary as plain text.
public enum GitHubReport {
    public static func commands(_ results: [CheckResult]) -> String {
        var output = ""
        for result in results {
            let hintLabel = result.language == .zhTW ? "修正" : "Fix"
            for diagnostic in result.diagnostics {
                let command = switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .info: "notice"
                }
                // Plan text is escaped for the log first (see TerminalText); the line break before the hint is ours.
                var file = TerminalText.escaped(diagnostic.location.file)
                while file.hasPrefix("./") { file.removeFirst(2) }
                let properties = [
                    "file=\(escapeProperty(file))",
                    "line=\(diagnostic.location.line)",
                    "col=\(diagnostic.location.column)",
                    "title=\(escapeProperty(TerminalText.escaped(diagnostic.rule.id)))",
                ].joined(separator: ",")
                let message = TerminalText.escaped(diagnostic.message.text(in: result.language))
                    + "\n\(hintLabel): " + TerminalText.escaped(diagnostic.hint.text(in: result.language))
                output += "::\(command) \(properties)::\(escapeData(message))\n"
            }
        }
        output += DiagnosticReport.summary(results) + "\n"
        return output
    }

    /// The escaping of @actions/core's `issueCommand`: a message keeps its line breaks as %0A.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values also escape the characters that separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}

import EvplanCheck
import EvplanModel
import Foundation

/// `--format sarif`: SARIF 2.1.0, which GitHub code scanning, VS Code's SARIF viewer and other tools read.
/// One run; one rule descriptor per rule of the catalogue; one result per diagnostic. Keys are sorted, so the
/// same plan gives the same bytes.
public enum SarifReport {
    public static func sarif(_ results: [CheckResult], toolVersion: String) -> String {
        let language = results.first?.language ?? .zhTW
        var descriptors = RuleCatalogue.descriptors
        for result in results {
            for diagnostic in result.diagnostics where !descriptors.contains(where: { $0.id == diagnostic.rule.id }) {
                descriptors.append(diagnostic.rule)
            }
        }
        let ruleIndex = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        var sarifResults: [SarifLog.Result] = []
        for result in results {
            let hintLabel = result.language == .zhTW ? "修正" : "Fix"
            for diagnostic in result.diagnostics {
                let text = "\(diagnostic.message.text(in: result.language))\n\(hintLabel): \(diagnostic.hint.text(in: result.language))"
                let location = SarifLog.Location(physicalLocation: SarifLog.PhysicalLocation(
                    artifactLocation: SarifLog.ArtifactLocation(uri: artifactURI(for: diagnostic.location.file)),
                    region: SarifLog.Region(startLine: max(1, diagnostic.location.line), startColumn: max(1, diagnostic.location.column))))
                sarifResults.append(SarifLog.Result(
                    ruleId: diagnostic.rule.id, ruleIndex: ruleIndex[diagnostic.rule.id] ?? 0, level: level(diagnostic.severity),
                    message: SarifLog.Message(text: text), locations: [location]))
            }
        }

        let rules = descriptors.map { descriptor($0, language: language) }
        let log = SarifLog(runs: [SarifLog.Run(
            tool: SarifLog.Tool(driver: SarifLog.ToolComponent(name: "evplan", version: toolVersion, rules: rules)),
            results: sarifResults)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A rule's help is carried in the log itself, in both languages, rather than as a link: evplan is installed
    /// from wherever a team keeps it, so no web address is sure to hold the docs of the version that ran (and
    /// `evplan rules` prints them all). Code-scanning pages show `help.markdown` under the result.
    static func descriptor(_ rule: RuleDescriptor, language: Language) -> SarifLog.ReportingDescriptor {
        let other: Language = language == .zhTW ? .en : .zhTW
        let severity = language == .zhTW
            ? ["error": "錯誤", "warning": "警告", "info": "提示"][rule.defaultSeverity.rawValue] ?? rule.defaultSeverity.rawValue
            : rule.defaultSeverity.rawValue
        let facts = language == .zhTW
            ? "工作任務 \(rule.task.rawValue) · 職能 \(rule.competency.joined(separator: "、")) · 預設嚴重度：\(severity) · `evplan rules` 列出全部規則"
            : "Task \(rule.task.rawValue) · competency \(rule.competency.joined(separator: ", ")) · default severity: \(severity) · `evplan rules` lists every rule"
        let fixLabel = language == .zhTW ? "修正方式：" : "How to fix: "
        return SarifLog.ReportingDescriptor(
            id: rule.id,
            shortDescription: SarifLog.Message(text: rule.summary.text(in: language)),
            fullDescription: SarifLog.Message(text: "\(rule.summary.text(in: language)) (\(rule.summary.text(in: other)))"),
            help: SarifLog.Message(text: "\(rule.summary.text(in: language))\n\(fixLabel)\(rule.hint.text(in: language))\n\(facts)",
                                   markdown: "**\(rule.summary.text(in: language))** (`\(rule.id)`)\n\n\(fixLabel)\(rule.hint.text(in: language))\n\n\(facts)"),
            helpUri: nil,
            defaultConfiguration: SarifLog.Configuration(level: level(rule.defaultSeverity)),
            properties: SarifLog.RuleProperties(tags: rule.competency, task: rule.task.rawValue))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path stays relative (SARIF viewers resolve it against the checkout); an absolute one becomes a
    /// file: URI. Characters a URI cannot hold, such as CJK file names, are percent-encoded.
    static func artifactURI(for path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;")
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
        return trimmed.hasPrefix("/") ? "file://\(encoded)" : encoded
    }
}

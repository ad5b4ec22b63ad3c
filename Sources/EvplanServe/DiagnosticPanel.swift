import Evplan
import EvplanModel
import EvplanRender

/// The box the preview puts at the top of every page while the plan has problems: each one with its file, line
/// and column, rule id, message and fix, in the plan's language. Styled inline so no template can hide it.
enum DiagnosticPanel {
    static let elementID = "evplan-preview-diagnostics"

    /// Nothing when the plan is clean; a closed box when it has only warnings; an open red box for errors.
    static func html(for content: PreviewContent) -> String {
        let language = content.language
        let diagnostics = content.result.diagnostics.filter { $0.severity != .info }
        guard content.hasErrors || !diagnostics.isEmpty else { return "" }
        let errors = content.result.errorCount
        let colour = content.hasErrors ? "#b42318" : "#b54708"
        let background = content.hasErrors ? "#fef3f2" : "#fffaeb"
        var html = "<section id=\"\(elementID)\" role=\"alert\" style=\"all:initial;display:block;box-sizing:border-box;"
            + "margin:0;padding:12px 16px;border-bottom:3px solid \(colour);background:\(background);color:#1d2939;"
            + "font:14px/1.5 system-ui,-apple-system,'Noto Sans CJK TC','PingFang TC','Microsoft JhengHei',sans-serif\">"
        html += content.hasErrors ? "<div>" : "<details><summary style=\"cursor:pointer\">"
        html += "<strong style=\"color:\(colour)\">\(HTMLText.escape(title(content, errors: errors)))</strong>"
        html += content.hasErrors ? "" : "</summary>"
        if content.hasErrors {
            html += "<p style=\"margin:4px 0 8px\">\(HTMLText.escape(explanation(content)))</p>"
        }
        if let failure = content.templateFailure {
            html += "<pre style=\"margin:6px 0;white-space:pre-wrap;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace\">"
                + "\(HTMLText.escape(failure))</pre>"
        }
        html += "<ol style=\"margin:6px 0 0;padding-left:22px\">"
        for diagnostic in diagnostics {
            html += item(diagnostic, language: language)
        }
        html += "</ol>"
        html += content.hasErrors ? "</div>" : "</details>"
        return html + "</section>"
    }

    private static func item(_ diagnostic: Diagnostic, language: Language) -> String {
        let colour = diagnostic.severity == .error ? "#b42318" : "#b54708"
        let severity = switch (diagnostic.severity, language) {
        case (.error, .zhTW): "錯誤"
        case (.warning, .zhTW): "警告"
        case (.info, .zhTW): "提示"
        default: diagnostic.severity.rawValue
        }
        let hintLabel = language == .zhTW ? "修正：" : "Fix: "
        return "<li style=\"margin:4px 0\" data-rule=\"\(HTMLText.escape(diagnostic.rule.id))\">"
            + "<code style=\"font:13px ui-monospace,Menlo,Consolas,monospace\">\(HTMLText.escape(diagnostic.location.description))</code> "
            + "<strong style=\"color:\(colour)\">\(severity)</strong> "
            + "\(HTMLText.escape(diagnostic.message.text(in: language))) "
            + "<code style=\"font:12px ui-monospace,Menlo,Consolas,monospace;color:#475467\">[\(HTMLText.escape(diagnostic.rule.id))]</code>"
            + "<br><span style=\"color:#475467\">\(hintLabel)\(HTMLText.escape(diagnostic.hint.text(in: language)))</span></li>"
    }

    private static func title(_ content: PreviewContent, errors: Int) -> String {
        let warnings = content.result.warningCount
        switch content.language {
        case .zhTW:
            if content.templateFailure != nil { return "版型有錯誤，無法產出頁面" }
            if errors == 0 { return "企劃有 \(warnings) 個警告" }
            return warnings == 0 ? "企劃有 \(errors) 個錯誤" : "企劃有 \(errors) 個錯誤、\(warnings) 個警告"
        case .en:
            if content.templateFailure != nil { return "A template has an error; no page could be built" }
            let errorText = "\(errors) error\(errors == 1 ? "" : "s")"
            let warningText = "\(warnings) warning\(warnings == 1 ? "" : "s")"
            if errors == 0 { return "The plan has \(warningText)" }
            return warnings == 0 ? "The plan has \(errorText)" : "The plan has \(errorText) and \(warningText)"
        }
    }

    private static func explanation(_ content: PreviewContent) -> String {
        switch content.language {
        case .zhTW:
            return content.templateFailure != nil
                ? "修正 Templates/ 裡的版型並存檔，這一頁會自動重新載入。"
                : "修正前 evplan build 不會產出文件；下方是照目前內容強制產出的預覽。修正並存檔後，這一頁會自動重新載入。"
        case .en:
            return content.templateFailure != nil
                ? "Fix the template in Templates/ and save; this page reloads by itself."
                : "evplan build writes nothing until these are fixed; below is a forced preview of the plan as it is. "
                    + "Fix them and save; this page reloads by itself."
        }
    }
}

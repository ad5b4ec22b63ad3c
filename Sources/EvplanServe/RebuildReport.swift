import Evplan
import EvplanModel
import Foundation

/// What `serve` and `watch` print after each build, in the plan's language.
public enum RebuildReport {
    /// The diagnostics as `evplan check` prints them, for standard output; empty for a clean plan.
    public static func diagnostics(_ result: CheckResult, colour: Bool) -> String {
        result.diagnostics.isEmpty ? "" : DiagnosticReport.text([result], colour: colour)
    }

    /// One status line for standard error, e.g. `[14:02:03] Rebuilt in 21 ms: 1 error, 0 warnings.`
    static func status(_ content: PreviewContent, initial: Bool) -> String {
        let milliseconds = Int((Double(content.duration.components.seconds) + Double(content.duration.components.attoseconds) / 1e18) * 1000)
        let summary = DiagnosticReport.summary([content.result])
        let stamp = "[\(clockTime())]"
        if let failure = content.templateFailure {
            return content.language == .zhTW
                ? "\(stamp) 版型有錯誤，頁面改為顯示錯誤：\(failure)"
                : "\(stamp) A template has an error; the pages show it instead: \(failure)"
        }
        switch content.language {
        case .zhTW: return "\(stamp) \(initial ? "已產出" : "已重新產出")（\(milliseconds) ms）。\(summary)"
        case .en: return "\(stamp) \(initial ? "Built" : "Rebuilt") in \(milliseconds) ms. \(summary)"
        }
    }

    static func listening(url: String, folder: String, language: Language) -> String {
        language == .zhTW
            ? "正在預覽 \(folder)：\(url)\n存檔後開著的頁面會自動重新載入。按 Ctrl-C 停止。"
            : "Previewing \(folder) at \(url)\nOpen pages reload by themselves when you save. Press Ctrl-C to stop."
    }

    static func clockTime() -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: Date())
        return [parts.hour, parts.minute, parts.second].map { value in
            let number = value ?? 0
            return number < 10 ? "0\(number)" : "\(number)"
        }.joined(separator: ":")
    }
}

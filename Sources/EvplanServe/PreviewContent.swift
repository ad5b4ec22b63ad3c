import Evplan
import EvplanModel
import Foundation

/// One build of the plan as the preview serves it: the rendered pages in memory and what the check found.
public struct PreviewContent: Sendable {
    /// Rendered deliverables by path relative to the site root, e.g. `budget.html`.
    public var files: [String: Data]
    public var result: CheckResult
    /// Set when the plan's own templates cannot be used: then there are no pages at all.
    public var templateFailure: String?
    public var duration: Duration

    public var language: Language { result.language }
    public var hasErrors: Bool { result.errorCount > 0 || templateFailure != nil }

    public init(files: [String: Data], result: CheckResult, templateFailure: String?, duration: Duration) {
        self.files = files
        self.result = result
        self.templateFailure = templateFailure
        self.duration = duration
    }
}

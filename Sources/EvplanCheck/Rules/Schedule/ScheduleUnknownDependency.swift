import Foundation
import EvplanModel

/// A predecessor id that no task has.
public struct ScheduleUnknownDependency: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.unknown-dependency", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "前置作業的編號不存在", en: "A predecessor names an ID no task has"),
        hint: LocalizedText(zh: "把前置欄改成工作表中存在的編號，或補上這項工作。",
                            en: "Use an ID from the task table in the predecessors cell, or add the missing task."))

    /// Suggestions cost a comparison with every id, so only this many distinct unknown ids get one:
    /// the rule stays linear even for a table whose every predecessor is wrong.
    static let suggestedIDs = 100

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let tasks = context.plan.project.tasks
        let ids = tasks.map(\.id.value)
        let known = Set(ids)
        var hints: [String: LocalizedText] = [:]
        var looked: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for task in tasks {
            for predecessor in task.predecessors where !known.contains(predecessor.value) {
                let name = predecessor.value
                guard !name.trimmedOfWhitespaceAndNewlines.isEmpty else { continue }
                if looked.count < Self.suggestedIDs, looked.insert(name).inserted {
                    hints[name] = suggestion(for: name, among: ids)
                }
                diagnostics.append(diagnostic(at: predecessor.location, LocalizedText(
                    zh: "前置作業 \(name) 不存在：沒有工作的編號是 \(name)",
                    en: "Predecessor \(name) does not exist: no task has that ID"), hint: hints[name]))
            }
        }
        return diagnostics
    }

    private func suggestion(for name: String, among ids: [String]) -> LocalizedText? {
        guard let closest = NameSuggestion.closest(to: name, among: ids) else { return nil }
        return LocalizedText(zh: "是不是 \(closest)？把前置欄改成存在的編號，或補上這項工作。",
                             en: "Did you mean \(closest)? Use an existing ID, or add the missing task.")
    }
}

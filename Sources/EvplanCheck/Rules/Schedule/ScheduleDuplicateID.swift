import Foundation
import EvplanModel

/// Two tasks that share one id, so dependencies on that id are ambiguous.
public struct ScheduleDuplicateID: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.duplicate-id", severity: .error, task: .t2, competency: ["P2.2.6", "O2.2.3"],
        summary: LocalizedText(zh: "工作編號重複", en: "Two tasks share an ID"),
        hint: LocalizedText(zh: "給這項工作一個新的編號，並檢查前置欄中引用這個編號的工作指的是哪一項。",
                            en: "Give this task a new ID, and check which task the predecessors that name this ID mean."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var firstByID: [String: WorkItem] = [:]
        var diagnostics: [Diagnostic] = []
        for task in context.plan.project.tasks {
            let id = task.id.value
            // A missing id is not a duplicate; ids are compared exactly as the schedule resolves them.
            guard !id.trimmedOfWhitespaceAndNewlines.isEmpty else { continue }
            guard let first = firstByID[id] else {
                firstByID[id] = task
                continue
            }
            let line = LineReference.text(for: first.location, seenFrom: task.id.location)
            diagnostics.append(diagnostic(at: task.id.location, LocalizedText(
                zh: "編號 \(id) 已用於\(line.zhTW)的「\(first.name.value)」",
                en: "ID \(id) is already used by “\(first.name.value)” on \(line.en)")))
        }
        return diagnostics
    }
}

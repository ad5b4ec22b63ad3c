import Foundation
import EvplanModel

/// A task nobody is responsible for.
public struct ScheduleMissingOwner: Rule {
    public static let descriptor = RuleDescriptor(
        id: "schedule.missing-owner", severity: .warning, task: .t2, competency: ["P2.2.6", "P2.1.4"],
        summary: LocalizedText(zh: "工作沒有負責人", en: "A task has no owner"),
        hint: LocalizedText(zh: "在負責人欄填上負責這項工作的人。", en: "Put the person responsible for the task in its Owner cell."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.plan.project.tasks.compactMap { task in
            let named = task.owners.contains { !$0.value.trimmedOfWhitespaceAndNewlines.isEmpty }
            guard !named else { return nil }
            return diagnostic(at: task.location, LocalizedText(
                zh: "工作 \(task.id.value)「\(task.name.value)」沒有負責人",
                en: "Task \(task.id.value) “\(task.name.value)” has no owner"))
        }
    }
}

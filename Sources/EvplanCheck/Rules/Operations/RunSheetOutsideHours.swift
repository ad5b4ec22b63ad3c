import EvplanModel

/// A run-sheet line lies outside the venue contract's load-in to teardown, or outside its site's opening hours (on the
/// load-in day the contract's load-in time opens the site until midnight, on the teardown day its teardown time closes it).
public struct RunSheetOutsideHours: Rule {
    public static let descriptor = RuleDescriptor(
        id: "runsheet.outside-hours", severity: .warning, task: .t6, competency: ["O6.1.1", "P6.1.4", "O5.3.1"],
        summary: LocalizedText(zh: "工作流程的時間不在場地開放時間或合約的進撤場時間內", en: "A run-sheet line lies outside the venue's hours or the contract's load-in to teardown"),
        hint: LocalizedText(zh: "調整工作時間，或與場地協調加時（寫進 T5 合約的進場、撤場或逾時條款）。",
                            en: "Move the work, or agree extra hours with the venue (the load-in, teardown or overtime terms of the T5 contract)."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let contract = plan.venueDeal.contract
        var diagnostics: [Diagnostic] = []
        for item in plan.operations.runSheet {
            guard let date = item.date?.value, let time = item.time else { continue }
            let start = PlanMoment(date: date, time: time.value.start), end = PlanMoment(date: date, time: time.value.end)
            if let loadIn = contract?.loadIn?.value, start < loadIn {
                diagnostics.append(diagnostic(at: time.location, LocalizedText(
                    zh: "「\(item.task.value)」（\(date) \(time.value.start)）早於合約的進場時間 \(loadIn)",
                    en: "“\(item.task.value)” (\(date) \(time.value.start)) is before the contract's load-in, \(loadIn)")))
                continue
            }
            if let teardown = contract?.teardown?.value, end > teardown {
                diagnostics.append(diagnostic(at: time.location, LocalizedText(
                    zh: "「\(item.task.value)」（\(date) \(time.value.end)）晚於合約的撤場時間 \(teardown)",
                    en: "“\(item.task.value)” (\(date) \(time.value.end)) is after the contract's teardown, \(teardown)")))
                continue
            }
            guard let site = SiteLookup.site(for: item.place?.value, in: plan), let hours = site.hours?.value else { continue }
            var open = hours.start, close = hours.end
            // On the load-in day the contract's load-in time opens the site, and work goes on into the evening.
            if let loadIn = contract?.loadIn?.value, loadIn.date == date { open = min(open, loadIn.time); close = TimeOfDay(minutes: 24 * 60) }
            if let teardown = contract?.teardown?.value, teardown.date == date { close = max(close, teardown.time) }
            if time.value.start < open || time.value.end > close {
                let name = site.name?.value ?? ""
                diagnostics.append(diagnostic(at: time.location, LocalizedText(
                    zh: "「\(item.task.value)」（\(date) \(time.value)）不在\(name.isEmpty ? "場地" : "「\(name)」")的開放時間 \(hours) 內",
                    en: "“\(item.task.value)” (\(date) \(time.value)) lies outside \(name.isEmpty ? "the venue" : name)'s hours, \(hours)")))
            }
        }
        return diagnostics
    }
}

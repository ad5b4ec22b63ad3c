import EvplanModel

/// The insurance does not cover every day from load-in to teardown: the contract's, the run sheet's first and last
/// days and the event's days, whichever reach furthest.
public struct InsurancePeriodGap: Rule {
    public static let descriptor = RuleDescriptor(
        id: "insurance.period-gap", severity: .error, task: .t5, competency: ["O5.3.2", "P5.2.4"],
        summary: LocalizedText(zh: "保險期間沒有涵蓋進場到撤場", en: "The insurance does not cover load-in to teardown"),
        hint: LocalizedText(zh: "請保險公司把保險期間延長到涵蓋進場日到撤場日（含佈置與撤場）。",
                            en: "Have the insurer extend the period to cover load-in to teardown, set-up and teardown included."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let policies = plan.venueDeal.insurance.filter { $0.period != nil }
        guard !policies.isEmpty, let window = Self.window(plan) else { return [] }
        let gaps = VenueUnavailableDates.uncovered(window.range, by: policies.compactMap { $0.period?.value })
        guard let gap = gaps.first else { return [] }
        let list = gaps.map(\.description).joined(separator: "、")
        // The policy whose period comes nearest the gap: the latest ending for a gap at the end, else the earliest.
        let atEnd = gap.start > (policies.compactMap { $0.period?.value.start }.min() ?? gap.start)
        let policy = atEnd ? policies.max { $0.period!.value.end < $1.period!.value.end }! : policies.min { $0.period!.value.start < $1.period!.value.start }!
        return [diagnostic(at: policy.period!.location, LocalizedText(
            zh: "保險期間沒有涵蓋 \(list)；進場到撤場是 \(window.range)（\(window.reason.zhTW)）",
            en: "The insurance does not cover \(list); load-in to teardown is \(window.range) (\(window.reason.en))"))]
    }

    /// Load-in to teardown, and what set its ends.
    static func window(_ plan: Plan) -> (range: DateRange, reason: LocalizedText)? {
        var first: (PlanDate, String, String)?, last: (PlanDate, String, String)?
        func consider(_ date: PlanDate?, _ zh: String, _ en: String) {
            guard let date else { return }
            if first == nil || date < first!.0 { first = (date, zh, en) }
            if last == nil || date > last!.0 { last = (date, zh, en) }
        }
        consider(plan.event?.dates?.value.start, "活動日期", "event dates")
        consider(plan.event?.dates?.value.end, "活動日期", "event dates")
        consider(plan.venueDeal.contract?.loadIn?.value.date, "合約進場", "contract load-in")
        consider(plan.venueDeal.contract?.teardown?.value.date, "合約撤場", "contract teardown")
        for item in plan.operations.runSheet { consider(item.date?.value, "工作流程", "run sheet") }
        guard let first, let last else { return nil }
        return (DateRange(start: first.0, end: last.0),
                LocalizedText(zh: "自\(first.1)至\(last.1)", en: "from the \(first.2) to the \(last.2)"))
    }
}

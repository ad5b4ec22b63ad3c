import EvplanModel

/// A payment milestone falls after the contract's own deadline (a 付款期限 column), or is due before the event (a
/// deposit, `活動前`, `簽約`) but dated after it starts; the venue contract's deposit likewise.
public struct PaymentAfterDeadline: Rule {
    public static let descriptor = RuleDescriptor(
        id: "payment.after-deadline", severity: .warning, task: .t6, competency: ["O6.2.3", "O5.3.1", "P6.2.6"],
        summary: LocalizedText(zh: "付款期程晚於合約期限，或應在活動前付的款排在活動之後", en: "A payment falls after the contract's deadline, or after the event when due before it"),
        hint: LocalizedText(zh: "對照合約改正付款條件的日期，或更新付款期限。", en: "Correct the payment's date against the contract, or update the deadline."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let eventStart = context.plan.event?.dates?.value.start
        var diagnostics: [Diagnostic] = []
        for contractor in context.plan.operations.contractors {
            guard let terms = contractor.paymentTerms else { continue }
            for milestone in contractor.milestones {
                guard let due = milestone.due else { continue }
                if let deadline = contractor.paymentDeadline, due > deadline.value {
                    diagnostics.append(diagnostic(at: terms.location, LocalizedText(
                        zh: "「\(contractor.name.value)」的付款「\(milestone.label)」在 \(due)，晚於付款期限 \(deadline.value)",
                        en: "\(contractor.name.value)'s payment “\(milestone.label)” falls on \(due), after the deadline \(deadline.value)")))
                } else if milestone.beforeEvent, let eventStart, due >= eventStart {
                    diagnostics.append(diagnostic(at: terms.location, LocalizedText(
                        zh: "「\(contractor.name.value)」的付款「\(milestone.label)」應在活動前支付，卻排在 \(due)（活動 \(eventStart) 開始）",
                        en: "\(contractor.name.value)'s payment “\(milestone.label)” is due before the event but falls on \(due) (the event starts \(eventStart))")))
                }
            }
        }
        if let contract = context.plan.venueDeal.contract, let due = contract.depositDue, let eventStart, due.value >= eventStart {
            diagnostics.append(diagnostic(at: due.location, LocalizedText(
                zh: "場地訂金的期限 \(due.value) 不在活動（\(eventStart) 開始）之前", en: "The venue deposit is due \(due.value), not before the event starts on \(eventStart)")))
        }
        return diagnostics
    }
}

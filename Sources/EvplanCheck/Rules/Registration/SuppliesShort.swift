import EvplanModel

/// Desk supplies counted per person (badges, lanyards, handbooks) fewer than attendees + staff.
public struct SuppliesShort: Rule {
    public static let descriptor = RuleDescriptor(
        id: "supplies.short", severity: .warning, task: .t8, competency: ["O8.2.2", "P8.1.1", "S64"],
        summary: LocalizedText(zh: "報到處物資少於報名人數加工作人員", en: "Desk supplies are fewer than attendees plus staff"),
        hint: LocalizedText(zh: "把數量提高到報名人數 + 工作人員（event.md 的 staff:），並預留少量備品。",
                            en: "Raise the quantity to attendees + staff (`staff:` in event.md), with a few spares."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let registration = context.plan.registration
        guard let people = registration.headcount(expected: context.plan.event?.expectedAttendance?.value) else { return [] }
        let staff = registration.settings.staff?.value ?? 0
        let basis = registration.roster.isEmpty ? LocalizedText(zh: "預計", en: "expected") : LocalizedText(zh: "報名", en: "registered")
        return registration.supplies.compactMap { supply in
            guard supply.perPerson, let quantity = supply.quantity, quantity.value < people else { return nil }
            return diagnostic(at: quantity.location, LocalizedText(
                zh: "「\(supply.item.value)」準備 \(quantity.value) 份，但\(basis.zhTW) \(people - staff) 人 + 工作人員 \(staff) 人 = \(people) 人（少 \(people - quantity.value) 份）",
                en: "“\(supply.item.value)”: \(quantity.value) ready, but \(people - staff) \(basis.en) + \(staff) staff = \(people) people (\(people - quantity.value) short)"))
        }
    }
}

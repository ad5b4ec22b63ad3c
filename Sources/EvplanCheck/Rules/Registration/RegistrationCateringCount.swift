import EvplanModel
import Foundation

/// A per-head meal line in T3 (便當 … 份) ordering fewer than the people on site: registrations + staff.
public struct RegistrationCateringCount: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.catering-count", severity: .info, task: .t8, competency: ["O8.1.2", "S63", "O3.2.2"],
        summary: LocalizedText(zh: "餐飲份數少於報名人數加工作人員", en: "A meal line orders fewer portions than registrations plus staff"),
        hint: LocalizedText(zh: "依報名人數 + 工作人員調整 T3 餐飲的數量（多天活動每天各算一次）；若部分報名者不用餐，可以不理會。",
                            en: "Set T3's meal quantity from registrations + staff (once per day for several days); if some registrants do not eat, ignore this."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let registration = context.plan.registration
        guard !registration.roster.isEmpty, let people = registration.headcount(expected: nil) else { return [] }
        let staff = registration.settings.staff?.value ?? 0
        return RegistrationFigures.perHeadMealLines(context.plan.budget).compactMap { line in
            guard let quantity = line.quantity, quantity.value < Decimal(people) else { return nil }
            let q = AmountText.format(quantity.value), unit = line.unit ?? ""
            return diagnostic(at: quantity.location, LocalizedText(
                zh: "「\(line.item.value)」\(q) \(unit)；報名 \(people - staff) 人 + 工作人員 \(staff) 人 = \(people) 人",
                en: "“\(line.item.value)”: \(q) \(unit); \(people - staff) registered + \(staff) staff = \(people) people"))
        }
    }
}

import EvplanModel
import Foundation

/// Public-liability insurance below the minimums: `insurance_minimum:` in event.md, else 臺北市大型群眾活動安全管理
/// 自治條例's (see `InsuranceMinimum`).
public struct InsuranceBelowMinimum: Rule {
    public static let descriptor = RuleDescriptor(
        id: "insurance.below-minimum", severity: .warning, task: .t5, competency: ["O5.3.2", "P5.2.4"],
        summary: LocalizedText(zh: "公共意外責任險的保額低於最低金額", en: "Public-liability cover is below the minimum"),
        hint: LocalizedText(
            zh: "提高保額到最低金額以上。預設依臺北市大型群眾活動安全管理自治條例（每一個人體傷 300 萬、每一事故體傷 1,500 萬、財損 200 萬、保險期間總額 3,400 萬）；其他縣市請在 event.md 以 insurance_minimum: 設定。",
            en: "Raise the cover to the minimum. The default is Taipei City's Large-Scale Public Event Safety Management Autonomous Regulation (NT$3M per person, NT$15M per accident, NT$2M property, NT$34M aggregate); set another city's with `insurance_minimum:` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let minimum = context.plan.event?.insuranceMinimum ?? InsuranceMinimum()
        var diagnostics: [Diagnostic] = []
        for policy in context.plan.venueDeal.insurance {
            let kind = policy.kind.value.lowercased()
            guard kind.contains("公共意外") || kind.contains("責任") || kind.contains("liability") else { continue }
            let amounts: [(Located<Decimal>?, Decimal, String, String)] = [
                (policy.perPerson, minimum.perPerson, "每一個人體傷", "per person"),
                (policy.perAccident, minimum.perAccident, "每一事故體傷", "per accident"),
                (policy.property, minimum.property, "財損", "property"),
                (policy.aggregate, minimum.aggregate, "保險期間總額", "aggregate"),
            ]
            for (amount, floor, zh, en) in amounts {
                guard let amount, amount.value < floor else { continue }
                diagnostics.append(diagnostic(at: amount.location, LocalizedText(
                    zh: "「\(policy.kind.value)」的\(zh) \(AmountText.format(amount.value)) 低於最低金額 \(AmountText.format(floor))（\(minimum.source)）",
                    en: "“\(policy.kind.value)” covers \(AmountText.format(amount.value)) \(en), below the minimum \(AmountText.format(floor)) (\(minimum.source))")))
            }
        }
        return diagnostics
    }
}

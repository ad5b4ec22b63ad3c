import EvplanModel
import Foundation

/// The channels' costs (T7) do not add up to the T3 expense lines of a marketing category.
public struct MarketingCostMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "marketing.cost-mismatch", severity: .warning, task: .t7, competency: ["P7.1.6", "P3.2.2", "O7.1.1"],
        summary: LocalizedText(zh: "宣傳通路費用與預算的行銷支出不符", en: "Channel costs differ from the budget's marketing lines"),
        hint: LocalizedText(
            zh: "讓 T7 通路表的「費用」合計等於 T3 支出中類別為行銷／宣傳（或廣告、推廣、公關）的項目合計：補上漏列的通路或預算項目，或改正其中一邊的金額。",
            en: "Make the channels' costs add up to the T3 expense lines whose category is marketing (or promotion, advertising, publicity): add the channel or budget line that is missing, or correct one side."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let channels = context.plan.marketing.channels.filter { $0.cost != nil }
        guard let first = channels.first?.cost else { return [] }
        let channelTotal = channels.reduce(Decimal(0)) { $0 + ($1.cost?.value ?? 0) }
        let lines = Marketing.budgetLines(in: context.plan.budget)
        let budgetTotal = lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) }
        guard !channelTotal.isNaN, !budgetTotal.isNaN, channelTotal != budgetTotal else { return [] }
        let c = AmountText.format(channelTotal), b = AmountText.format(budgetTotal)
        if lines.isEmpty {
            guard channelTotal != 0 else { return [] }
            return [diagnostic(at: first.location, LocalizedText(
                zh: "宣傳通路費用合計 \(c)，但 T3 支出沒有類別為行銷／宣傳的項目（以「類別」欄對應）",
                en: "The channels cost \(c) in all, but no T3 expense line has a marketing category (lines are matched by their category)"))]
        }
        var categories: [String] = []
        for line in lines { if let name = line.category?.value, !categories.contains(name) { categories.append(name) } }
        let difference = AmountText.format(abs(channelTotal - budgetTotal))
        let seen = LineReference.text(for: lines[0].location, seenFrom: first.location)
        return [diagnostic(at: first.location, LocalizedText(
            zh: "宣傳通路費用合計 \(c)，但 T3 類別「\(categories.joined(separator: "、"))」的支出合計 \(b)（相差 \(difference)；見 \(seen.zhTW)）",
            en: "The channels cost \(c) in all, but the T3 expense lines in “\(categories.joined(separator: ", "))” add up to \(b) (\(difference) apart; see \(seen.en))"))]
    }
}

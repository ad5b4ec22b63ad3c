import EvplanModel

/// A package with fewer than three quotes (P6.2.3 asks for complete quotes; three is the usual public-procurement habit).
public struct QuoteTooFew: Rule {
    public static let descriptor = RuleDescriptor(
        id: "quote.too-few", severity: .info, task: .t6, competency: ["O6.2.2", "P6.2.3"],
        summary: LocalizedText(zh: "發包項目的報價少於三家", en: "A package has fewer than three quotes"),
        hint: LocalizedText(zh: "再取得報價，讓比較至少有三家；若只有一家能做（獨家），在理由欄寫明。",
                            en: "Get more quotes so that at least three are compared; if only one supplier can do it, say so in the reason."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.plan.operations.quotes.compactMap { package in
            guard package.offers.count < 3 else { return nil }
            return diagnostic(at: package.item.location, LocalizedText(
                zh: "「\(package.item.value)」只有 \(package.offers.count) 家報價", en: "“\(package.item.value)” has \(package.offers.count) quote(s), fewer than three"))
        }
    }
}

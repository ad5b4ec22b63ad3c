import EvplanModel

/// A contractor's 統一編號 fails the Ministry of Finance check (`TaxID`: weights 1 2 1 2 1 2 4 1, digit sums, divisible
/// by 5 since 2023-04-01, the 7th digit 7 counted either way).
public struct SupplierInvalidTaxID: Rule {
    public static let descriptor = RuleDescriptor(
        id: "supplier.invalid-tax-id", severity: .error, task: .t6, competency: ["O6.2.1", "O6.2.3", "P6.2.6"],
        summary: LocalizedText(zh: "承包廠商的統一編號無效（檢查碼不符）", en: "A contractor's tax ID (統一編號) is invalid (check digit)"),
        hint: LocalizedText(zh: "向廠商確認統一編號（可在財政部「營業登記資料公示查詢」查到），改正 T6 承包廠商表的統一編號欄。",
                            en: "Confirm the number with the contractor (the Ministry of Finance business registry lists it) and correct the tax ID in the T6 contractors table."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.plan.operations.contractors.compactMap { contractor in
            guard let taxID = contractor.taxID, let problem = TaxID.problem(taxID.value) else { return nil }
            let name = contractor.name.value
            switch problem {
            case .notEightDigits:
                return diagnostic(at: taxID.location, LocalizedText(
                    zh: "「\(name)」的統一編號「\(taxID.value)」不是 8 位數字", en: "\(name)'s tax ID “\(taxID.value)” is not eight digits"))
            case let .checkDigit(sum):
                return diagnostic(at: taxID.location, LocalizedText(
                    zh: "「\(name)」的統一編號「\(taxID.value)」檢查碼不符：加權和 \(sum) 不能被 5 整除（財政部 2023 年起的規則）",
                    en: "\(name)'s tax ID “\(taxID.value)” fails the check digit: its weighted sum \(sum) is not divisible by 5 (Ministry of Finance rule since 2023)"))
            }
        }
    }
}

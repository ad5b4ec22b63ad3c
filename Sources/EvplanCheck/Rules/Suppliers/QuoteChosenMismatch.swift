import EvplanModel
import Foundation

/// The chosen quote is not the contractor's contract amount, or the contract is not what T3 budgets for it. A quote
/// package is linked to a contractor by the name in its chosen cell (`廠商甲（聲光整合）`) or by its item matching the
/// contractor's scope; a contractor to a T3 line by a 廠商/Supplier column on that line, or else by the line's item
/// matching the contractor's scope or name. The message says which link it used.
public struct QuoteChosenMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "quote.chosen-mismatch", severity: .warning, task: .t6, competency: ["O6.2.2", "O6.2.3", "P6.2.5", "O3.1.1"],
        summary: LocalizedText(zh: "選定的報價與合約金額或 T3 預算不符", en: "The chosen quote differs from the contract amount or the T3 budget"),
        hint: LocalizedText(zh: "確認最後簽約的金額，讓報價比較的選定金額、承包廠商的合約金額與 T3 的預算項目一致。",
                            en: "Settle the signed amount and make the chosen quote, the contractor's contract amount and the T3 line agree."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let operations = context.plan.operations
        var diagnostics: [Diagnostic] = []
        for package in operations.quotes {
            guard let offer = package.chosenOffer, let chosen = package.chosen else { continue }
            guard let (contractor, how) = Self.contractor(for: package, in: operations.contractors),
                  let amount = contractor.amount, amount.value != offer.amount.value else { continue }
            diagnostics.append(diagnostic(at: offer.amount.location, LocalizedText(
                zh: "「\(package.item.value)」選定的報價 \(AmountText.format(offer.amount.value)) 與「\(contractor.name.value)」的合約金額 \(AmountText.format(amount.value)) 不符（\(how.zhTW)）",
                en: "The chosen quote for “\(package.item.value)”, \(AmountText.format(offer.amount.value)), differs from \(contractor.name.value)'s contract amount \(AmountText.format(amount.value)) (\(how.en))"),
                hint: LocalizedText(zh: "選定欄寫的是「\(chosen.value)」。" + Self.descriptor.hint.zhTW, en: "The chosen cell says “\(chosen.value)”. " + Self.descriptor.hint.en)))
        }
        let lines = context.plan.budget.tables.filter { $0.side == .expense }.flatMap(\.rows).filter { $0.kind == .line }
        for contractor in operations.contractors {
            guard let amount = contractor.amount else { continue }
            let linked = Self.budgetLines(for: contractor, in: lines)
            guard !linked.lines.isEmpty else { continue }
            let budgeted = linked.lines.compactMap(\.effectiveAmount).reduce(Decimal(0), +)
            guard budgeted != amount.value else { continue }
            let items = linked.lines.map { "「\($0.item.value)」" }.joined(separator: "、")
            diagnostics.append(diagnostic(at: amount.location, LocalizedText(
                zh: "「\(contractor.name.value)」的合約金額 \(AmountText.format(amount.value)) 與 T3 的 \(items) 合計 \(AmountText.format(budgeted)) 不符（\(linked.how.zhTW)）",
                en: "\(contractor.name.value)'s contract amount \(AmountText.format(amount.value)) differs from T3's \(items), \(AmountText.format(budgeted)) in all (\(linked.how.en))")))
        }
        return diagnostics
    }

    static func key(_ text: String) -> String { Operations.key(text) }

    /// The contractor a package's chosen quote went to, and how it was found.
    static func contractor(for package: QuotePackage, in contractors: [Contractor]) -> (Contractor, LocalizedText)? {
        if let name = package.chosenName.map(key), !name.isEmpty,
           let found = contractors.first(where: { key($0.name.value).contains(name) || name.contains(key($0.name.value)) }) {
            return (found, LocalizedText(zh: "依選定欄的廠商名稱對應", en: "matched by the supplier named in the chosen cell"))
        }
        let item = key(package.item.value)
        if let found = contractors.first(where: { contractor in
            guard let scope = contractor.scope.map(key), !scope.isEmpty else { return false }
            return scope.contains(item) || item.contains(scope)
        }) {
            return (found, LocalizedText(zh: "依項目名稱對應承包項目", en: "matched by the item name against the contractor's scope"))
        }
        return nil
    }

    /// The T3 expense lines that budget for a contractor: those whose 廠商/Supplier column names it, else those whose item
    /// is the contractor's scope or name.
    static func budgetLines(for contractor: Contractor, in lines: [BudgetRow]) -> (lines: [BudgetRow], how: LocalizedText) {
        let name = key(contractor.name.value)
        let supplierHeaders = ["廠商", "供應商", "承包商", "supplier", "vendor", "contractor"]
        let bySupplier = lines.filter { line in
            line.extra.contains { cell in
                supplierHeaders.contains(key(cell.header)) && !cell.value.isEmpty && (key(cell.value).contains(name) || name.contains(key(cell.value)))
            }
        }
        if !bySupplier.isEmpty { return (bySupplier, LocalizedText(zh: "依 T3 的廠商欄對應", en: "linked by T3's supplier column")) }
        let scope = contractor.scope.map(key) ?? ""
        let byItem = lines.filter { line in
            let item = key(line.item.value)
            return item == name || (!scope.isEmpty && item == scope)
        }
        return (byItem, LocalizedText(zh: "依 T3 的項目名稱對應", en: "linked by the T3 item name"))
    }
}

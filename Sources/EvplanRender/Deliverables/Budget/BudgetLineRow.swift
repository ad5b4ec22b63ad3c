import EvplanModel
import Mustache

/// One budget line as the table shows it; blank cells stay blank, a line with no amount shows a dash.
struct BudgetLineRow: TemplateValue {
    let item: String
    let category: String
    let unitPrice: String
    let quantity: String
    let unit: String
    let amount: String
    let note: String
    /// 經費來源, as written.
    let fundingSource: String
    let extras: [String]

    init(_ row: BudgetRow, extraHeaders: [String], money: MoneyText) {
        item = row.item.value
        category = row.category?.value ?? ""
        unitPrice = row.unitPrice.map { money.plain($0.value) } ?? ""
        quantity = row.quantity.map { DecimalText.grouped($0.value) } ?? ""
        unit = row.unit ?? ""
        amount = row.effectiveAmount.map(money.plain) ?? "—"
        // An amount converted from another currency shows what was written (`US$1,200 × 32.1`).
        note = ([row.note ?? ""] + row.conversions).filter { !$0.isEmpty }.joined(separator: "；")
        fundingSource = row.fundingSource?.value ?? ""
        extras = extraHeaders.map { header in row.extra.first { $0.header == header }?.value ?? "" }
    }

    /// The union of several tables' extra headers, in the order they first appear.
    static func mergedHeaders(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        var merged: [String] = []
        for header in lists.joined() where seen.insert(header).inserted { merged.append(header) }
        return merged
    }
}

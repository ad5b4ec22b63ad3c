import Foundation

/// Reads a tofuConf account the way its readers do and adds it up independently of evplan: in the 収入 and
/// 支出 sections, every row with a number in the last column is a line, and the row that says 合計 (in
/// whichever column) declares the total of the lines above it.
struct TofuConfAccountOracle {
    struct Total {
        let section: String
        let line: Int
        let declared: Decimal
        let sum: Decimal
        var isMisAdded: Bool { declared != sum }
    }

    struct LineItem {
        let section: String
        let line: Int
        let amount: Decimal
        let unitPrice: Decimal?
        let count: Decimal?
    }

    private(set) var totals: [Total] = []
    private(set) var lineItems: [LineItem] = []

    init(text: String) {
        for table in PublishedTable.tables(in: text) where table.section == "収入" || table.section == "支出" {
            let priceColumn = table.column(containing: "単価"), countColumn = table.column(containing: "個数")
            var linesSoFar: [LineItem] = []
            for row in table.rows {
                guard let last = row.cells.last, let amount = Decimal(string: last, locale: Locale(identifier: "en_US_POSIX")),
                      last.allSatisfy({ $0.isNumber || $0 == "-" }) else { continue }
                if row.cells.contains("合計") {
                    let sum = linesSoFar.reduce(Decimal(0)) { $0 + $1.amount }
                    totals.append(Total(section: table.section, line: row.line, declared: amount, sum: sum))
                    continue
                }
                func number(_ column: Int?) -> Decimal? {
                    guard let column, column < row.cells.count else { return nil }
                    return Decimal(string: row.cells[column], locale: Locale(identifier: "en_US_POSIX"))
                }
                let item = LineItem(section: table.section, line: row.line, amount: amount, unitPrice: number(priceColumn), count: number(countColumn))
                linesSoFar.append(item)
                lineItems.append(item)
            }
        }
    }

    var misAddedTotals: [Total] { totals.filter(\.isMisAdded) }

    func sum(of section: String) -> Decimal {
        lineItems.filter { $0.section == section }.reduce(Decimal(0)) { $0 + $1.amount }
    }

    /// Lines whose 単価 × 個数 differs from their 支出小計.
    var unitPriceMismatches: [LineItem] {
        lineItems.filter { item in
            guard let price = item.unitPrice, let count = item.count else { return false }
            return price * count != item.amount
        }
    }
}

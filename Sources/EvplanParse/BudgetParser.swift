import EvplanDocument
import EvplanModel

/// T3: expense and income tables, with their declared total and subtotal rows.
enum BudgetParser {
    static func parse(_ table: Table, side: BudgetSide, title: String, values: inout CellValues, diagnostics: inout [Diagnostic]) -> BudgetTable {
        let reader = TableReader(table, schema: BudgetColumn.schema)
        diagnostics += reader.diagnostics
        var rows: [BudgetRow] = []
        var coverage = Coverage()
        // An `Item | Amount` table may leave the item column unnamed; then the first column is the item.
        let itemFallback = reader.has(.item) ? nil : 0
        for row in reader.rows where !row.isEmpty {
            let itemCell = row.cell(.item) ?? itemFallback.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
            var item = Located(itemCell?.text ?? "", at: itemCell?.location ?? row.location)
            var kind = rowKind(item.value)
            // Published accounts often put 合計 in the first column even when the item column is another one.
            if kind == .line, let first = row.cells.first, rowKind(first.text) != .line {
                kind = rowKind(first.text)
                item = Located(first.text, at: first.location)
            }
            var budgetRow = BudgetRow(
                kind: kind, item: item,
                category: row.cell(.category).map { Located($0.text, at: $0.location) },
                unitPrice: values.money(row.cell(.unitPrice)),
                quantity: values.quantity(row.cell(.quantity)),
                unit: row.cell(.unit)?.text,
                amount: values.money(row.cell(.amount)),
                note: row.cell(.note)?.text,
                extra: row.extra,
                location: row.location)
            // `| 企業贊助 | 300,000 |` in a table whose second column is 單價: a row that gives only one figure gives
            // its amount (design: "a row may give only an amount").
            if budgetRow.amount == nil, budgetRow.quantity == nil, let only = budgetRow.unitPrice {
                budgetRow.amount = only
                budgetRow.unitPrice = nil
            }
            if kind != .line {
                budgetRow.covers = coverage.covered(by: budgetRow, at: rows.count)
            }
            coverage.add(budgetRow, at: rows.count)
            rows.append(budgetRow)
        }
        return BudgetTable(side: side, title: title, extraHeaders: reader.extraHeaders, rows: rows, location: table.location)
    }

    /// Where the lines each kind of total row adds up begin, kept as rows are read.
    struct Coverage {
        private var lastBoundary = -1
        private var lastTotal = -1
        private var linesSinceBoundary = 0

        /// Which earlier lines a total row adds up: every line for 合計/Total; for 小計/Subtotal, the lines of the
        /// category it names, else the lines since the previous subtotal or total, else (a subtotal of subtotals)
        /// every line since the last grand total.
        func covered(by totalRow: BudgetRow, at index: Int) -> BudgetCoverage {
            switch totalRow.kind {
            case .line: .rows([])
            case .total: .lines(from: 0, to: index)
            case .subtotal:
                if let category = totalRow.category?.value { .category(category, before: index) }
                else if linesSinceBoundary > 0 { .lines(from: lastBoundary + 1, to: index) }
                else { .lines(from: lastTotal + 1, to: index) }
            }
        }

        mutating func add(_ row: BudgetRow, at index: Int) {
            switch row.kind {
            case .line:
                linesSinceBoundary += 1
            case .subtotal:
                lastBoundary = index
                linesSinceBoundary = 0
            case .total:
                lastBoundary = index
                lastTotal = index
                linesSinceBoundary = 0
            }
        }
    }

    static func rowKind(_ item: String) -> BudgetRow.Kind {
        // Every total word below holds 計 or 總, or a `t`; most lines hold none of them and need no folding.
        guard TextSearch.contains(item, "計") || TextSearch.contains(item, "總") || item.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "t") }) else {
            return .line
        }
        // Only the ends of an item decide (合計, 小計, Total…): a megabyte-long item need not be folded whole.
        let ends = item.utf8.count > 400 ? String(item.prefix(100)) + String(item.suffix(100)) : item
        let key = ends.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" }
        if key.hasSuffix("小計") || key == "subtotal" || key.hasPrefix("subtotal") { return .subtotal }
        let totals = ["合計", "總計", "總額", "總和", "total", "grandtotal", "totals", "totalexpenses", "totalincome", "totalcost", "totalcosts"]
        // English totals are matched whole: "Totally new chairs" is a line, not a total.
        if totals.contains(key) || key.hasSuffix("合計") || key.hasSuffix("總計") { return .total }
        return .line
    }
}

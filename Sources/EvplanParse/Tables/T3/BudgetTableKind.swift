import Foundation
import EvplanDocument
import EvplanModel

/// T3: expense and income tables, with their declared total and subtotal rows. A table under an income or expense
/// section, or, under any other heading, a cost table (an item, an amount, and a unit price or a quantity column).
struct BudgetTableKind: TableKind {
    typealias Column = BudgetColumn
    static let task = TaskCode.t3
    static let columnsID = "budget"

    private var side: BudgetSide?

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        guard heading.level <= 2 else { return }
        // Income is tested first: 收入 headings sometimes also mention 支出 ("收入與支出" is split by tables below).
        side = context.vocabulary.heading(heading.text, names: "income") ? .income
            : context.vocabulary.heading(heading.text, names: "expenses") ? .expense : nil
    }

    func expectsTables(_ context: ParseContext) -> Bool { side != nil }

    func claims(_ reader: TableReader<BudgetColumn>, context: ParseContext) -> Bool {
        // Under another heading (## 預算明細), a cost table (price or quantity, and amount) is still the plan's costs;
        // a two-column summary (項目 | 金額, as under 差引残高) is not.
        side != nil || Self.has(reader, [.item, .amount], anyOf: [.unitPrice, .quantity])
    }

    mutating func read(_ reader: TableReader<BudgetColumn>, below previous: Block?, context: inout ParseContext) {
        // `單位：新臺幣萬元` in the paragraph right above: every amount of the table is in 萬元, unless its header says otherwise.
        var tableScale: Decimal?
        if case let .prose(prose)? = previous { tableScale = context.vocabulary.scale(ofUnitLine: prose.text) }
        context.records.budgetTables.append(Self.parse(reader, side: side ?? .expense, title: context.sectionTitle, tableScale: tableScale,
                                                       vocabulary: context.vocabulary, values: &context.cells))
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let expenses = vocabulary.example(section: "expenses"), income = vocabulary.example(section: "income")
        let item = vocabulary.example(column: "item", of: columnsID), amount = vocabulary.example(column: "amount", of: columnsID)
        let price = vocabulary.example(column: "unitPrice", of: columnsID), quantity = vocabulary.example(column: "quantity", of: columnsID)
        return LocalizedText(
            zh: "若這是預算表，把它放在標題含「\(expenses.zh)」或「\(income.zh)」的段落下，或讓表頭有「\(item.zh)」、「\(amount.zh)」欄，以及「\(price.zh)」或「\(quantity.zh)」欄。",
            en: "To read it as budget lines, put it under a heading containing “\(expenses.en)” or “\(income.en)”, or give it “\(item.en)” and “\(amount.en)” columns and a “\(price.en)” or “\(quantity.en)” column.")
    }

    static func parse(_ reader: TableReader<BudgetColumn>, side: BudgetSide, title: String, tableScale: Decimal?,
                      vocabulary: Vocabulary, values: inout CellValues) -> BudgetTable {
        let table = reader.table
        let priceScale = reader.scales[.unitPrice] ?? tableScale
        let amountScale = reader.scales[.amount] ?? tableScale
        var rows: [BudgetRow] = []
        var coverage = Coverage()
        // An `Item | Amount` table may leave the item column unnamed; then the first column is the item.
        let itemFallback = reader.has(.item) ? nil : 0
        for row in reader.rows where !row.isEmpty {
            let itemCell = row.cell(.item) ?? itemFallback.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
            var item = Located(itemCell?.text ?? "", at: itemCell?.location ?? row.location)
            var kind = rowKind(item.value, vocabulary: vocabulary)
            // Published accounts often put 合計 in the first column even when the item column is another one.
            if kind == .line, let first = row.cells.first, rowKind(first.text, vocabulary: vocabulary) != .line {
                kind = rowKind(first.text, vocabulary: vocabulary)
                item = Located(first.text, at: first.location)
            }
            var budgetRow = BudgetRow(
                kind: kind, item: item,
                category: row.cell(.category).map { Located($0.text, at: $0.location) },
                unitPrice: scaled(values.money(row.cell(.unitPrice)), by: priceScale),
                quantity: values.quantity(row.cell(.quantity)),
                unit: row.cell(.unit)?.text,
                amount: scaled(values.money(row.cell(.amount)), by: amountScale),
                note: row.cell(.note)?.text,
                fundingSource: row.cell(.fundingSource).flatMap { $0.text.isEmpty ? nil : Located($0.text, at: $0.location) },
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

    private static func scaled(_ amount: Located<Decimal>?, by scale: Decimal?) -> Located<Decimal>? {
        guard let scale, scale != 1, let amount else { return amount }
        return Located(amount.value * scale, at: amount.location)
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

    static func rowKind(_ item: String, vocabulary: Vocabulary) -> BudgetRow.Kind {
        // Every total word holds 計 or 總, or a `t`; most lines hold none of them and need no folding.
        if vocabulary.isSurelyLine(item) { return .line }
        // Only the ends of an item decide (合計, 小計, Total…): a megabyte-long item need not be folded whole.
        let ends = item.utf8.count > 400 ? String(item.prefix(100)) + String(item.suffix(100)) : item
        let key = ends.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" }
        if vocabulary.subtotalSuffixes.contains(where: key.hasSuffix) || vocabulary.subtotalPrefixes.contains(where: key.hasPrefix) { return .subtotal }
        // English totals are matched whole: "Totally new chairs" is a line, not a total.
        if vocabulary.totalWords.contains(key) || vocabulary.totalSuffixes.contains(where: key.hasSuffix) { return .total }
        return .line
    }
}

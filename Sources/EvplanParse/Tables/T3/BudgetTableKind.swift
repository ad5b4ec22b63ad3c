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
    /// Under `## 經費來源` / `## 經費分攤`: a summary of where the money comes from, not more income.
    private var inFundingSummary = false

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        guard heading.level <= 2 else { return }
        // Income is tested first: 收入 headings sometimes also mention 支出 ("收入與支出" is split by tables below).
        inFundingSummary = context.vocabulary.heading(heading.text, names: "fundingSummary")
        side = inFundingSummary || context.vocabulary.heading(heading.text, names: "income") ? .income
            : context.vocabulary.heading(heading.text, names: "expenses") ? .expense : nil
    }

    /// A funding summary stays in the prose as written (the proposal shows it); its figures go to
    /// `Budget.fundingSummaries`. Every other budget table becomes records.
    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? {
        let reader = TableReader<BudgetColumn>(table, columns: context.vocabulary.table(Self.columnsID), vocabulary: context.vocabulary)
        guard claims(reader, context: context) else { return nil }
        context.diagnostics += reader.diagnostics
        read(reader, below: previous, context: &context)
        return inFundingSummary ? .partOfSection : .records
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
        let table = Self.parse(reader, side: side ?? .expense, title: context.sectionTitle, tableScale: tableScale,
                               vocabulary: context.vocabulary, values: &context.cells)
        if inFundingSummary {
            context.append(\.fundingSummaries, table)
        } else {
            context.append(\.budgetTables, table)
        }
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
        // Grant-style group rows (`一、場地及設施費`) name the category of the lines below them when there is no 類別 column.
        var group: (name: Located<String>, row: Int)?
        func closeGroup() {
            guard let open = group else { return }
            group = nil
            if rows[(open.row + 1)...].contains(where: { $0.kind == .line }) {
                rows[open.row].covers = .category(open.name.value, before: rows.count)
            } else {
                // A numbered line (`一、場地租金 | 50,000`) with no lines under it is a line, not a group.
                rows[open.row].kind = .line
                rows[open.row].category = nil
                rows[open.row].covers = .rows([])
            }
        }
        for row in reader.rows where !row.isEmpty {
            let itemCell = row.cell(.item) ?? itemFallback.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
            var item = Located(itemCell?.text ?? "", at: itemCell?.location ?? row.location)
            var kind = rowKind(item.value, vocabulary: vocabulary)
            // Published accounts often put 合計 in the first column even when the item column is another one.
            if kind == .line, let first = row.cells.first, rowKind(first.text, vocabulary: vocabulary) != .line {
                kind = rowKind(first.text, vocabulary: vocabulary)
                item = Located(first.text, at: first.location)
            }
            if kind == .line, !reader.has(.category), row.cell(.unitPrice) == nil, row.cell(.quantity) == nil,
               let name = groupName(item.value) {
                closeGroup()
                let category = Located(name, at: item.location)
                var groupRow = BudgetRow(kind: .subtotal, item: item, category: category,
                                         amount: scaled(values.money(row.cell(.amount)), by: amountScale),
                                         note: row.cell(.note)?.text, extra: row.extra, location: row.location)
                groupRow.covers = .category(name, before: rows.count)
                coverage.add(groupRow, at: rows.count)
                group = (category, rows.count)
                rows.append(groupRow)
                continue
            }
            if kind == .total { closeGroup() }
            var budgetRow = BudgetRow(
                kind: kind, item: item,
                category: row.cell(.category).map { Located($0.text, at: $0.location) } ?? (kind == .line ? group?.name : nil),
                unitPrice: scaled(values.money(row.cell(.unitPrice)), by: isForeign(row.cell(.unitPrice), values) ? nil : priceScale),
                quantity: values.quantity(row.cell(.quantity)),
                unit: row.cell(.unit)?.text,
                amount: scaled(values.money(row.cell(.amount)), by: isForeign(row.cell(.amount), values) ? nil : amountScale),
                note: row.cell(.note)?.text,
                fundingSource: row.cell(.fundingSource).flatMap { $0.text.isEmpty ? nil : Located($0.text, at: $0.location) },
                extra: row.extra,
                location: row.location)
            budgetRow.actual = scaled(values.money(row.cell(.actual)), by: reader.scales[.actual] ?? tableScale)
            // `| 企業贊助 | 300,000 |` in a table whose second column is 單價: a row that gives only one figure gives
            // its amount (design: "a row may give only an amount").
            if budgetRow.amount == nil, budgetRow.quantity == nil, let only = budgetRow.unitPrice {
                budgetRow.amount = only
                budgetRow.unitPrice = nil
            }
            budgetRow.conversions = [row.cell(.unitPrice), row.cell(.amount)].compactMap { values.conversion(at: $0?.location) }
            if kind != .line {
                // A group row is a boundary like a subtotal: a 小計 under it covers the lines since it.
                budgetRow.covers = coverage.covered(by: budgetRow, at: rows.count)
            }
            coverage.add(budgetRow, at: rows.count)
            rows.append(budgetRow)
        }
        closeGroup()
        return BudgetTable(side: side, title: title, extraHeaders: reader.extraHeaders, rows: rows, location: table.location)
    }

    /// The category a grant-style group row names: `一、場地及設施費`, `（二）宣傳費`, `壹、人事費`, `A. Venue` → the name
    /// without its number; nil for any other item.
    static func groupName(_ item: String) -> String? {
        let text = item.trimmedOfWhitespace
        let numerals = Set("一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾")
        var rest = Substring(text)
        let bracketed = rest.first.map { "(（".contains($0) } ?? false
        if bracketed { rest = rest.dropFirst() }
        let number = rest.prefix { numerals.contains($0) }
        guard !number.isEmpty, number.count <= 3 else { return nil }
        rest = rest.dropFirst(number.count)
        if bracketed {
            guard let close = rest.first, ")）".contains(close) else { return nil }
            rest = rest.dropFirst()
        } else {
            guard let mark = rest.first, "、.．,，:：".contains(mark) else { return nil }
            rest = rest.dropFirst()
        }
        let name = rest.trimmedOfWhitespace
        return name.isEmpty ? nil : name
    }

    /// An amount written in another currency (`US$1,500` in a 萬元 table) is in that currency's units, not in 萬元.
    private static func isForeign(_ cell: Cell?, _ values: CellValues) -> Bool {
        guard let cell, let code = MoneyParser.parseMoney(cell.text)?.currency.map(Money.normalizedCode) else { return false }
        return code != Money.normalizedCode(values.currency)
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

import Foundation

public enum BudgetSide: String, Sendable {
    case expense, income
}

public struct BudgetRow: Sendable {
    public enum Kind: Sendable, Hashable {
        case line
        /// A 小計/Subtotal row: totals the lines since the previous subtotal, or one category's lines when it names one.
        case subtotal
        /// A 合計/總計/Total row: totals every line of its table.
        case total
    }

    public var kind: Kind
    public var item: Located<String>
    public var category: Located<String>?
    public var unitPrice: Located<Decimal>?
    public var quantity: Located<Decimal>?
    public var unit: String?
    /// The amount as written in the row, if it was.
    public var amount: Located<Decimal>?
    public var note: String?
    /// 實際/Actual: what the line really cost or brought in, written after the event (closure report).
    public var actual: Located<Decimal>?
    /// 經費來源: who pays for an expense line (申請補助, 自籌, 贊助 or an income category), as written.
    public var fundingSource: Located<String>?
    public var extra: [ExtraCell]
    /// Amounts written in another currency and converted with event.md's `rates:`, as written (`US$1,200 × 32.1`).
    public var conversions: [String] = []
    /// For subtotal and total rows: which lines of the table they total.
    public var covers: BudgetCoverage
    public var location: SourceLocation

    public init(kind: Kind, item: Located<String>, category: Located<String>? = nil, unitPrice: Located<Decimal>? = nil,
                quantity: Located<Decimal>? = nil, unit: String? = nil, amount: Located<Decimal>? = nil, note: String? = nil,
                fundingSource: Located<String>? = nil, extra: [ExtraCell] = [], covers: BudgetCoverage = .rows([]), location: SourceLocation) {
        self.kind = kind
        self.item = item
        self.category = category
        self.unitPrice = unitPrice
        self.quantity = quantity
        self.unit = unit
        self.amount = amount
        self.note = note
        self.fundingSource = fundingSource
        self.extra = extra
        self.covers = covers
        self.location = location
    }

    /// Unit price × quantity, when both are given.
    public var computedAmount: Decimal? {
        guard let price = unitPrice?.value, let quantity = quantity?.value else { return nil }
        return price * quantity
    }

    /// What the line contributes: its written amount, else unit price × quantity, else nothing.
    public var effectiveAmount: Decimal? { amount?.value ?? computedAmount }
}

/// The lines a total row adds up, described rather than listed, so that a table whose every line is followed by a
/// running 合計 stays linear to read and check.
public enum BudgetCoverage: Sendable, Hashable {
    /// These rows (indices in the table's `rows`).
    case rows([Int])
    /// The lines among rows `from..<to`.
    case lines(from: Int, to: Int)
    /// The lines of one category among the rows before `before`.
    case category(String, before: Int)
}

public struct BudgetTable: Sendable {
    public var side: BudgetSide
    public var title: String
    public var extraHeaders: [String]
    public var rows: [BudgetRow]
    public var location: SourceLocation

    public init(side: BudgetSide, title: String, extraHeaders: [String] = [], rows: [BudgetRow], location: SourceLocation) {
        self.side = side
        self.title = title
        self.extraHeaders = extraHeaders
        self.rows = rows
        self.location = location
    }

    public var lines: [BudgetRow] { rows.filter { $0.kind == .line } }

    /// The indices of the lines a total row covers, for showing them (the rule sums without listing them).
    public func rowIndices(coveredBy coverage: BudgetCoverage) -> [Int] {
        switch coverage {
        case let .rows(indices):
            return indices.filter { rows.indices.contains($0) }
        case let .lines(from, to):
            let range = max(0, from)..<min(max(to, max(0, from)), rows.count)
            return range.filter { rows[$0].kind == .line }
        case let .category(category, before):
            return rows.indices.prefix(max(0, min(before, rows.count))).filter {
                rows[$0].kind == .line && rows[$0].category?.value == category
            }
        }
    }
    public var lineTotal: Decimal { lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) } }
}

public struct Budget: Sendable {
    public var tables: [BudgetTable] = []
    /// Summaries of where the money comes from (`## 經費來源`, `## 經費分攤`): not more income, but checked against
    /// the detail (`budget.funding-summary-mismatch`).
    public var fundingSummaries: [BudgetTable] = []

    public init(tables: [BudgetTable] = []) { self.tables = tables }

    public var expenseTables: [BudgetTable] { tables.filter { $0.side == .expense } }
    public var incomeTables: [BudgetTable] { tables.filter { $0.side == .income } }
    public var expenseLines: [BudgetRow] { expenseTables.flatMap(\.lines) }
    public var incomeLines: [BudgetRow] { incomeTables.flatMap(\.lines) }
    public var totalExpenses: Decimal { expenseTables.reduce(Decimal(0)) { $0 + $1.lineTotal } }
    public var totalIncome: Decimal { incomeTables.reduce(Decimal(0)) { $0 + $1.lineTotal } }
    public var balance: Decimal { totalIncome - totalExpenses }
    public var isEmpty: Bool { tables.isEmpty }
}

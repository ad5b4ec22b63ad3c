import EvplanModel
import Foundation

/// The expense lines of one category (類別), in the order the planner wrote them.
struct ExpenseCategory {
    let name: String
    let lines: [BudgetRow]
    /// The extra-column headers of the table each line came from, parallel to `lines`.
    let lineHeaders: [[String]]

    var total: Decimal { lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) } }

    /// Expense lines grouped by category, categories in order of first appearance; lines without a category
    /// fall under `uncategorised`, listed last.
    static func group(_ budget: Budget, uncategorised: String) -> [ExpenseCategory] {
        group(budget.expenseTables, uncategorised: uncategorised)
    }

    /// The lines of `tables` grouped by category, in the same way (income is grouped like expenses).
    static func group(_ tables: [BudgetTable], uncategorised: String) -> [ExpenseCategory] {
        var order: [String] = []
        var lines: [String: [BudgetRow]] = [:]
        var headers: [String: [[String]]] = [:]
        var hasUncategorised = false
        for table in tables {
            for line in table.lines {
                let written = line.category?.value.trimmingCharacters(in: .whitespaces) ?? ""
                let key = written.isEmpty ? "" : written
                if key.isEmpty { hasUncategorised = true } else if lines[key] == nil { order.append(key) }
                lines[key, default: []].append(line)
                headers[key, default: []].append(table.extraHeaders)
            }
        }
        if hasUncategorised { order.append("") }
        return order.map { key in
            ExpenseCategory(name: key.isEmpty ? uncategorised : key, lines: lines[key] ?? [], lineHeaders: headers[key] ?? [])
        }
    }
}

import Evplan
import EvplanModel
import Foundation
import XCTest

/// The 104 會計年度概算表 of a Taiwanese school programme (tw_public_budget_examples.md, section 1), the table that
/// follows `名稱 | 單位 | 數量 | 單價 | 總價`. Amounts are in 仟元 with decimal unit prices. It is correctly added
/// up: the 小計 rows total their own segments (812.48 and 37.52), 經常門小計 totals the whole 經常門 block (850),
/// and both 104會計年度總計 rows total everything (850).
///
/// Wrapping, done here and nowhere else: the file's own heading (`## 1. 104 會計年度概算表…`) names no budget
/// side, so the table is put under `## 支出 104 會計年度概算表`; the collector's `(blank)` marks (the page's
/// empty cells) become empty cells. Everything is kept on the line it has in the published file.
final class TaiwanPublicBudgetRealDataTests: XCTestCase {
    private static let fixture = "budget/tw_public_budget_examples.md"
    private static let header = "| 名稱 | 單位 | 數量 | 單價 | 總價"

    private struct Declared {
        let line: Int
        let name: String
        let declared: Decimal
        let computed: Decimal
    }

    private func wrappedTable() throws -> String {
        let lines = try RealDataFixture.text(Self.fixture).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(Self.header) }) else {
            XCTFail("no \(Self.header) table")
            return ""
        }
        let end = lines[start...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
        var wrapped = ["---", "task: T3", "---"]
        wrapped += Array(repeating: "", count: max(0, start - 2 - wrapped.count))
        wrapped += ["## 支出 104 會計年度概算表（學校補助計畫，單位：仟元）", ""]
        XCTAssertEqual(wrapped.count, start, "the table keeps its published line numbers")
        wrapped += lines[start..<end].map { $0.replacingOccurrences(of: "(blank)", with: "") }
        return wrapped.joined(separator: "\n") + "\n"
    }

    /// Independent reading of the table's own structure.
    private func declaredTotals(in text: String) -> (totals: [Declared], lines: [PublishedTable.Row]) {
        guard let table = PublishedTable.tables(in: text).first,
              let nameColumn = table.column(containing: "名稱"), let amountColumn = table.column(containing: "總價") else { return ([], []) }
        func amount(_ row: PublishedTable.Row) -> Decimal? { Decimal(string: row.cells[amountColumn], locale: Locale(identifier: "en_US_POSIX")) }
        var lines: [PublishedTable.Row] = []
        var totals: [Declared] = []
        var segmentStart = 0, blockStart = 0
        for row in table.rows {
            let name = row.cells[nameColumn].replacingOccurrences(of: "*", with: "")
            let isTotal = name.hasSuffix("小計") || name.hasSuffix("總計")
            if !isTotal && name.contains("門") && amount(row) == nil {
                blockStart = lines.count
                segmentStart = lines.count
                continue
            }
            guard isTotal else {
                if amount(row) != nil { lines.append(row) }
                continue
            }
            let covered: ArraySlice<PublishedTable.Row>
            if name == "小計" {
                covered = lines[segmentStart...]
                segmentStart = lines.count
            } else if name.hasSuffix("門小計") {
                covered = lines[blockStart...]
            } else {
                covered = lines[...]
            }
            if let declared = amount(row) {
                totals.append(Declared(line: row.line, name: name, declared: declared,
                                       computed: covered.reduce(Decimal(0)) { $0 + (amount($1) ?? 0) }))
            }
        }
        return (totals, lines)
    }

    func testTheIndependentReadingFindsNoMisAddedTotal() throws {
        let (totals, lines) = declaredTotals(in: try wrappedTable())
        XCTAssertEqual(lines.count, 17)
        XCTAssertEqual(totals.map { "\($0.line) \($0.name) \($0.declared)" },
                       ["36 小計 812.48", "38 小計 37.52", "39 經常門小計 850", "40 104會計年度總計 850", "43 104會計年度總計 850"])
        XCTAssertEqual(totals.filter { $0.declared != $0.computed }.map(\.line), [])
    }

    func testNoTotalMismatchOnACorrectlyAddedTable() throws {
        let result = try check()
        let reported = result.diagnostics.filter { $0.rule.id == "budget.total-mismatch" }
        XCTAssertEqual(reported.map { "\($0.location.line): \($0.message.en)" }, [],
                       "the published totals are right; a report here is a false alarm")
    }

    func testDecimalUnitPricesInThousandsAreReadAndAgree() throws {
        let text = try wrappedTable()
        let result = try check(text)
        XCTAssertEqual(result.plan.budget.expenseLines.filter { $0.amount != nil }.count, declaredTotals(in: text).lines.count)
        XCTAssertEqual(result.plan.budget.totalExpenses, Decimal(string: "850"))
        XCTAssertEqual(result.diagnostics.filter { $0.rule.id == "budget.amount-mismatch" }.map(\.location.line), [])
        XCTAssertEqual(result.diagnostics.filter { $0.rule.id.hasPrefix("format.") }.map { "\($0.location.line): \($0.message.en)" }, [])
    }

    private func check(_ text: String? = nil) throws -> CheckResult {
        let folder = try TemporaryPlanFolder(label: "tw-budget")
        defer { folder.remove() }
        try PublishedBudgetWrapper.write(name: "104 學校補助計畫", currency: "TWD", budgetText: text ?? wrappedTable(), into: folder)
        return Pipeline.check(folder: folder.path)
    }
}

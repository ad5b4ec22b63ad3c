@testable import EvplanParse
import EvplanDocument
import EvplanModel
import Foundation
import XCTest

/// CSV task files read into the model, and task files from which nothing was read.
final class SpreadsheetAndEmptyTaskTests: XCTestCase {
    func testAUnitRowAboveTheCSVHeaderScalesEveryAmount() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.csv": "經費預算表,,,,\n單位：新臺幣萬元,,,,\n項目,類別,單價,數量,小計\n帳篷,場地,0.18,150,27\n合計,,,,27\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), [])
        let line = try XCTUnwrap(plan.budget.expenseLines.first)
        XCTAssertEqual(line.amount?.value, 270_000)
        XCTAssertEqual(line.amount?.location.line, 4)
    }

    func testATaskFileWithNoneOfItsTablesSaysSo() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            // Planners' notes with the budget table under a heading evplan does not know and without a cost shape.
            "T3-budget.md": "# 經費\n\n經費請參考附件，會計會再補。\n\n## 經費概算\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 120,000 |\n",
            "T1-idea.md": "# 發想\n\n只有文字。\n",
        ])
        let (_, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), ["T3-budget.md:1:1 format.empty-task", "T3-budget.md:7:1 format.prose-table"])
        let note = try XCTUnwrap(diagnostics.first { $0.rule.id == "format.empty-task" })
        XCTAssertEqual(note.severity, .info)
        XCTAssertTrue(note.message.zhTW.contains("T3-budget.md 屬於 T3"), note.message.zhTW)
        XCTAssertTrue(note.hint.zhTW.contains("支出"), note.hint.zhTW)
    }

    func testATaskFileWithItsTableOrVenueFactsIsNotEmpty() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 120,000 |\n",
            "T5-venue.md": "---\nvenue: 臺中國際會展中心\ncapacity: 500\n---\n# 場地\n",
            "T7-press.md": "## 新聞稿\n\n**標題：市集開幕**\n\n內文。\n",
            // Records read from a section rather than a table: the team list, the lessons.
            "T2-team.md": "## 團隊\n\n- 陳冠廷：總召\n- 林雅婷：場地\n",
            "T7-closure.md": "## 檢討\n\n攤商報到動線太擠。\n",
        ])
        XCTAssertFalse(fixture.positions(fixture.parse().diagnostics).contains { $0.hasSuffix("format.empty-task") },
                       "\(fixture.positions(fixture.parse().diagnostics))")
    }
}

/// Quantities as planners write person-days and shifts.
final class QuantityProductTests: XCTestCase {
    func testAProductOfQuantitiesIsReadAsItsProduct() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 單價 | 數量 | 單位 | 小計 |\n|---|---:|---:|---|---:|\n| 保全 | 2,400 | 40人×3天 | 人天 | 288,000 |\n| 志工便當 | 100 | 60 x 2 | 份 | 12,000 |\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), [])
        XCTAssertEqual(plan.budget.expenseLines.map { $0.quantity?.value }, [120, 120])
    }

    func testAQuantityThatIsNoNumberSaysWhatItExpects() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 單價 | 數量 | 小計 |\n|---|---:|---:|---:|\n| 保全 | 2,400 | 約四十人 | 96,000 |\n",
        ])
        let (_, diagnostics) = fixture.parse()
        let unread = try XCTUnwrap(diagnostics.first { $0.rule.id == "format.unparsable-value" })
        XCTAssertFalse(unread.message.zhTW.contains("負數"), unread.message.zhTW)
        XCTAssertTrue(unread.hint.zhTW.contains("40人×3天") || unread.message.zhTW.contains("40人×3天"), "\(unread.message.zhTW) / \(unread.hint.zhTW)")
    }
}

/// `format.empty-task` asks the parse context whether a file gave records, not a list of record types: a kind records
/// through `append` and `set`, and front matter is kept as facts.
final class ParseContextRecordingTests: XCTestCase {
    private func context() -> ParseContext {
        ParseContext(vocabulary: .base, document: Document(path: "T6-ops.md", frontMatter: nil, blocks: []), task: .t6, eventDates: nil)
    }

    func testRecordingAnythingCountsAndNothingDoesNot() {
        var empty = context()
        empty.append(contentsOf: \.days, [])
        empty.keepFact(\.venue, Venue(location: SourceLocation(file: "T5-venue.md", line: 1, column: 1)))
        XCTAssertFalse(empty.gaveRecords, "no records and front-matter facts are not records")

        var risks = context()
        risks.append(\.operations.risks, Risk(name: Located("颱風", at: SourceLocation(file: "T6-ops.md", line: 3, column: 3)),
                                              location: SourceLocation(file: "T6-ops.md", line: 3, column: 1)))
        XCTAssertTrue(risks.gaveRecords, "a record type no list names still counts")
        XCTAssertEqual(risks.records.operations.risks.count, 1)

        var contract = context()
        contract.set(\.venueDeal.contract, VenueContract(location: SourceLocation(file: "T5.md", line: 1, column: 1)))
        XCTAssertTrue(contract.gaveRecords)
    }
}

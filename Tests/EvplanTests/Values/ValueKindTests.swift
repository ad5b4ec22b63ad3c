@testable import EvplanParse
import EvplanDocument
import EvplanModel
import Foundation
import XCTest

/// One `ValueKind` per value, read the same way from a table cell and from front matter.
final class ValueKindTests: XCTestCase {
    private let here = SourceLocation(file: "event.md", line: 3, column: 7)

    private func fromCell<T>(_ text: String, _ read: (inout CellValues, Cell) -> Located<T>?) -> (T?, [String]) {
        var values = CellValues()
        let value = read(&values, Cell(text: text, location: here))
        return (value?.value, values.diagnostics.map { "\($0.rule.id) \($0.message.en) \($0.hint.en)" })
    }

    private func fromFrontMatter<T>(_ text: String, _ read: (inout FrontMatterValues, FrontMatterValue) -> Located<T>?) -> (T?, [String]) {
        var values = FrontMatterValues()
        let value = read(&values, .scalar(text, here))
        return (value?.value, values.diagnostics.map { "\($0.rule.id) \($0.message.en) \($0.hint.en)" })
    }

    private func assertAlike<T: Equatable>(_ texts: [String], _ cell: (inout CellValues, Cell) -> Located<T>?,
                                           _ front: (inout FrontMatterValues, FrontMatterValue) -> Located<T>?,
                                           file: StaticString = #filePath, line: UInt = #line) {
        for text in texts {
            let fromCell = fromCell(text, cell), fromFront = fromFrontMatter(text, front)
            XCTAssertEqual(fromCell.0, fromFront.0, text, file: file, line: line)
            XCTAssertEqual(fromCell.1, fromFront.1, text, file: file, line: line)
        }
    }

    func testCellsAndFrontMatterReadEveryValueAlike() {
        assertAlike(["300", "1,200 人", "約 300", "abc"], { $0.count($1) }, { $0.count($1) })
        assertAlike(["每日 8,000 人次", "12,000 人次", "300", "很多人"], { $0.attendance($1) }, { $0.attendance($1) })
        assertAlike(["2027-03-12（五）", "2027-03-12（一）", "116/03/12", "三月中"], { $0.date($1) }, { $0.date($1) })
        assertAlike(["150萬", "NT$1,200", "¥30,000", "一百萬"], { $0.money($1) }, { $0.money($1) })
    }

    func testAValueThatIsNotThatKindSaysWhatItExpects() {
        let (count, notes) = fromFrontMatter("約 300") { $0.count($1) }
        XCTAssertNil(count)
        XCTAssertEqual(notes, ["format.unparsable-value “約 300” cannot be read as a number of people Write it like 300、1,200."])
        let (date, fine) = fromCell("2027-03-12（五）") { $0.date($1) }
        XCTAssertEqual(date, PlanDate(year: 2027, month: 3, day: 12))
        XCTAssertEqual(fine, [])
    }

    /// event.md's dates and amounts were read by looser parsers than a table's: a wrong weekday passed, and an amount
    /// in yen counted as New Taiwan dollars. They now read as a table's do.
    func testEventFrontMatterReadsDatesAndMoneyAsTablesDo() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": "---\nname: 測試活動\ndates: 2027-03-12 ~ 2027-03-13\nas_of: 2027-03-01（二）\nbudget: ¥3,000,000\nmax_parallel: 很多\n---\n# 測試活動\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics).filter { !$0.contains("format.unknown-key") },
                       ["event.md:4:8 format.weekday-mismatch", "event.md:5:9 format.foreign-currency", "event.md:6:15 format.unparsable-value"])
        XCTAssertEqual(plan.event?.budgetCap?.value, 3_000_000, "kept as written when there is no rate")
        let parallel = try XCTUnwrap(diagnostics.first { $0.rule.id == "format.unparsable-value" })
        XCTAssertTrue(parallel.message.en.hasSuffix("cannot be read as a whole number"), parallel.message.en)

        let converted = try PlanFixture(self, files: [
            "event.md": "---\nname: 測試活動\ndates: 2027-03-12 ~ 2027-03-13\nas_of: 2027-03-01（一）\nrates:\n  JPY: 0.21\nbudget: ¥3,000,000\n---\n# 測試活動\n",
        ])
        XCTAssertEqual(converted.parse().plan.event?.budgetCap?.value, 630_000)
    }

    func testEventFrontMatterThatReadsCleanStaysClean() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": "---\nname: 測試活動\ndates: 2027-03-12（五） ~ 2027-03-13（六）\nas_of: 2027-03-01（一）\nbudget: NT$1,500,000\nmax_parallel: 3\n---\n# 測試活動\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), [])
        XCTAssertEqual(plan.event?.budgetCap?.value, 1_500_000)
        XCTAssertEqual(plan.event?.maxParallel, 3)
    }
}

import EvplanModel
@testable import EvplanRender
import XCTest

final class BudgetPageTests: XCTestCase {
    func testEachCategoryShowsItsSubtotalAndShareOfTheExpenses() throws {
        let html = RenderPlanFixture.squeezed(try RenderPlanFixture.html("budget.html", of: RenderPlanFixture.plan()))
        // 場地 240,000 + 85,000 of 930,500; 講者 160,000 + 48,000; 印刷 52,500.
        let expected = [("場地", "325,000", "34.9%"), ("餐飲", "168,000", "18.1%"), ("講者", "208,000", "22.4%"),
                        ("宣傳", "105,000", "11.3%"), ("印刷", "52,500", "5.6%"), ("人事", "72,000", "7.7%")]
        for (category, subtotal, share) in expected {
            XCTAssertTrue(html.contains("<td colspan=\"4\">\(category) 小計</td> <td class=\"num\">\(subtotal)</td> <td colspan=\"2\" class=\"muted\">占比 \(share)</td>"),
                          "subtotal row of \(category)")
            XCTAssertTrue(html.contains("<td>\(category)</td> <td class=\"num\">"), "cost-structure row of \(category)")
            XCTAssertTrue(html.contains("\(share)</td>"), "share of \(category)")
        }
        XCTAssertTrue(html.contains("<td colspan=\"4\">支出總計</td> <td class=\"num\">930,500</td>"))
    }

    func testLinesKeepTheirColumnsAndThePlannersOwnColumn() throws {
        let html = RenderPlanFixture.squeezed(try RenderPlanFixture.html("budget.html", of: RenderPlanFixture.plan()))
        XCTAssertTrue(html.contains("<th>廠商</th>"))
        XCTAssertTrue(html.contains("<td class=\"name\">場地租金</td> <td class=\"num\">120,000</td> <td class=\"num\">2</td> <td>天</td> <td class=\"num\">240,000</td> <td>含音響</td> <td>台大醫院國際會議中心</td>"))
        // A line written with only an amount keeps its unit price and quantity blank.
        XCTAssertTrue(html.contains("<td class=\"name\">社群廣告</td> <td class=\"num\"></td> <td class=\"num\"></td> <td></td> <td class=\"num\">60,000</td>"))
        // The declared 合計 row is checked by the rules, not listed as a cost.
        XCTAssertFalse(html.contains("<td>合計</td>"))
    }

    func testChartDrawsOneBarPerCategoryLargestFirst() throws {
        let html = try RenderPlanFixture.html("budget.html", of: RenderPlanFixture.plan())
        let bars = html.components(separatedBy: "<rect x=\"180\"").count - 1
        XCTAssertEqual(bars, 6)
        let venue = try XCTUnwrap(html.range(of: ">NT$325,000 · 34.9%</text>"))
        let printing = try XCTUnwrap(html.range(of: ">NT$52,500 · 5.6%</text>"))
        XCTAssertLessThan(venue.lowerBound, printing.lowerBound)
    }

    func testTotalsBalanceCapAndHeadroom() throws {
        let html = RenderPlanFixture.squeezed(try RenderPlanFixture.html("budget.html", of: RenderPlanFixture.plan()))
        XCTAssertTrue(html.contains("NT$930,500"))
        XCTAssertTrue(html.contains("NT$900,000"))
        // Income 900,000 − expenses 930,500: a deficit, shown as such.
        XCTAssertTrue(html.contains("收支結餘 · 短絀"))
        XCTAssertTrue(html.contains("<div class=\"value\">-NT$30,500</div>"))
        XCTAssertTrue(html.contains("figure bad"))
        // Cap 1,500,000 leaves 569,500, 62% used.
        XCTAssertTrue(html.contains("預算上限 NT$1,500,000"))
        XCTAssertTrue(html.contains("<div class=\"value\">NT$569,500</div>"))
        // Every percentage with one decimal, as grant forms write them.
        XCTAssertTrue(html.contains("距上限尚餘 · 已使用 62.0%"))
        // Income is grouped by category, each with its subtotal.
        XCTAssertTrue(html.contains("<td class=\"name\">政府補助</td>"))
        XCTAssertTrue(html.contains("小計</td> <td class=\"num\">") && html.contains("占收入"))
    }

    func testOverTheCapIsShownAsSuch() throws {
        var plan = RenderPlanFixture.plan()
        plan.event?.budgetCap = RenderPlanFixture.money(900_000, "event.md", 8)
        let html = RenderPlanFixture.squeezed(try RenderPlanFixture.html("budget.html", of: plan))
        XCTAssertTrue(html.contains("超出上限 · 已使用 103.4%"))
        XCTAssertTrue(html.contains("<div class=\"value\">NT$30,500</div>"))
    }

    func testNoBudgetGivesANoteInsteadOfEmptyTables() throws {
        var plan = RenderPlanFixture.plan()
        plan.budget = Budget()
        let html = try RenderPlanFixture.html("budget.html", of: plan)
        XCTAssertTrue(html.contains("尚未規劃。"))
        XCTAssertFalse(html.contains("<table"))
    }
}

@testable import EvplanRender
import EvplanModel
import XCTest

final class RenderFormattingTests: XCTestCase {
    func testAmountsReadTheWayPlannersWriteThem() {
        let twd = MoneyText(currency: "TWD")
        XCTAssertEqual(twd.format(1_500_000), "NT$1,500,000")
        XCTAssertEqual(twd.format(Decimal(string: "1200.5")!), "NT$1,200.50")
        XCTAssertEqual(twd.format(Decimal(string: "99.999")!), "NT$100")
        XCTAssertEqual(twd.format(-5_000), "-NT$5,000")
        XCTAssertEqual(twd.format(0), "NT$0")
        XCTAssertEqual(twd.plain(52_500), "52,500")
        XCTAssertEqual(MoneyText(currency: "USD").format(Decimal(string: "1200.05")!), "US$1,200.05")
        XCTAssertEqual(MoneyText(currency: "CHF").format(950), "CHF 950")
        XCTAssertEqual(DecimalText.grouped(Decimal(string: "1.5")!), "1.5")
        XCTAssertEqual(DecimalText.percent(325_000, of: 930_500), "34.9%")
        XCTAssertEqual(DecimalText.percent(1, of: 0), "—")
    }

    func testDatesCarryTheirWeekday() throws {
        let date = try XCTUnwrap(PlanDate(year: 2027, month: 3, day: 12))
        let next = try XCTUnwrap(PlanDate(year: 2027, month: 4, day: 2))
        XCTAssertEqual(DateText(language: .zhTW).day(date), "2027-03-12 (週五)")
        XCTAssertEqual(DateText(language: .en).day(date), "Fri 12 Mar 2027")
        XCTAssertEqual(DateText(language: .en).range(DateRange(start: date, end: next)), "Fri 12 Mar – Fri 2 Apr 2027")
        XCTAssertEqual(DateText(language: .zhTW).range(DateRange(start: date, end: date)), "2027-03-12 (週五)")
    }
}

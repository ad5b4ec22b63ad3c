import EvplanModel
@testable import EvplanRender
import XCTest

/// `date_style:` in event.md: the same dates as a 文化局 (roc), a newsroom (western) or a spreadsheet (iso) writes them.
final class DateStyleTests: XCTestCase {
    private let thursday = PlanDate(year: 2027, month: 5, day: 20)!
    private let range = DateRange(start: PlanDate(year: 2027, month: 5, day: 20)!, end: PlanDate(year: 2027, month: 5, day: 22)!)

    func testROCDates() {
        let dates = DateText(language: .zhTW, style: .roc)
        XCTAssertEqual(dates.day(thursday), "116年5月20日（四）")
        XCTAssertEqual(dates.plain(thursday), "116年5月20日")
        XCTAssertEqual(dates.range(range), "116年5月20日（四）至22日（六）")
        XCTAssertEqual(dates.compact(thursday), "116/05/20 (四)")
        XCTAssertEqual(dates.month(year: 2027, month: 5), "116 年 5 月")
    }

    func testWesternAndISODates() {
        XCTAssertEqual(DateText(language: .zhTW, style: .western).day(thursday), "2027年5月20日（四）")
        XCTAssertEqual(DateText(language: .zhTW, style: .western).range(range), "2027年5月20日（四）至22日（六）")
        // The Chinese default stays ISO, as the pages were before date_style.
        XCTAssertEqual(DateText(language: .zhTW).day(thursday), "2027-05-20 (週四)")
        XCTAssertEqual(DateText(language: .zhTW).range(range), "2027-05-20 (週四) ~ 05-22 (週六)")
        XCTAssertEqual(DateText(language: .en).day(thursday), "Thu 20 May 2027")
        XCTAssertEqual(DateText(language: .en, style: .iso).day(thursday), "2027-05-20 (Thu)")
    }

    func testAROCPlanPrintsROCDatesOnItsPages() throws {
        var plan = RenderPlanFixture.plan()
        plan.event?.dateStyle = .roc
        let index = RenderPlanFixture.squeezed(try RenderPlanFixture.html("index.html", of: plan))
        XCTAssertTrue(index.contains("116年3月12日（五）至13日（六） · 共 2 天"))
        let agenda = RenderPlanFixture.squeezed(try RenderPlanFixture.html("agenda.html", of: plan))
        XCTAssertTrue(agenda.contains("116年3月12日（五）"))
        XCTAssertFalse(agenda.contains("2027-03-12"))
    }
}

import XCTest
@testable import EvplanCheck

final class AmountTextTests: XCTestCase {
    func testGroupsThousandsAndDropsTrailingZeros() {
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("1200")), "1,200")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("1200.50")), "1,200.5")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("1234567.891")), "1,234,567.891")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("-5000")), "-5,000")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("999")), "999")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("0.00")), "0")
        XCTAssertEqual(AmountText.format(PlanBuilder.amount("100000")), "100,000")
    }

    func testNaNIsNamedNotTrapped() {
        XCTAssertEqual(AmountText.format(.nan), "NaN")
    }

    func testRoundingToTheWrittenPrecisionAgrees() {
        XCTAssertTrue(AmountComparison.agrees(written: PlanBuilder.amount("3704"), computed: PlanBuilder.amount("3703.5")))
        XCTAssertTrue(AmountComparison.agrees(written: PlanBuilder.amount("3703.5"), computed: PlanBuilder.amount("3703.5")))
        XCTAssertFalse(AmountComparison.agrees(written: PlanBuilder.amount("3600"), computed: PlanBuilder.amount("3612")))
        XCTAssertFalse(AmountComparison.agrees(written: PlanBuilder.amount("3703.4"), computed: PlanBuilder.amount("3703.5")))
    }
}

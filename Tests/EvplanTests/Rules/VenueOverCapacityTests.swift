import XCTest
@testable import EvplanCheck
import EvplanModel

final class VenueOverCapacityTests: XCTestCase {
    private let rule = VenueOverCapacity()

    func testMoreAttendeesThanTheVenueHoldsIsReportedAtTheVenueCapacity() {
        let plan = PlanBuilder.plan(event: PlanBuilder.event(attendees: 300), venue: PlanBuilder.venue(capacity: 250))
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: VenueOverCapacity.descriptor, at: ["T5-venue.md:4:11"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "預計 300 人出席，但場地「國際會議中心」最多容納 250 人（超出 50 人）")
        XCTAssertEqual(diagnostics.first?.message.en, "300 people are expected, but the venue “國際會議中心” holds at most 250 (50 too many)")
    }

    func testAFullVenuePasses() {
        let plan = PlanBuilder.plan(event: PlanBuilder.event(attendees: 250), venue: PlanBuilder.venue(capacity: 250))
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testMissingNumbersAreNotGuessed() {
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(event: PlanBuilder.event(attendees: 300), venue: PlanBuilder.venue())), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(event: PlanBuilder.event(attendees: 300))), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class VenueUnavailableDatesTests: XCTestCase {
    private let rule = VenueUnavailableDates()

    private func plan(event dates: String, available: [String]) -> Plan {
        var venue = PlanBuilder.venue()
        venue.availableDates = available.enumerated().map { index, text in
            let ends = text.components(separatedBy: " ~ ")
            let range = DateRange(start: PlanBuilder.date(ends[0]), end: PlanBuilder.date(ends.last ?? ends[0]))
            return PlanBuilder.cell(range, PlanBuilder.venueFile, 5 + index, 12)
        }
        return PlanBuilder.plan(event: PlanBuilder.event(dates: dates), venue: venue)
    }

    func testAnEventDayTheVenueIsNotBookedForIsReported() {
        let diagnostics = PlanBuilder.run(rule, on: plan(event: "2027-03-12 ~ 2027-03-14", available: ["2027-03-12 ~ 2027-03-13"]))
        PlanBuilder.assertReports(diagnostics, of: VenueUnavailableDates.descriptor, at: ["T5-venue.md:5:12"])
        XCTAssertEqual(diagnostics.first?.message.en, "The venue is not available on 2027-03-14, an event day")
    }

    func testDatesCoveredBySeveralRangesOrNoAvailabilityGivenPass() {
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(event: "2027-03-12 ~ 2027-03-13", available: ["2027-03-12", "2027-03-13"])), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(event: "2027-03-12 ~ 2027-03-13", available: [])), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaOutsideVenueHoursTests: XCTestCase {
    private let rule = AgendaOutsideVenueHours()

    private func plan(hours: String?, sessions: [Session]) -> Plan {
        var venue = PlanBuilder.venue()
        venue.hours = hours.map { PlanBuilder.cell(PlanBuilder.time($0), PlanBuilder.venueFile, 4, 8) }
        return PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, sessions)], venue: venue)
    }

    func testSessionsBeforeOpeningOrAfterClosingAreReportedAtTheirTime() {
        let diagnostics = PlanBuilder.run(rule, on: plan(hours: "08:00-18:00", sessions: [
            PlanBuilder.session("07:30-08:30", "早鳥導覽", at: 7),
            PlanBuilder.session("09:00-10:00", "開幕", at: 8),
            PlanBuilder.session("17:30-19:00", "晚宴", at: 9),
        ]))
        PlanBuilder.assertReports(diagnostics, of: AgendaOutsideVenueHours.descriptor, at: ["T4-agenda.md:7:3", "T4-agenda.md:9:3"])
        XCTAssertEqual(diagnostics.last?.message.en, "This session (17:30–19:00) lies outside the venue's hours, 08:00–18:00")
    }

    func testSessionsWithinHoursReversedRangesAndVenuesWithoutHoursPass() {
        let sessions = [PlanBuilder.session("08:00-18:00", "全天", at: 7), PlanBuilder.session("19:00-07:00", "寫反", at: 8)]
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(hours: "08:00-18:00", sessions: sessions)), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(hours: nil, sessions: sessions)), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaOutsideEventDatesTests: XCTestCase {
    private let rule = AgendaOutsideEventDates()

    func testDayOutsideTheEventIsReportedAtItsHeadingDate() {
        let plan = PlanBuilder.plan(event: PlanBuilder.event(dates: "2027-03-12 ~ 2027-03-13"), agenda: [
            PlanBuilder.day("2027-03-12", at: 3, []),
            PlanBuilder.day("2027-03-15", at: 20, []),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaOutsideEventDates.descriptor, at: ["T4-agenda.md:20:10"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "這一天 2027-03-15 不在活動日期 2027-03-12 ~ 2027-03-13 內")
    }

    func testDaysWithinTheEventUndatedDaysAndUndatedEventsPass() {
        let agenda = [PlanBuilder.day("2027-03-13", at: 3, []), PlanBuilder.day(nil, at: 20, [])]
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(event: PlanBuilder.event(dates: "2027-03-12 ~ 2027-03-13"), agenda: agenda)), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(event: PlanBuilder.event(), agenda: agenda)), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: agenda)), [])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaSpeakerOverlapTests: XCTestCase {
    private let rule = AgendaSpeakerOverlap()

    func testPersonInTwoOverlappingSessionsIsReportedAtTheirCellInTheLaterOne() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-10:00", "開幕演講", at: 6, room: "國際廳", speakers: ["王小明"]),
            PlanBuilder.session("09:30-10:30", "分組 A", at: 7, room: "201 會議室", speakers: ["李大同", " 王小明 "]),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaSpeakerOverlap.descriptor, at: ["T4-agenda.md:7:35"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "王小明 同時排在本場（09:30–10:30）與第 6 行「開幕演講」（09:00–10:00）")
    }

    func testTouchingSessionsOtherDaysAndOtherPeoplePass() {
        let plan = PlanBuilder.plan(agenda: [
            PlanBuilder.day("2027-03-12", at: 3, [
                PlanBuilder.session("09:00-10:00", "A", at: 6, speakers: ["王小明"]),
                PlanBuilder.session("10:00-11:00", "B", at: 7, speakers: ["王小明"]),
                PlanBuilder.session("10:00-11:00", "C", at: 8, speakers: ["陳美玲"]),
            ]),
            PlanBuilder.day("2027-03-13", at: 10, [PlanBuilder.session("09:00-10:00", "D", at: 12, speakers: ["王小明"])]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testAPersonListedTwiceInOneSessionIsNotInTwoSessions() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-10:00", "座談", at: 6, speakers: ["王小明", "王小明"]),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

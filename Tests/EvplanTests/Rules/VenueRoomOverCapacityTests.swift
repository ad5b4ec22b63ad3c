import XCTest
@testable import EvplanCheck
import EvplanModel

final class VenueRoomOverCapacityTests: XCTestCase {
    private let rule = VenueRoomOverCapacity()
    private let venue = PlanBuilder.venue(rooms: [
        PlanBuilder.room("國際廳", at: 6, capacity: 400),
        PlanBuilder.room("201 會議室", at: 7, capacity: 100),
    ])

    func testAudienceOverTheRoomIsReportedAtTheAudienceCell() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:30-10:30", "開幕演講", at: 7, room: "國際廳", audience: 300),
            PlanBuilder.session("11:00-12:00", "分組 A：循環經濟", at: 8, room: "201會議室", audience: 120),
        ])], venue: venue)
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: VenueRoomOverCapacity.descriptor, at: ["T4-agenda.md:8:60"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "本場預估 120 人，但「201 會議室」只容納 100 人")
    }

    func testAudienceThatFitsOrRoomsNotListedPass() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:30-10:30", "開幕演講", at: 7, room: "國際廳", audience: 400),
            PlanBuilder.session("11:00-12:00", "戶外導覽", at: 8, room: "草地", audience: 900),
            PlanBuilder.session("13:00-14:00", "座談", at: 9, room: "201 會議室"),
        ])], venue: venue)
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }
}

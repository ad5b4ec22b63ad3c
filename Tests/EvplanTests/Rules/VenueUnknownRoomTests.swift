import XCTest
@testable import EvplanCheck
import EvplanModel

final class VenueUnknownRoomTests: XCTestCase {
    private let rule = VenueUnknownRoom()
    private let venue = PlanBuilder.venue(rooms: [
        PlanBuilder.room("國際廳", at: 6, capacity: 400),
        PlanBuilder.room("201 會議室", at: 7, capacity: 100),
    ])

    func testUnknownRoomIsReportedAtTheRoomCellWithTheClosestName() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:30-10:30", "開幕演講", at: 6, room: " 國際廳 "),
            PlanBuilder.session("11:00-12:00", "分組 A", at: 7, room: "202 會議室"),
        ])], venue: venue)
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: VenueUnknownRoom.descriptor, at: ["T4-agenda.md:7:45"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "場地「202 會議室」不在場地空間清單中")
        XCTAssertTrue(diagnostics.first?.hint.zhTW.hasPrefix("是不是「201 會議室」？") == true)
        XCTAssertTrue(diagnostics.first?.hint.en.hasPrefix("Did you mean “201 會議室”?") == true)
    }

    func testAFarNameGetsTheListOfRoomsInstead() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("11:00-12:00", "戶外導覽", at: 7, room: "戶外草皮區域"),
        ])], venue: venue)
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: VenueUnknownRoom.descriptor, at: ["T4-agenda.md:7:45"])
        XCTAssertTrue(diagnostics.first?.hint.zhTW.contains("「國際廳」、「201 會議室」") == true)
    }

    func testBreaksVenuesWithoutRoomsAndKnownRoomsPass() {
        let agenda = [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-09:30", "報到", at: 5, room: "大廳", isBreak: true),
            PlanBuilder.session("09:30-10:30", "開幕演講", at: 6, room: "國際廳"),
            PlanBuilder.session("10:30-11:00", "座談", at: 7, room: "   "),
        ])]
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: agenda, venue: venue)), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: agenda, venue: PlanBuilder.venue())), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: agenda)), [])
    }
}

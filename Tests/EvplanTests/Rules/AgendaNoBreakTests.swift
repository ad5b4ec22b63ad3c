import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaNoBreakTests: XCTestCase {
    private let rule = AgendaNoBreak()

    private func plan(_ sessions: [Session], maxStretch: Int? = nil) -> Plan {
        PlanBuilder.plan(event: PlanBuilder.event(maxStretch: maxStretch), agenda: [PlanBuilder.day("2027-03-12", at: 3, sessions)])
    }

    func testFourHoursBackToBackIsWarnedOnceWhereTheLimitIsCrossed() {
        let diagnostics = PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("09:00-10:00", "A", at: 5, room: "國際廳"),
            PlanBuilder.session("10:00-11:00", "B", at: 6, room: "國際廳"),
            PlanBuilder.session("11:00-12:00", "C", at: 7, room: "國際廳"),
            PlanBuilder.session("12:00-13:00", "D", at: 8, room: "國際廳"),
        ]))
        PlanBuilder.assertReports(diagnostics, of: AgendaNoBreak.descriptor, at: ["T4-agenda.md:8:3"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "從 09:00 到 13:00 連續 4 小時 沒有休息，超過上限 180 分鐘")
        XCTAssertEqual(diagnostics.first?.message.en,
                       "The programme runs from 09:00 to 13:00 (4 h) without a break, longer than the 180-minute limit")
    }

    func testABreakOrAOneMinuteGapEndsTheStretch() {
        XCTAssertEqual(PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("09:00-10:30", "A", at: 5),
            PlanBuilder.session("10:30-11:00", "茶敘", at: 6, isBreak: true),
            PlanBuilder.session("11:00-13:00", "B", at: 7),
        ])), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("09:00-11:00", "A", at: 5),
            PlanBuilder.session("11:01-13:00", "B", at: 6),
        ])), [])
    }

    func testExactlyTheLimitPassesAndTheLimitComesFromTheEvent() {
        let sessions = [PlanBuilder.session("09:00-10:00", "A", at: 5), PlanBuilder.session("10:00-12:00", "B", at: 6)]
        XCTAssertEqual(PlanBuilder.run(rule, on: plan(sessions)), [])
        PlanBuilder.assertReports(PlanBuilder.run(rule, on: plan(sessions, maxStretch: 90)), of: AgendaNoBreak.descriptor,
                                  at: ["T4-agenda.md:6:3"])
    }

    func testParallelRoomsAreStretchesOfTheirOwn() {
        // Attendees of a multi-track event rest by moving between rooms; only a room that runs on is warned.
        let diagnostics = PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("09:00-11:00", "A", at: 5, room: "國際廳"),
            PlanBuilder.session("10:30-12:30", "B", at: 6, room: "201 會議室"),
            PlanBuilder.session("11:00-12:30", "C", at: 7, room: "國際廳"),
        ]))
        PlanBuilder.assertReports(diagnostics, of: AgendaNoBreak.descriptor, at: ["T4-agenda.md:7:3"])
        XCTAssertTrue(diagnostics.first?.message.zhTW.contains("從 09:00 到 12:30 連續 3 小時 30 分") == true)
    }

    func testABreakInAnyRoomCutsTheDaysProgramme() {
        XCTAssertEqual(PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("09:00-13:00", "整天工作坊", at: 5, room: "國際廳"),
            PlanBuilder.session("11:00-11:30", "茶敘", at: 6, room: "大廳", isBreak: true),
        ])), [])
    }

    func testEachLongStretchIsReportedOnce() {
        let diagnostics = PlanBuilder.run(rule, on: plan([
            PlanBuilder.session("08:00-12:00", "上午", at: 5),
            PlanBuilder.session("12:00-13:00", "午餐", at: 6, isBreak: true),
            PlanBuilder.session("13:00-17:00", "下午", at: 7),
            PlanBuilder.session("14:00-15:00", "同時段", at: 8),
        ]))
        PlanBuilder.assertReports(diagnostics, of: AgendaNoBreak.descriptor, at: ["T4-agenda.md:5:3", "T4-agenda.md:7:3"])
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class AgendaRoomOverlapTests: XCTestCase {
    private let rule = AgendaRoomOverlap()

    func testOverlapIsReportedAtTheLaterSessionsTimeNamingTheOther() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-10:00", "開幕演講", at: 6, room: "國際廳"),
            PlanBuilder.session("09:30-10:30", "主題演講", at: 7, room: "國際廳"),
        ])])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaRoomOverlap.descriptor, at: ["T4-agenda.md:7:3"])
        XCTAssertEqual(diagnostics.first?.message.zhTW, "本場 09:30–10:30 與第 6 行「開幕演講」（09:00–10:00）同時使用「國際廳」")
        XCTAssertEqual(diagnostics.first?.message.en,
                       "This session (09:30–10:30) overlaps “開幕演講” (09:00–10:00, line 6) in room “國際廳”")
    }

    func testTouchingSessionsDoNotOverlap() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("10:00-11:00", "A", at: 6, room: "國際廳"),
            PlanBuilder.session("11:00-12:00", "B", at: 7, room: "國際廳"),
        ])])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testOtherRoomsOtherDaysAndRoomlessBreaksDoNotClash() {
        let plan = PlanBuilder.plan(agenda: [
            PlanBuilder.day("2027-03-12", at: 3, [
                PlanBuilder.session("09:00-10:00", "A", at: 6, room: "國際廳"),
                PlanBuilder.session("09:00-10:00", "B", at: 7, room: "201 會議室"),
                PlanBuilder.session("09:30-10:00", "茶敘", at: 8, isBreak: true),
            ]),
            PlanBuilder.day("2027-03-13", at: 10, [PlanBuilder.session("09:00-10:00", "C", at: 12, room: "國際廳")]),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: plan), [])
    }

    func testRoomNamesIgnoreCaseAndSpacesAndTheSameDateAcrossFilesIsOneDay() {
        let plan = PlanBuilder.plan(agenda: [
            PlanBuilder.day("2027-03-12", at: 3, [PlanBuilder.session("09:00-10:00", "A", at: 6, room: "Room A", file: "T4-day1.md")],
                            file: "T4-day1.md"),
            PlanBuilder.day("2027-03-12", at: 3, [PlanBuilder.session("09:45-10:15", "B", at: 5, room: "room a", file: "T4-extra.md")],
                            file: "T4-extra.md"),
        ])
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: AgendaRoomOverlap.descriptor, at: ["T4-extra.md:5:3"])
        XCTAssertTrue(diagnostics.first?.message.en.contains("T4-day1.md line 6") == true)
    }

    func testEverySessionThatOverlapsAnEarlierOneIsReportedOnce() {
        let plan = PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, [
            PlanBuilder.session("09:00-12:00", "長工作坊", at: 6, room: "國際廳"),
            PlanBuilder.session("09:00-09:30", "同時開始", at: 7, room: "國際廳"),
            PlanBuilder.session("11:00-11:30", "中途插入", at: 8, room: "國際廳"),
            PlanBuilder.session("12:00-13:00", "接著", at: 9, room: "國際廳"),
        ])])
        PlanBuilder.assertReports(PlanBuilder.run(rule, on: plan), of: AgendaRoomOverlap.descriptor,
                                  at: ["T4-agenda.md:7:3", "T4-agenda.md:8:3"])
    }

    func testTwentyThousandSessionsInOneRoomAreSweptNotPaired() {
        let sessions = (0..<20_000).map { index in
            let start = index % 1_440
            return PlanBuilder.session(TimeRange(start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: start + 1)),
                                       "場次 \(index)", at: 10 + index, room: "國際廳")
        }
        // 1,440 touching one-minute sessions fill the day; each of the other 18,560 takes a minute already taken.
        let crowded = PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: [PlanBuilder.day("2027-03-12", at: 3, sessions)]))
        XCTAssertEqual(crowded.count, 18_560)
        XCTAssertEqual(crowded.first?.location.description, "T4-agenda.md:\(10 + 1_440):3")

        // Spread over undated days of 1,440 sessions each, they only touch.
        let days = stride(from: 0, to: sessions.count, by: 1_440).map { first in
            PlanBuilder.day(nil, at: first, Array(sessions[first..<min(first + 1_440, sessions.count)]))
        }
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(agenda: days)), [])
    }
}

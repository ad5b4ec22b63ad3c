import XCTest

/// COSCUP 2023 (Taipei, 2 days, 352 sessions in 26 of its 28 rooms), converted from its published OPass JSON.
final class COSCUP2023RealDataTests: XCTestCase {
    private static let fixture = "schedules/coscup2023_session.json"

    func testTheDataIsWhatTheConversionExpects() throws {
        let schedule = try OPassSchedule.load(Self.fixture)
        XCTAssertEqual(schedule.sessions.count, 352)
        XCTAssertEqual(schedule.rooms.count, 28)
        let stamps = schedule.sessions.flatMap { [OPassTimestamp($0.start), OPassTimestamp($0.end)] }
        XCTAssertFalse(stamps.contains(nil), "every start and end is an ISO timestamp")
        XCTAssertEqual(Set(stamps.compactMap { $0?.utcOffset }), ["+08:00"], "all in Taipei time, so local clock times are the agenda's")
        let crossingMidnight = schedule.sessions.filter { OPassTimestamp($0.start)?.date != OPassTimestamp($0.end)?.date }
        XCTAssertEqual(crossingMidnight.map(\.id), [])
    }

    func testEverySessionIsReadBackAsWritten() throws {
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "COSCUP 2023", relays: .none)
        XCTAssertEqual(check.rows.count, 352)
        check.assertEverySessionReadBack()
        check.assertReadWithoutFormatComplaints()
        XCTAssertEqual(check.result.plan.event?.dates?.value.description, "2023-07-29 ~ 2023-07-30")
        XCTAssertTrue(check.rows.contains { $0.title.contains("|") }, "a title with a pipe goes through the table escaped")
    }

    /// The data has no two sessions in one room at once, and one real double booking: the organisation
    /// 開放文化基金會 (speaker WUXBDZ) is on two sessions that overlap on 7/30 (10:30–12:00 in TR 609 and
    /// 11:30–12:00 in TR 616). evplan must report exactly that one and nothing else.
    func testOverlapsAreExactlyThoseOfTheData() throws {
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "COSCUP 2023", relays: .none)
        XCTAssertEqual(ScheduleOverlapOracle.roomClashes(check.rows).count, 0)
        let speakerClashes = ScheduleOverlapOracle.speakerClashes(check.rows)
        XCTAssertEqual(speakerClashes.map { "\(check.rows[$0.earlier].sessionID)>\(check.rows[$0.later].sessionID) \($0.shared)" },
                       ["NGJXFG>TXHYET WUXBDZ"])
        check.assertOverlapsMatchTheData()
        // Nothing else: each of the 28 rooms leaves gaps between its talks, so agenda.no-break (per room) stays quiet.
        XCTAssertEqual(check.summary, "agenda.speaker-overlap=1")
    }

    /// A double booking planted in the real schedule (one 7/29 session moved into AU while an AU session runs)
    /// is found among the hundreds of sessions, and it is the only room overlap reported.
    func testAPlantedDoubleBookingIsFoundAmongHundredsOfSessions() throws {
        var moved = ""
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "COSCUP 2023", relays: .none) { rows in
            guard let target = rows.firstIndex(where: { $0.room == "AU" && $0.date == "2023-07-29" }),
                  let mover = rows.firstIndex(where: { $0.date == rows[target].date && $0.roomID != rows[target].roomID
                      && $0.start < rows[target].end && rows[target].start < $0.end }) else { return }
            rows[mover].roomID = rows[target].roomID
            rows[mover].room = rows[target].room
            moved = rows[mover].sessionID
        }
        XCTAssertFalse(moved.isEmpty)
        let clashes = ScheduleOverlapOracle.roomClashes(check.rows)
        XCTAssertFalse(clashes.isEmpty)
        XCTAssertTrue(clashes.allSatisfy { check.rows[$0.earlier].sessionID == moved || check.rows[$0.later].sessionID == moved })
        check.assertOverlapsMatchTheData()
        XCTAssertEqual(check.diagnostics("agenda.room-overlap").count, Set(clashes.map(\.later)).count)
    }
}

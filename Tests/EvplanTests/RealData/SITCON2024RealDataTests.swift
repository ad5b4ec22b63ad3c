import XCTest

/// SITCON 2024 (1 day, 43 sessions, 5 rooms). Keynotes, breaks and lunch are simulcast: the JSON gives each
/// its own room plus a `broadcast` list of every room that shows it.
final class SITCON2024RealDataTests: XCTestCase {
    private static let fixture = "schedules/sitcon2024_sessions.json"

    func testEverySessionIsReadBackAsWritten() throws {
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "SITCON 2024", relays: .none)
        XCTAssertEqual(check.rows.count, 43)
        check.assertEverySessionReadBack()
        check.assertReadWithoutFormatComplaints()
    }

    func testNoOverlapWithEachSessionInItsOwnRoom() throws {
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "SITCON 2024", relays: .none)
        XCTAssertEqual(ScheduleOverlapOracle.roomClashes(check.rows).count, 0)
        XCTAssertEqual(ScheduleOverlapOracle.speakerClashes(check.rows).count, 0)
        check.assertOverlapsMatchTheData()
        XCTAssertEqual(check.summary, "", "nothing at all to report")
    }

    /// Writing the simulcast the way a planner might, a relay row in each broadcast room (speakers only in the
    /// origin room), still overlaps nothing: the relays fill rooms exactly when their own sessions pause.
    func testRelayRowsInBroadcastRoomsOverlapNothing() throws {
        let check = try RealScheduleCheck.run(Self.fixture, eventName: "SITCON 2024", relays: .inBroadcastRooms)
        let schedule = check.schedule
        let relayCount = schedule.sessions.reduce(0) { count, session in
            count + (session.broadcast ?? []).filter { $0 != session.room }.count
        }
        XCTAssertGreaterThan(relayCount, 0)
        XCTAssertEqual(check.rows.count, 43 + relayCount)
        check.assertEverySessionReadBack()
        check.assertReadWithoutFormatComplaints()
        XCTAssertEqual(ScheduleOverlapOracle.roomClashes(check.rows).count, 0)
        check.assertOverlapsMatchTheData()
    }
}

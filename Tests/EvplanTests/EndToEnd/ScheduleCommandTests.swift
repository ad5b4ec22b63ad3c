import Foundation
import XCTest

/// `evplan schedule` on plans written as planners write them (Fixtures/plans/holiday-crossing, road-race).
final class ScheduleCommandTests: XCTestCase {
    private struct Task: Decodable {
        let id: String, start: String?, end: String?, slack: Int?, critical: Bool
    }
    private struct Schedule: Decodable {
        struct Calendar: Decodable { let name: String; let holidays: [Day] }
        struct Day: Decodable { let date: String; let name: String }
        let tasks: [Task]
        let calendar: Calendar
    }

    private func schedule(_ folder: URL) throws -> Schedule {
        let run = try EvplanBinary.run(["schedule", folder.path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try JSONDecoder().decode(Schedule.self, from: Data(run.stdout.utf8))
    }

    /// 行憲紀念日 (Fri 2026-12-25) lengthens A1, 春節 (2027-02-04 – 02-10) splits A4, the 228 補假 (Mon 2027-03-01)
    /// splits A5. A4's deadline 2027-02-16 is met with nothing to spare, so A1 → A2 → A4 is critical; the last
    /// working day before the Saturday event (Fri 03-19) bounds the rest.
    func testAPlanAcrossTheHolidaysIsScheduledExactly() throws {
        let folder = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/holiday-crossing", to: try EvplanBinary.temporaryFolder(self))
        let result = try schedule(folder)
        let rows = result.tasks.map { "\($0.id) \($0.start ?? "-") \($0.end ?? "-") \($0.slack.map(String.init) ?? "-") \($0.critical)" }
        XCTAssertEqual(rows, [
            "A1 2026-12-21 2026-12-28 0 true",
            "A2 2026-12-29 2027-02-02 0 true",
            "A3 2026-12-29 2027-01-12 15 false",
            "A4 2027-02-03 2027-02-16 0 true",
            "M1 2027-02-16 2027-02-16 21 false",
            "A5 2027-02-26 2027-03-02 12 false",
            "A6 2027-03-19 2027-03-19 0 true",
            "E1 2027-03-20 2027-03-21 0 true",
        ])
        XCTAssertEqual(result.calendar.name, "TW")
        XCTAssertTrue(result.calendar.holidays.contains { $0.date == "2026-12-25" && $0.name == "行憲紀念日" })
        XCTAssertTrue(result.calendar.holidays.contains { $0.date == "2027-03-01" && $0.name == "補假" })
        let check = try EvplanBinary.run(["check", folder.path])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertFalse(check.stdout.contains("warning"), check.stdout)
    }

    /// Tightening A4's deadline by two working days is reported at A4's deadline cell, and nothing else is.
    func testATightenedDeadlineIsReportedAtItsRowAndNothingElse() throws {
        let folder = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/holiday-crossing", to: try EvplanBinary.temporaryFolder(self))
        let file = folder.appendingPathComponent("T2-project.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "| A2、A3 | 2027-02-16 |", with: "| A2、A3 | 2027-02-12 |").write(to: file, atomically: true, encoding: .utf8)
        let run = try EvplanBinary.run(["check", folder.path, "--format", "json"])
        XCTAssertEqual(run.status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = (json?["diagnostics"] as? [[String: Any]] ?? []).filter { ($0["severity"] as? String) != "info" }
        XCTAssertEqual(diagnostics.map { "\($0["line"] ?? ""):\($0["column"] ?? "") \($0["rule"] ?? "")" }, ["13:40 schedule.deadline-missed"], run.stdout)
        XCTAssertTrue(run.stdout.contains("2 個工作天") || run.stdout.contains("2 working days"), run.stdout)
        let result = try schedule(folder)
        XCTAssertEqual(result.tasks.first { $0.id == "A4" }?.slack, -2)
        XCTAssertEqual(result.tasks.first { $0.id == "A2" }?.slack, -2)
    }

    /// Friday's set-up, Saturday's bib pick-up and Sunday's race follow each other day by day; the milestones on
    /// race day are on time; the 30 calendar days of registration run over weekends.
    func testARoadRaceWeekendChecksClean() throws {
        let folder = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/road-race", to: try EvplanBinary.temporaryFolder(self))
        let check = try EvplanBinary.run(["check", folder.path])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertFalse(check.stdout.contains("error") || check.stdout.contains("warning"), check.stdout)
        let result = try schedule(folder)
        let dates = Dictionary(uniqueKeysWithValues: result.tasks.map { ($0.id, "\($0.start ?? "-")…\($0.end ?? "-")") })
        XCTAssertEqual(dates["P3"], "2027-07-07…2027-08-05", "30 calendar days")
        XCTAssertEqual(dates["S2"], "2027-10-30…2027-10-30")
        XCTAssertEqual(dates["M3"], "2027-10-31…2027-10-31")
        XCTAssertEqual(dates["C1"], "2027-11-01…2027-11-05", "work after Sunday's race starts on Monday")
    }

    /// 2025-02-08 was a 補行上班 Saturday: a three-day task from Thursday works that Saturday.
    func testATaskOverTheMakeUpSaturdayWorksIt() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try "---\nname: 尾牙\nlang: zh-TW\ndates: 2025-03-01\n---\n# 尾牙\n".write(to: folder, "event.md")
        try """
        ---
        task: T2
        ---
        # 時程

        ## 工作項目

        | ID | 工作 | 負責人 | 開始 | 工期 |
        |---|---|---|---|---:|
        | A1 | 年終資料彙整 | 林經理 | 2025-02-06 | 3 |
        """.write(to: folder, "T2-project.md")
        let result = try schedule(folder)
        XCTAssertEqual(result.tasks.first?.end, "2025-02-08")
        let csv = try EvplanBinary.run(["schedule", folder.path, "--format", "csv"])
        XCTAssertTrue(csv.stdout.contains("A1,年終資料彙整,林經理,2025-02-06,2025-02-08,"), csv.stdout)
        let bad = try EvplanBinary.run(["schedule", folder.path, "--as-of", "tomorrow"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--as-of"))
    }
}

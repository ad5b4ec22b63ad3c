import Evplan
import EvplanModel
import XCTest

/// The calendar and tracking rules of T2, each failing and passing, on plans written as planners write them.
final class ScheduleCalendarRulesTests: XCTestCase {
    private func plan(event extra: String = "", _ table: String) throws -> MarkedPlan {
        try MarkedPlan(self, files: [
            "event.md": "---\nname: 社區市集\nlang: zh-TW\ndates: 2027-03-20 ~ 2027-03-21\n\(extra)---\n# 社區市集\n",
            "T2-project.md": "---\ntask: T2\n---\n# 時程\n\n## 工作項目\n\n" + table,
        ])
    }

    private let header = "| ID | 工作 | 負責人 | 開始 | 結束 | 工期 | 前置 | 截止 | 完成度 | 階段 |\n|---|---|---|---|---|---:|---|---|---:|---|\n"

    func testADeadlineMissedIsAnErrorAtTheDeadlineCell() throws {
        let marked = try plan(header + "| A1 | 印製手冊 | 王設計 | 2027-02-03 | | 5 | | ⟨d⟩活動前 40 天 | | 籌備 |\n")
        let result = marked.assertDiagnostics(["d": ["schedule.deadline-missed"]])
        // 活動前 40 天 = Wed 2027-02-08, a 春節 day: the work must end Wed 02-03; it ends Tue 02-16, 4 working days late.
        XCTAssertTrue(result.diagnostics.first?.message.en.contains("4 working days") ?? false, "\(result.diagnostics)")
    }

    func testADeadlineMetIsQuiet() throws {
        let marked = try plan(header + "| A1 | 印製手冊 | 王設計 | 2027-02-03 | | 5 | | 活動前 30 天 | | 籌備 |\n")
        marked.assertDiagnostics([:])
    }

    func testADateOnAHolidayIsAWarningNamingIt() throws {
        let marked = try plan(header + "| A1 | 場勘 | 林經理 | ⟨s⟩2027-03-01 | | 2 | | | | 籌備 |\n| A2 | 簽約 | 林經理 | ⟨w⟩2027-03-06 | | 1 | | | | 籌備 |\n")
        let result = marked.assertDiagnostics(["s": ["schedule.non-working-day"], "w": ["schedule.non-working-day"]])
        XCTAssertTrue(result.diagnostics.contains { $0.message.zhTW.contains("補假") })
        XCTAssertTrue(result.diagnostics.contains { $0.message.en.contains("Saturday") })
    }

    func testOnSiteWorkOnTheWeekendAndAPlansOwnWorkdayAreQuiet() throws {
        let marked = try plan(event: "workdays: [2027-03-06 加班]\n", header
            + "| A1 | 簽約 | 林經理 | 2027-03-06 | | 1 | | | | 籌備 |\n"
            + "| E1 | 市集 | 林經理 | 2027-03-20 | 2027-03-21 | | A1 | | | 執行 |\n")
        marked.assertDiagnostics([:])
    }

    func testAPlansOwnHolidayIsANonWorkingDay() throws {
        let marked = try plan(event: "holidays:\n  - 2027-03-03 公司尾牙\n", header + "| A1 | 場勘 | 林經理 | ⟨s⟩2027-03-03 | | 1 | | | | 籌備 |\n")
        let result = marked.assertDiagnostics(["s": ["schedule.non-working-day"]])
        XCTAssertTrue(result.diagnostics.first?.message.zhTW.contains("公司尾牙") ?? false)
    }

    func testATaskBehindItsProgressAsOfTheStatusDateIsAWarning() throws {
        let marked = try plan(event: "as_of: 2027-03-08\n", header
            + "| A1 | 招商 | 陳專員 | 2027-02-22 | | 5 | | | ⟨p⟩60% | 籌備 |\n"
            + "| A2 | 設計 | 王設計 | 2027-03-02 | | 10 | | | 50% | 籌備 |\n")
        let result = marked.assertDiagnostics(["p": ["schedule.behind"]])
        XCTAssertTrue(result.diagnostics.first?.message.en.contains("should have ended 2027-02-26") ?? false, "\(result.diagnostics)")
        // --as-of moves the status date back: A1 was still running and 60% is on track.
        XCTAssertTrue(Pipeline.compile(folder: marked.folder.path, asOf: PlanDate(year: 2027, month: 2, day: 24)).diagnostics
            .filter { $0.rule.id == "schedule.behind" }.isEmpty)
    }

    func testAPlanThatDoesNotTrackProgressIsNeverBehind() throws {
        let marked = try plan(event: "as_of: 2027-03-08\n", header + "| A1 | 招商 | 陳專員 | 2027-02-22 | | 5 | | | | 籌備 |\n")
        marked.assertDiagnostics([:])
    }

    func testOnePersonOwningTooManyTasksAtOnceIsAWarning() throws {
        let rows = (1...4).map { "| A\($0) | 工作\($0) | \($0 == 4 ? "⟨o⟩" : "")林經理 | 2027-03-02 | | 3 | | | | 籌備 |\n" }.joined()
        try plan(header + rows).assertDiagnostics(["o": ["schedule.owner-overload"]])
        try plan(event: "max_parallel: 4\n", header + rows.replacingOccurrences(of: "⟨o⟩", with: "")).assertDiagnostics([:])
    }

    func testAScheduleReachingUnpublishedYearsIsAnInfo() throws {
        let marked = try MarkedPlan(self, files: [
            "event.md": "---\nname: 年會\nlang: zh-TW\ncalendar: ⟨c⟩TW\ndates: 2028-03-20\n---\n# 年會\n",
            "T2-project.md": "---\ntask: T2\n---\n# 時程\n\n## 工作項目\n\n" + header + "| A1 | 場勘 | 林經理 | 2028-02-01 | | 3 | | | | 籌備 |\n",
        ])
        marked.assertDiagnostics(["c": ["schedule.unofficial-calendar"]])
        try plan(header + "| A1 | 場勘 | 林經理 | 2027-02-01 | | 3 | | | | 籌備 |\n").assertDiagnostics([:])
    }

    func testStartEndAndDurationThatDisagreeAreReported() throws {
        let marked = try plan(header + "| A1 | 場勘 | 林經理 | 2027-03-02 | 2027-03-05 | ⟨d⟩10 | | | | 籌備 |\n"
            + "| A2 | 布置 | 林經理 | 2027-03-08 | 2027-03-12 | 5 | | | | 籌備 |\n")
        marked.assertDiagnostics(["d": ["schedule.duration-mismatch"]])
    }

    func testALateStartTaskRunsAsLateAsItsSuccessorAllows() throws {
        let marked = try plan(header + "| A1 | 印製 | 王設計 | 倒排 | | 3 | | | | 籌備 |\n"
            + "| A2 | 發送 | 王設計 | | | 2 | A1 | 活動前 10 天 | | 籌備 |\n")
        let result = marked.assertDiagnostics([:])
        let schedule = PlanDateText(result)
        // A2 must end by Wed 03-10, so starts by Tue 03-09; A1 runs as late as that allows: Thu 03-04 – Mon 03-08.
        XCTAssertEqual(schedule.dates(0), "2027-03-04…2027-03-08")
        XCTAssertEqual(schedule.dates(1), "2027-03-09…2027-03-10")
    }

    func testAnEndOnlyTaskIsScheduledBackwards() throws {
        let result = try plan(header + "| A1 | 報名截止整理 | 張專員 | | 2027-03-12 | 3 | | | | 籌備 |\n").assertDiagnostics([:])
        XCTAssertEqual(PlanDateText(result).dates(0), "2027-03-10…2027-03-12")
    }

    func testDurationsInCalendarDaysAndMonths() throws {
        let result = try plan(header + "| A1 | 公告期 | 張專員 | 2027-01-04 | | 30 日曆天 | | | | 籌備 |\n"
            + "| A2 | 招募期 | 張專員 | 2026-11-02 | | 3個月 | | | | 籌備 |\n").assertDiagnostics([:])
        XCTAssertEqual(PlanDateText(result).dates(0), "2027-01-04…2027-02-02")
        XCTAssertEqual(PlanDateText(result).dates(1), "2026-11-02…2027-02-01")
        XCTAssertEqual(result.plan.project.tasks[1].durationText, "3個月")
    }
}

private struct PlanDateText {
    let result: CheckResult
    init(_ result: CheckResult) { self.result = result }
    func dates(_ index: Int) -> String {
        guard let when = result.analyses.schedule.early[index] else { return "undated" }
        return "\(when.start)…\(when.end)"
    }
}

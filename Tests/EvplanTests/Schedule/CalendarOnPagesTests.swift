import Evplan
import EvplanModel
@testable import EvplanRender
import EvplanSchedule
import XCTest

/// The pages read the schedule the pipeline worked out, in its calendar, instead of working out their own.
final class CalendarOnPagesTests: XCTestCase {
    private typealias F = RenderPlanFixture

    /// A: Mon 1 – Fri 5 Mar 2027 in the usual calendar; B: 3 working days after it.
    private func plan() -> Plan {
        var plan = Plan(root: "/plans/calendar")
        plan.event = F.event(language: .zhTW)
        plan.event?.dates = nil
        plan.project = Project(tasks: [
            F.task("A", "準備", owner: "林經理", start: F.date(2027, 3, 1), days: 5, line: 5),
            F.task("B", "執行", owner: "張專員", days: 3, after: ["A"], line: 6),
        ])
        return plan
    }

    private func context(_ calendar: WorkingCalendar) -> RenderContext {
        let plan = plan()
        return RenderContext(plan: plan, analyses: PlanAnalyses(plan: plan, calendar: calendar), diagnostics: [])
    }

    func testTheGanttShadesTheCalendarsDaysOffNotSaturdays() {
        // Two weeks, Mon 1 – Sun 14 Mar: two weekends.
        let usual = GanttViewModel(context(.mondayToFriday))
        XCTAssertEqual(usual.chart.weekends.count, 2)
        XCTAssertEqual(usual.chart.weekends.map(\.width), ["108.6", "108.6"], "Saturday and Sunday, 54.29 a day")

        // Wednesday 3 March off and Saturday 6 March worked: the holiday is shaded, and only Sunday of that weekend.
        let calendar = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: [
            .holiday(F.date(2027, 3, 3), name: "颱風假"), .workingDay(F.date(2027, 3, 6), name: "補行上班"),
        ])!
        let shifted = GanttViewModel(context(calendar))
        XCTAssertEqual(shifted.chart.weekends.map(\.x), ["378.6", "595.7", "921.4"], "Wed 3, Sun 7, Sat 13")
        XCTAssertEqual(shifted.chart.weekends.map(\.width), ["54.3", "54.3", "108.6"])
        // A still takes five working days (Mon 1 – Sat 6 without Wednesday); B follows on Mon 8 – Wed 10.
        XCTAssertEqual(shifted.tasks.map(\.end), ["2027-03-06 (六)", "2027-03-10 (三)"])
        XCTAssertEqual(shifted.tasks.map(\.workingDays), ["5", "3"])
        XCTAssertEqual(shifted.span, "2027-03-01 (週一) ~ 03-10 (週三) · 8 個工作天")
    }

    func testTheProposalAndTheCoverageUseTheGivenSchedule() {
        let calendar = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], exceptions: [.holiday(F.date(2027, 3, 3), name: "颱風假")])!
        let context = context(calendar)
        XCTAssertTrue(GanttPage().covers("O2.2.3", in: context))
        let unscheduled = RenderContext(plan: context.plan, analyses: PlanAnalyses(schedule: .empty()), diagnostics: [])
        XCTAssertFalse(GanttPage().covers("O2.2.3", in: unscheduled), "the coverage reads the analysis it is given, not the plan's tasks")
        let proposal = ProposalViewModel(context)
        let schedule = proposal.sections.compactMap(\.scheduleSummary).first
        XCTAssertEqual(schedule?.span, "2027-03-01 (週一) ~ 03-11 (週四)")
    }

    func testCompileWorksOutTheScheduleOnceForChecksAndPages() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let compiled = Pipeline.compile(folder: root.appendingPathComponent("samples/forum-zh").path)
        XCTAssertEqual(compiled.analyses.schedule.early.count, compiled.plan.project.tasks.count)
        XCTAssertTrue(compiled.analyses.schedule.hasDates)
        // A zh-TW plan is scheduled in Taiwan's office calendar unless it says `calendar: none`.
        XCTAssertFalse(compiled.analyses.schedule.calendar.isWorkingDay(PlanDate(year: 2027, month: 3, day: 1)!), "228 補假")
        XCTAssertEqual(compiled.analyses.schedule.calendarChoice, .taiwan)
        XCTAssertEqual(compiled.diagnostics, Pipeline.check(folder: root.appendingPathComponent("samples/forum-zh").path).diagnostics)
        let files = try Renderer(overrideDirectory: nil).render(compiled)
        XCTAssertEqual(files.map(\.path), try Renderer(overrideDirectory: nil)
            .render(compiled.plan, diagnostics: compiled.diagnostics).map(\.path))
    }
}

import EvplanModel
@testable import EvplanRender
import XCTest

final class GanttPageTests: XCTestCase {
    private typealias F = RenderPlanFixture

    /// A: Mon 1 – Fri 5 Mar 2027; B follows A for 3 working days (Mon 8 – Wed 10); M: milestone after B.
    private func smallPlan() -> Plan {
        var plan = Plan(root: "/plans/small")
        plan.event = F.event(language: .zhTW)
        plan.event?.dates = nil
        // Geometry in a plain Monday-to-Friday week (1 March 2027 is a 補假 in Taiwan's calendar).
        plan.event?.calendar = Located(.mondayToFriday, at: SourceLocation(file: "event.md", line: 2, column: 11))
        plan.project = Project(tasks: [
            F.task("A", "準備", owner: "林經理", start: F.date(2027, 3, 1), days: 5, line: 5),
            F.task("B", "執行", owner: "張專員", days: 3, after: ["A"], line: 6),
            F.task("M", "完成", owner: "林經理", days: 0, after: ["B"], line: 7),
        ])
        return plan
    }

    func testDependencyArrowRunsFromThePredecessorsEndToTheSuccessorsStart() throws {
        let html = try F.html("gantt.html", of: smallPlan())
        // Two weeks (Mon 1 – Sun 14 Mar) over 760 units: 54.29 a day, plot starting at x = 270.
        // A's bar ends at 270 + 5 days = 541.4; the arrow drops from just inside it (535.4) at the bar's bottom edge (y 71)
        // to B's row middle (y 92) and runs right into B's start, Mon 8 Mar (270 + 7 days = 650).
        XCTAssertTrue(html.contains("<rect class=\"task-bar\" x=\"270\" y=\"57\" width=\"271.4\""), "bar of A")
        XCTAssertTrue(html.contains("<rect class=\"task-bar\" x=\"650\" y=\"85\" width=\"162.9\""), "bar of B")
        // The chain A → B → M has no slack: its arrows are drawn as critical.
        XCTAssertTrue(html.contains("<path class=\"dependency critical\" d=\"M535.4,71 V92 H650\""), "arrow A → B")
        XCTAssertEqual(html.components(separatedBy: "marker-end=\"url(#arrowhead-critical)\"").count - 1, 2)
    }

    func testMilestoneIsADiamondOnItsDayWithTheArrowEndingAtItsLeftTip() throws {
        let html = try F.html("gantt.html", of: smallPlan())
        // M falls on Wed 10 Mar, the day B ends: day 9 of the plot, centre 270 + 9.5 days = 785.7.
        XCTAssertTrue(html.contains("<polygon class=\"milestone\" points=\"785.7,112 793.7,120 785.7,128 777.7,120\""))
        XCTAssertTrue(html.contains("H777.7\""), "the arrow into M stops at the diamond's left tip")
        XCTAssertTrue(html.contains(">3/10 · 林經理</text>"))
    }

    func testWeekendsAreShadedAndTheEventDaysMarked() throws {
        let html = try F.html("gantt.html", of: F.plan())
        XCTAssertGreaterThan(html.components(separatedBy: "class=\"weekend\"").count - 1, 10)
        XCTAssertTrue(html.contains("class=\"event-band\""))
        XCTAssertTrue(html.contains(">活動日 3/12–3/13</text>"))
        XCTAssertEqual(html.components(separatedBy: "<polygon class=\"milestone\"").count - 1, 2)
    }

    func testTaskTableListsDatesWorkingDaysAndPredecessors() throws {
        let html = F.squeezed(try F.html("gantt.html", of: F.plan()))
        XCTAssertTrue(html.contains("<td><b>A2</b></td> <td>場地勘查與簽約</td> <td>張專員</td> <td class=\"nowrap\">2026-12-08 (二)</td> <td class=\"nowrap\">2026-12-21 (一)</td> <td class=\"num\">10</td> <td>A1</td>"))
        XCTAssertTrue(html.contains("<td><b>B2</b></td>"))
        XCTAssertTrue(html.contains("<td>B1, M1</td>"))
        XCTAssertTrue(html.contains("◆ 場地確定"))
    }

    func testTasksThatCannotBeDatedAreListedNotDrawn() throws {
        let html = F.squeezed(try F.html("gantt.html", of: F.plan()))
        XCTAssertTrue(html.contains("以下工作無法排定日期："))
        XCTAssertTrue(html.contains("<li><b>X1</b> 備案場地勘查: 沒有開始日期，也沒有已排定的前置作業</li>"))
        XCTAssertFalse(html.contains(">X1</text>"))
    }

    func testCycleIsNamedAsTheReason() throws {
        var plan = smallPlan()
        plan.project = Project(tasks: [
            F.task("P", "甲", owner: "林", days: 2, after: ["Q"], line: 5),
            F.task("Q", "乙", owner: "林", days: 2, after: ["P"], line: 6),
        ])
        let html = try F.html("gantt.html", of: plan)
        XCTAssertTrue(html.contains("前置作業形成循環"))
        XCTAssertFalse(html.contains("<svg class=\"chart gantt\""))
    }
}

import EvplanModel
@testable import EvplanRender
import XCTest

final class AgendaPageTests: XCTestCase {
    private typealias F = RenderPlanFixture

    private func grid(day: Int = 0) -> AgendaGrid {
        let plan = F.plan()
        let context = RenderContext(plan: plan, diagnostics: [])
        return AgendaGrid(day: plan.agenda.days[day], venue: plan.venue, context: context)
    }

    func testColumnsAreTheRoomsSessionsUseInTheVenuesOrder() {
        // 大廳 only hosts breaks, which span the grid, so it gets no column.
        XCTAssertEqual(grid().columns.map(\.roomName), ["國際廳", "201 會議室"])
        XCTAssertEqual(grid().columns.map(\.capacity), ["400", "100"])
    }

    func testSessionsSitInTheirRoomsColumnAndTimeRow() throws {
        let rows = grid().rows
        let eleven = try XCTUnwrap(rows.first { $0.time == "11:00–12:00" })
        XCTAssertEqual(eleven.cells.map(\.title), ["分組 B：綠色金融", "分組 A：循環經濟"])
        XCTAssertEqual(eleven.cells.map(\.speakers), ["張志豪", "李大同、陳美玲"])

        // The 90-minute forum spans two slots beside the one-hour workshop; the half hour after the workshop is empty.
        let afternoon = try XCTUnwrap(rows.first { $0.time == "13:30–14:30" })
        XCTAssertEqual(afternoon.cells.map(\.title), ["論壇：淨零路徑", "工作坊：碳盤查實務"])
        XCTAssertEqual(afternoon.cells.map(\.rowspan), [2, 1])
        let after = try XCTUnwrap(rows.first { $0.time == "14:30–15:00" })
        XCTAssertEqual(after.cells.count, 1)
        XCTAssertTrue(after.cells[0].isEmpty)
    }

    func testBreaksSpanEveryColumn() throws {
        let lunch = try XCTUnwrap(grid().rows.first { $0.time == "12:00–13:30" })
        XCTAssertEqual(lunch.cells.count, 1)
        XCTAssertEqual(lunch.cells[0].title, "午餐")
        XCTAssertEqual(lunch.cells[0].colspan, 2)
        XCTAssertTrue(lunch.cells[0].isBreak)
    }

    func testGridIsDrawnInTheHTMLWithRowAndColumnSpans() throws {
        let html = F.squeezed(try F.html("agenda.html", of: F.plan()))
        XCTAssertTrue(html.contains("<th>國際廳 <span class=\"cap\">(400)</span></th><th>201 會議室 <span class=\"cap\">(100)</span></th>"))
        XCTAssertTrue(html.contains("<td class=\"slot\" rowspan=\"2\" colspan=\"1\"> <div class=\"slot-time\">13:30–15:00<span class=\"slot-room\"> · 國際廳</span></div> <div class=\"slot-title\">論壇：淨零路徑</div>"))
        XCTAssertTrue(html.contains("<td class=\"slot break\" rowspan=\"1\" colspan=\"2\"> <div class=\"slot-time\">12:00–13:30 · 大廳</div> <div class=\"slot-title\">午餐</div>"))
    }

    func testOverlappingSessionsInOneRoomAreListedBesideTheGrid() throws {
        var plan = F.plan()
        plan.agenda.days[0].sessions.append(F.session("11:30-12:30", "臨時加場", room: "國際廳", line: 19))
        let html = F.squeezed(try F.html("agenda.html", of: plan))
        XCTAssertTrue(html.contains("以下議程無法排入議程表："))
        XCTAssertTrue(html.contains("<li>11:30–12:30 臨時加場 · 國際廳</li>"))
        // It has no note: listed once, beside the grid, not again in the detailed list.
        XCTAssertFalse(html.contains("<td>臨時加場</td>"))
    }

    /// The grid carries every session; the detailed list only those with more to say (a note, an added column).
    func testDetailedListShowsEverySessionWithItsExtraColumn() throws {
        let html = F.squeezed(try F.html("agenda.html", of: F.plan()))
        XCTAssertTrue(html.contains("<th>語言</th>"))
        XCTAssertTrue(html.contains("<td class=\"nowrap\">11:00–12:00</td> <td>分組 B：綠色金融</td> <td class=\"name\">張志豪</td> <td>國際廳</td> <td class=\"num\">200</td> <td>英文</td>"))
        XCTAssertTrue(html.contains("<h2>Day 1 · 2027-03-12 (週五)</h2>"))
        XCTAssertTrue(html.contains("<h2>Day 2 · 2027-03-13 (週六)</h2>"))
    }

    func testMarkupInASessionTitleIsShownAsText() throws {
        var plan = F.plan()
        plan.agenda.days[0].sessions[1].title.value = "<script>alert(\"x\")</script>開幕"
        plan.agenda.days[0].sessions[1].speakers = [F.text("<b>王</b> & 李", "T4-agenda.md", 10)]
        let renderer = try Renderer(overrideDirectory: nil)
        // The pages; the calendar and schedule exports are not HTML and carry the title as plain text.
        for file in renderer.render(plan, diagnostics: []) where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            XCTAssertFalse(html.contains("<script"), file.path)
            XCTAssertFalse(html.contains("<b>王</b>"), file.path)
        }
        let agenda = try F.html("agenda.html", of: plan)
        XCTAssertTrue(agenda.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;開幕"))
        XCTAssertTrue(agenda.contains("&lt;b&gt;王&lt;/b&gt; &amp; 李"))
    }

    func testNoAgendaGivesANote() throws {
        var plan = F.plan()
        plan.agenda = Agenda()
        let html = try F.html("agenda.html", of: plan)
        XCTAssertTrue(html.contains("尚未規劃。"))
        XCTAssertFalse(html.contains("<table"))
    }
}

extension AgendaPageTests {
    func testDayHeadingDoesNotRepeatTheDateOrWeekdayThePlannerWrote() throws {
        let plan = RenderPlanFixture.plan()
        let context = RenderContext(plan: plan, diagnostics: [])
        var day = plan.agenda.days[0]
        day.title = "第一天 2027-03-12（五）"
        XCTAssertEqual(AgendaViewModel.heading(of: day, number: 1, context: context), "第一天 · 2027-03-12 (週五)")
        day.title = "2027/3/12"
        XCTAssertEqual(AgendaViewModel.heading(of: day, number: 1, context: context), "第 1 天 · 2027-03-12 (週五)")
        let english = RenderContext(plan: RenderPlanFixture.plan(language: .en), diagnostics: [])
        day.title = "Friday 2027-03-12"
        XCTAssertEqual(AgendaViewModel.heading(of: day, number: 2, context: english), "Day 2 · Fri 12 Mar 2027")
    }
}

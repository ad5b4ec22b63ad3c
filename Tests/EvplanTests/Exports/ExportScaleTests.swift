import EvplanModel
@testable import EvplanRender
import Foundation
import XCTest

/// A programme of thousands of sessions, each in its own room with a Chinese title, exports in seconds: ICU's
/// transliterator, started once per title, once took minutes for this.
final class ExportScaleTests: XCTestCase {
    func testFiveThousandChineseSessionsInFiveThousandRoomsExportInTime() throws {
        var plan = RenderPlanFixture.plan()
        let date = RenderPlanFixture.date(2027, 3, 12)
        let sessions = (0..<5_000).map { number in
            Session(time: Located(TimeRange(start: TimeOfDay(minutes: 540 + number % 8 * 30), end: TimeOfDay(minutes: 570 + number % 8 * 30)),
                                  at: RenderPlanFixture.loc("T4-agenda.md", number + 5)),
                    title: RenderPlanFixture.text("第 \(number) 場：永續轉型與碳盤查實務（\(number % 97) 號）", "T4-agenda.md", number + 5),
                    speakers: [RenderPlanFixture.text("講者\(number % 300)", "T4-agenda.md", number + 5)],
                    room: RenderPlanFixture.text("分場 \(number)", "T4-agenda.md", number + 5),
                    location: RenderPlanFixture.loc("T4-agenda.md", number + 5))
        }
        plan.agenda = Agenda(days: [AgendaDay(date: Located(date, at: RenderPlanFixture.loc("T4-agenda.md", 3)), title: "第一天",
                                              sessions: sessions, location: RenderPlanFixture.loc("T4-agenda.md", 3))])
        let context = RenderContext(plan: plan, diagnostics: [])
        let started = Date()
        var sizes: [String: Int] = [:]
        for export in DeliverableCatalogue.exports where export.fileName != "tasks.ics" {
            sizes[export.fileName] = export.contents(context).count
        }
        let seconds = Date().timeIntervalSince(started)
        print("exports of 5,000 sessions: \(String(format: "%.2f", seconds)) s, \(sizes.sorted { $0.key < $1.key })")
        XCTAssertLessThan(seconds, 20, "three exports of 5,000 sessions")
        let xml = String(decoding: FrabScheduleExport().contents(context), as: UTF8.self)
        XCTAssertEqual(xml.components(separatedBy: "<event id=").count - 1, 5_000)
        XCTAssertEqual(xml.components(separatedBy: "<room name=").count - 1, 5_000)
        XCTAssertTrue(xml.contains("-di-4999-chang-yong-xu-zhuan-xing"), "titles are spelt in pinyin")
    }
}

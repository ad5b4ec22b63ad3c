import EvplanModel
@testable import EvplanParse
import XCTest

final class EventFrontMatterTests: XCTestCase {
    func testOrganisersInEveryRoleInChineseAndEnglishKeys() throws {
        let fixture = try PlanFixture(self, files: ["event.md": """
        ---
        name: 街區藝術節
        指導單位: 臺北市政府文化局
        organizer: 大稻埕街區發展協會
        承辦單位: 稻埕創意有限公司
        co_organizer:
          - 大同區公所
          - 迪化街商圈發展促進會
        贊助單位: 永樂布業商場自治會、霞海城隍廟
        version: 第二版
        issued: 116/06/30
        date_style: roc
        ---
        # 街區藝術節
        """])
        let (plan, diagnostics) = fixture.parse()
        let event = try XCTUnwrap(plan.event)
        XCTAssertEqual(event.organisers.map(\.role), [.supervisor, .organizer, .executor, .coOrganizer, .sponsor])
        XCTAssertEqual(event.organisers.first { $0.role == .coOrganizer }?.names, ["大同區公所", "迪化街商圈發展促進會"])
        XCTAssertEqual(event.organisers.last?.names, ["永樂布業商場自治會", "霞海城隍廟"])
        XCTAssertEqual(event.organizer, "大稻埕街區發展協會")
        XCTAssertEqual(event.version, "第二版")
        XCTAssertEqual(event.issued?.value.description, "2027-06-30")
        XCTAssertEqual(event.dateStyle, .roc)
        XCTAssertEqual(diagnostics.map(\.rule.id), [])
    }

    func testAnUnknownKeyIsANoteAtItsKeyAndABadDateStyleIsAnError() throws {
        let fixture = try PlanFixture(self, files: ["event.md": "---\nname: 測試\nco_organiser_typo: 某單位\ndate_style: 農曆\n---\n# 測試\n"])
        let (_, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), ["event.md:3:1 format.unknown-key", "event.md:4:13 format.unparsable-value"])
        XCTAssertEqual(diagnostics.first { $0.rule.id == "format.unknown-key" }?.severity, .info)
    }

    func testDatelinesInTheFormsPlannersWrite() {
        let cases: [(String, String?, String?)] = [
            ("【2027年2月23日／臺北訊】", "2027-02-23", "臺北"),
            ("2027-02-23 台北", "2027-02-23", "台北"),
            ("116年2月23日（二）臺中訊", "2027-02-23", "臺中"),
            ("Taipei, 6 April 2027", "2027-04-06", "Taipei"),
            ("April 6, 2027 — Taipei", "2027-04-06", "Taipei"),
            ("臺北訊", nil, "臺北"),
        ]
        for (text, date, place) in cases {
            let read = Dateline.read(text)
            XCTAssertEqual(read.date?.description, date, text)
            XCTAssertEqual(read.place, place, text)
        }
    }
}

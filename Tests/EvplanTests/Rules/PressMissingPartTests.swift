import XCTest
@testable import EvplanCheck
import EvplanModel

final class PressMissingPartTests: XCTestCase {
    private let rule = PressMissingPart()
    private let file = "T7-marketing.md"

    private func release(headline: String?, dateline: String?, body: String?, contact: String?) -> PressRelease {
        var release = PressRelease(location: PlanBuilder.location(file, 10))
        release.headline = headline.map { PlanBuilder.cell($0, file, 13, 1) }
        release.dateline = dateline.map { PlanBuilder.cell($0, file, 16, 1) }
        release.bodyHTML = body
        release.contact = contact.map { PlanBuilder.cell($0, file, 22, 1) }
        return release
    }

    func testEachMissingPartIsReportedAtTheSection() {
        let plan = PlanBuilder.plan(pressRelease: release(headline: "2027 台灣永續創新論壇 三月登場", dateline: nil,
                                                          body: "<p> </p>", contact: "  "))
        let diagnostics = PlanBuilder.run(rule, on: plan)
        PlanBuilder.assertReports(diagnostics, of: PressMissingPart.descriptor,
                                  at: ["T7-marketing.md:10:1", "T7-marketing.md:10:1", "T7-marketing.md:10:1"])
        XCTAssertEqual(diagnostics.map(\.message.zhTW), ["新聞稿缺少發布（日期與地點）", "新聞稿缺少內文", "新聞稿缺少媒體聯絡人"])
    }

    func testACompleteReleaseOrNoReleasePasses() {
        let complete = release(headline: "論壇三月登場", dateline: "2027-02-20 台北", body: "<p>綠色未來協會宣布…</p>",
                               contact: "黃小姐 02-2345-6789")
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(pressRelease: complete)), [])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan()), [])
    }
}

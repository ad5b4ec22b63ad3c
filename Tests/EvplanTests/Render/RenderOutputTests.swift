import EvplanModel
@testable import EvplanRender
import XCTest

final class RenderOutputTests: XCTestCase {
    func testTwoRendersGiveTheSameBytes() throws {
        let plan = RenderPlanFixture.plan()
        let diagnostics = RenderPlanFixture.diagnostics()
        let first = try Renderer(overrideDirectory: nil).render(plan, diagnostics: diagnostics)
        let second = try Renderer(overrideDirectory: nil).render(plan, diagnostics: diagnostics.reversed())
        XCTAssertEqual(first.map(\.path), second.map(\.path))
        for (a, b) in zip(first, second) { XCTAssertEqual(a.contents, b.contents, a.path) }
    }

    func testEnglishPlansGetEnglishLabelsDatesAndEndMark() throws {
        let plan = RenderPlanFixture.plan(language: .en)
        let diagnostics = RenderPlanFixture.diagnostics()
        let budget = try RenderPlanFixture.html("budget.html", of: plan)
        for label in ["Total expenses", "Cost structure", "Income", "Balance · deficit", "Headroom under the cap", "Unit price", "Amounts in New Taiwan dollars (NT$)"] {
            XCTAssertTrue(budget.contains(label), label)
        }
        XCTAssertFalse(budget.contains("支出合計"))
        let index = try RenderPlanFixture.html("index.html", of: plan, diagnostics: diagnostics)
        XCTAssertTrue(index.contains("Fri 12 – Sat 13 Mar 2027 · 2 days"))
        XCTAssertTrue(index.contains("Check results"))
        XCTAssertTrue(index.contains("1 error · 1 warning"))
        XCTAssertTrue(index.contains("Income NT$900,000 is below expenses NT$930,500"))
        XCTAssertTrue(index.contains("Fix: Raise income or cut costs."))
        let agenda = try RenderPlanFixture.html("agenda.html", of: plan)
        XCTAssertTrue(agenda.contains("<h2>Day 1 · Fri 12 Mar 2027</h2>"))
        let release = try RenderPlanFixture.html("press-release.html", of: plan)
        XCTAssertTrue(release.contains("FOR IMMEDIATE RELEASE"))
        XCTAssertFalse(release.contains("即時發布"))
        XCTAssertTrue(release.contains("<p class=\"release-end\">###</p>"))
        let gantt = try RenderPlanFixture.html("gantt.html", of: plan)
        XCTAssertTrue(gantt.contains(">Dec 2026</text>"))
        XCTAssertTrue(gantt.contains("Working days"))
    }

    func testAnEmptyPlanRendersEveryPageWithNotYetPlannedNotes() throws {
        let files = try Renderer(overrideDirectory: nil).render(Plan(root: "/plans/empty"), diagnostics: [])
        XCTAssertEqual(files.filter { $0.path.hasSuffix(".html") }.count, 18)
        for file in files where file.path != "index.html" {
            let html = String(decoding: file.contents, as: UTF8.self)
            XCTAssertTrue(html.contains("尚未規劃。") || html.contains("empty-note"), file.path)
            XCTAssertTrue(html.contains("未命名活動"), file.path)
        }
        let index = String(decoding: files[0].contents, as: UTF8.self)
        XCTAssertTrue(index.contains("檢查通過：沒有發現任何問題。"))
        XCTAssertTrue(index.contains("企劃資料夾還沒有 event.md"))
    }

    func testEveryLabelATemplateUsesExists() throws {
        let known = Set(Labels.table.keys)
        for entry in EmbeddedTemplates.base64 where entry.name.hasSuffix(".mustache") {
            let text = String(decoding: try XCTUnwrap(Data(base64Encoded: entry.contents)), as: UTF8.self)
            for tag in TemplateScanner.tags(in: text) where tag.name.hasPrefix("l.") {
                XCTAssertTrue(known.contains(String(tag.name.dropFirst(2))), "\(entry.name):\(tag.line): \(tag.name)")
            }
        }
        for language in Language.allCases {
            XCTAssertTrue(Labels.strings(in: language).values.allSatisfy { !$0.isEmpty })
        }
    }
}

import EvplanModel
@testable import EvplanRender
import XCTest

final class HomeAndDocumentPageTests: XCTestCase {
    private typealias F = RenderPlanFixture

    func testHomeListsCheckResultsErrorsFirstWithPlaceRuleMessageAndHint() throws {
        let html = F.squeezed(try F.html("index.html", of: F.plan(), diagnostics: F.diagnostics()))
        XCTAssertTrue(html.contains("1 個錯誤 · 1 個警告"))
        let error = try XCTUnwrap(html.range(of: "<code>T4-agenda.md:16:3</code>"))
        let warning = try XCTUnwrap(html.range(of: "<code>T3-budget.md:22:1</code>"))
        XCTAssertLessThan(error.lowerBound, warning.lowerBound)
        XCTAssertTrue(html.contains("<span class=\"badge error\">錯誤</span>"))
        XCTAssertTrue(html.contains("<code class=\"rule\">budget.deficit</code>"))
        XCTAssertTrue(html.contains("收入 NT$900,000 少於支出 NT$930,500，短絀 NT$30,500"))
        XCTAssertTrue(html.contains("建議：增加收入或刪減支出。"))
    }

    func testHomeSummarisesTheEventAndLinksEveryPage() throws {
        let html = F.squeezed(try F.html("index.html", of: F.plan()))
        XCTAssertTrue(html.contains("<h1>2027 台灣永續創新論壇</h1>"))
        XCTAssertTrue(html.contains("2027-03-12 (週五) ~ 03-13 (週六) · 共 2 天"))
        XCTAssertTrue(html.contains("<dd>綠色未來協會</dd>"))
        XCTAssertTrue(html.contains("<dd>台大醫院國際會議中心</dd>"))
        XCTAssertTrue(html.contains("<dd>300 人</dd>"))
        XCTAssertTrue(html.contains("10 筆支出，合計 NT$930,500"))
        XCTAssertTrue(html.contains("12 項工作、2 個里程碑"))
        XCTAssertTrue(html.contains("2 天、8 場議程"))
        XCTAssertTrue(html.contains("檢查通過"))
    }

    func testCoverageTableFollowsWhatThePlanHolds() throws {
        var plan = F.plan()
        var html = F.squeezed(try F.html("index.html", of: plan))
        let rows = html.components(separatedBy: "<tr").filter { $0.contains("<b>O") }
        func row(_ code: String) -> String { rows.first { $0.contains("<b>\(code)</b>") } ?? "" }
        XCTAssertTrue(row("O2.2.3").contains("<span class=\"badge covered\">已有文件</span></td> <td><a href=\"gantt.html\">甘特圖</a>"), row("O2.2.3"))
        // The venue page serves O5.1.1; the plan's rooms give it its requirements.
        XCTAssertTrue(row("O5.1.1").contains("<a href=\"venue.html\">"), row("O5.1.1"))
        // What the plan has not written is said so, never as a failing of the plan.
        XCTAssertTrue(row("O6.1.2").contains("尚未撰寫") || row("O6.1.2").contains("以文字撰寫"), row("O6.1.2"))
        XCTAssertFalse(html.contains("尚未支援"))
        XCTAssertEqual(rows.count, 38, "every output of the standard has its row")
        plan.pressRelease = nil
        plan.project = Project()
        html = F.squeezed(try F.html("index.html", of: plan))
        XCTAssertTrue(html.contains("<b>O7.2.1</b></td> <td>發佈媒體新聞稿</td> <td><span class=\"badge missing\">尚未撰寫</span>"))
        XCTAssertTrue(html.contains("<b>O2.2.3</b></td> <td>專案時程表（甘特圖）</td> <td><span class=\"badge missing\">尚未撰寫</span>"))
    }

    func testProposalHasCoverOverviewTaskProseInOrderAndSummaries() throws {
        let html = F.squeezed(try F.html("proposal.html", of: F.plan()))
        XCTAssertTrue(html.contains("<p class=\"cover-kind\">活動企劃書</p> <h1 class=\"cover-title\">2027 台灣永續創新論壇</h1>"))
        XCTAssertTrue(html.contains("<dt>主辦單位</dt><dd>綠色未來協會</dd>"))
        // Prose is the parser's safe HTML and goes in as markup.
        XCTAssertTrue(html.contains("聚焦<strong>淨零轉型</strong>與循環經濟"))
        // The order of Taiwanese proposals; sections with nothing to say are left out and the rest renumbered.
        let order = ["一、</span>計畫緣起與目的", "二、</span>主辦／協辦／指導單位", "三、</span>時間、地點與對象", "四、</span>活動內容與議程",
                     "五、</span>執行期程", "六、</span>經費概算表", "七、</span>附件"]
        var last = html.startIndex
        for heading in order {
            let found = try XCTUnwrap(html.range(of: "<h2><span class=\"section-number\">" + heading, range: last..<html.endIndex), heading)
            last = found.upperBound
        }
        // The milestone falls on the day its predecessor A2 ends.
        XCTAssertTrue(html.contains("<td>◆ 場地確定</td><td class=\"nowrap\">2026-12-21 (週一)</td>"))
        // The full budget: every line and the total, not only the categories.
        XCTAssertTrue(html.contains("<td class=\"name\">場地租金</td>"))
        XCTAssertTrue(html.contains("<td colspan=\"4\">支出總計</td> <td class=\"num\">930,500</td>"))
        XCTAssertTrue(html.contains("<svg class=\"chart gantt\""))
        // Every session, not only the keynotes.
        XCTAssertTrue(html.contains("開幕演講：永續轉型（王小明）"))
        XCTAssertTrue(html.contains("專題演講：綠色供應鏈（Dr. Anna Weber）"))
        XCTAssertTrue(html.contains("<td class=\"name\">201 會議室</td><td class=\"num\">100</td><td>教室型</td><td class=\"num\">45 坪</td>"))
        // No codes on a page handed to a client; T6 (contractors, payment terms) stays out.
        XCTAssertFalse(html.contains("O2.1.1"))
        XCTAssertFalse(html.contains("基礎設施與承包商"))
    }

    func testPressReleaseIsLaidOutAsARelease() throws {
        let html = F.squeezed(try F.html("press-release.html", of: F.plan()))
        XCTAssertTrue(html.contains("<span class=\"kind-main\">新聞稿</span>"))
        XCTAssertFalse(html.contains("FOR IMMEDIATE RELEASE"), "no English label in a Chinese release")
        XCTAssertTrue(html.contains("<h1 class=\"release-headline\">2027 台灣永續創新論壇 三月登場</h1>"))
        XCTAssertTrue(html.contains("<p class=\"release-dateline-line\">2027-02-20 台北</p>"))
        XCTAssertTrue(html.contains("<p class=\"release-end\">（完）</p>"))
        XCTAssertTrue(html.contains("<h2>新聞聯絡人</h2>"))
        XCTAssertTrue(html.contains("綠色未來協會 公關 黃小姐 02-2345-6789 press@example.org"))
    }

    func testPressReleaseDatelineIsEscapedAndMissingPartsAreNamed() throws {
        var plan = F.plan()
        plan.pressRelease?.dateline = F.text("<i>台北</i>", "T7-marketing.md", 16)
        plan.pressRelease?.contact = nil
        let html = try F.html("press-release.html", of: plan)
        XCTAssertTrue(html.contains("&lt;i&gt;台北&lt;/i&gt;"))
        // A missing part is a check result: the overview reports it (press.missing-part), the client page does not.
        XCTAssertFalse(html.contains("新聞稿尚缺"))
        XCTAssertFalse(html.contains("release-contact\""))
    }
}

import Foundation
import XCTest

/// The grant plan (Fixtures/plans/grant-zh: a 文化局 proposal written with ROC dates, organisers in every role and a
/// 經費來源 column) built with the real binary, read as a client or a grant office would read its pages.
final class ClientPagesTests: XCTestCase {
    private var pages: [String: String] = [:]

    override func setUpWithError() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("Tests/EvplanTests/Fixtures/plans/grant-zh", to: folder)
        let run = try EvplanBinary.run(["build", "grant-zh", "-o", "out"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        for page in ["index", "proposal", "budget", "gantt", "agenda", "press-release"] {
            pages[page] = try String(contentsOf: folder.appendingPathComponent("out/\(page).html"), encoding: .utf8)
        }
    }

    private func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    func testClientPagesCarryNoCodesNoChecksAndNoToolButTheOrganisersVersionAndIssueDate() throws {
        for page in ["proposal", "budget", "gantt", "agenda", "press-release"] {
            let html = try XCTUnwrap(pages[page])
            let body = text(html)
            XCTAssertNil(body.range(of: "O[1-8]\\.[1-9]\\.[1-9]", options: .regularExpression), "\(page) shows a competency code")
            XCTAssertFalse(html.contains("evplan 依企劃資料夾產生"), "\(page) carries the tool's footer")
            let markup = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: "", options: .regularExpression)
            XCTAssertFalse(markup.contains("check-banner") || markup.contains("class=\"codes\""), page)
            XCTAssertTrue(html.contains("第二版（送審版）"), "\(page) has no version")
            XCTAssertTrue(html.contains("116年6月30日"), "\(page) has no issue date")
        }
        for page in ["proposal", "budget", "agenda"] {
            let body = text(try XCTUnwrap(pages[page]))
            XCTAssertTrue(body.contains("指導單位 臺北市政府文化局"), page)
            XCTAssertTrue(body.contains("承辦單位 稻埕創意有限公司"), page)
            XCTAssertTrue(body.contains("協辦單位 臺北市大同區公所、迪化街商圈發展促進會"), page)
        }
        // The overview is the team's: it keeps the codes and the tool's footer.
        XCTAssertTrue(try XCTUnwrap(pages["index"]).contains("evplan 依企劃資料夾產生"))
    }

    func testTheProposalFollowsTheTaiwaneseOrderWithNoEmptyHeadingAndHoldsTheBudgetAndGantt() throws {
        let html = try XCTUnwrap(pages["proposal"])
        let body = text(html)
        let order = ["一、 計畫緣起與目的", "二、 主辦／協辦／指導單位", "三、 時間、地點與對象", "四、 活動內容與議程", "五、 執行期程",
                     "六、 經費概算表", "七、 預期效益", "八、 附件"]
        var last = body.startIndex
        for heading in order {
            let found = try XCTUnwrap(body.range(of: "\(heading)", range: last..<body.endIndex), "missing or out of order: \(heading)")
            last = found.upperBound
        }
        // Every heading is followed by something before the next heading.
        let start = try XCTUnwrap(html.range(of: "<main>")).lowerBound
        let main = String(html[start...])
        let pattern = try NSRegularExpression(pattern: "<h([2-5])[^>]*>.*?</h\\1>\\s*(?:<div[^>]*>\\s*)*<h([2-5])")
        for match in pattern.matches(in: main, range: NSRange(main.startIndex..., in: main)) {
            let first = Int((main as NSString).substring(with: match.range(at: 1)))!
            let second = Int((main as NSString).substring(with: match.range(at: 2)))!
            XCTAssertLessThan(first, second, "a heading with nothing under it: \((main as NSString).substring(with: match.range))")
        }
        XCTAssertTrue(body.contains("藝術家創作費 30,000 8 人 240,000 申請補助"), "the budget lines")
        XCTAssertTrue(body.contains("支出總計 960,000"))
        XCTAssertTrue(html.contains("<svg class=\"chart gantt\""), "the Gantt chart")
        XCTAssertTrue(body.contains("13:00–15:00 布市工藝體驗（永樂市場店家）"), "every session of the programme")
        XCTAssertTrue(body.contains("116年10月16日（六）至17日（日）"), "ROC dates")
        XCTAssertFalse(body.contains("新聞聯絡人"), "the release stays on its own page")
    }

    func testTheGrantBudgetShowsSourcesTheSelfFundedShareAndIncomeByCategory() throws {
        let body = text(try XCTUnwrap(pages["budget"]))
        XCTAssertTrue(body.contains("單位：新臺幣元"))
        XCTAssertTrue(body.contains("申請補助 400,000 400,000 41.7%"))
        XCTAssertTrue(body.contains("自籌比例 39.6%"))
        XCTAssertTrue(body.contains("補助 小計 400,000 占收入 41.7%"))
        XCTAssertTrue(body.contains("100.0%"))
        XCTAssertNil(body.range(of: " [0-9]+% ", options: .regularExpression), "a percentage without its decimal")
    }

    func testTheReleaseIsLaidOutAsA新聞稿() throws {
        let html = try XCTUnwrap(pages["press-release"])
        let body = text(html)
        XCTAssertTrue(html.contains("<h1 class=\"release-headline\">街屋開門！大稻埕街區藝術節 10 月登場</h1>"))
        XCTAssertTrue(html.contains("<p class=\"release-subheadline\">20 家百年店家與 8 位藝術家共同策劃，兩天免費參加</p>"))
        XCTAssertTrue(html.contains("<p class=\"release-dateline-line\">【116年9月30日／臺北訊】</p>"))
        XCTAssertTrue(body.contains("關於主辦單位 社團法人臺北市大稻埕街區發展協會成立於 2015 年"))
        XCTAssertTrue(html.contains("<span class=\"contact-part\">0912-345-678</span>"))
        XCTAssertTrue(body.contains("（完）"))
        XCTAssertNil(body.range(of: "RELEASE|Media contact|FOR IMMEDIATE", options: [.regularExpression, .caseInsensitive]))
    }
}

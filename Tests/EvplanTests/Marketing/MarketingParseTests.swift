import EvplanModel
import XCTest

/// Invitees, the letter, the event's contact and the T3 實際 column as a planner writes them.
final class MarketingParseTests: XCTestCase {
    func testInviteesTheLetterAndTheContactAreRead() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 測試\ndates: 2027-05-08\ncontact: 周佳穎 <market@haohao.example.org.tw>\n---\n# 測試\n",
            "T7-marketing.md": "---\ntask: T7\n---\n## 邀請名單 Invitees\n\n| 姓名 | 稱謂 | 單位 | 電子郵件 | 邀請場次 |\n|---|---|---|---|---|\n| 吳俊賢 | 局長 | 文化局 | wu@culture.example.gov.tw | 開幕 |\n| 許淑芬 | 里長 | 新龍里 | ⟨mail⟩hsu at daan | |\n\n## 邀請函 Invitation\n\n敬愛的貴賓您好：\n\n誠摯邀請您 & 家人蒞臨。\n",
        ])
        let result = plan.assertDiagnostics(["mail": ["format.unparsable-value"]])
        let marketing = result.plan.marketing
        XCTAssertEqual(marketing.invitees.map(\.name.value), ["吳俊賢", "許淑芬"])
        XCTAssertEqual(marketing.invitees[0].email?.value, "wu@culture.example.gov.tw")
        XCTAssertNil(marketing.invitees[1].email, "an address that is not one is reported, not used")
        XCTAssertEqual(marketing.invitation?.text, "敬愛的貴賓您好：\n\n誠摯邀請您 & 家人蒞臨。")
        XCTAssertEqual(result.plan.event?.contact?.value, "周佳穎 <market@haohao.example.org.tw>")
    }

    func testAContactWithoutAnAddressIsReported() throws {
        let plan = try MarkedPlan(self, files: ["event.md": "---\nname: 測試\ncontact: ⟨c⟩周佳穎\n---\n# 測試\n"])
        plan.assertDiagnostics(["c": ["format.unparsable-value"]])
    }

    func testTheActualColumnIsReadIntoEachLineAndTheLessonsSection() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 測試\n---\n# 測試\n",
            "T3-budget.md": "---\ntask: T3\n---\n## 支出\n\n| 項目 | 小計 | 實際 Actual |\n|---|---:|---:|\n| 場地 | 50,000 | 52,500 |\n| 印刷 | 5,000 | |\n",
            "T2-closure.md": "---\ntask: T2\n---\n## 檢討 Lessons\n\n雨備要早訂。\n",
        ])
        let result = plan.assertDiagnostics([:])
        XCTAssertEqual(result.plan.budget.expenseLines.map { $0.actual?.value }, [52_500, nil])
        XCTAssertEqual(result.plan.budget.expenseTables[0].extraHeaders, [], "實際 is a known column, not an extra one")
        XCTAssertEqual(result.plan.lessons.map(\.heading), ["檢討 Lessons"])
        XCTAssertTrue(result.plan.lessons[0].html.contains("雨備要早訂"))
    }
}

import Evplan
import EvplanModel
import XCTest

/// budget.funding-mismatch, budget.subsidised-surplus and press.dateline-mismatch, on plans written as planners write
/// them, through the real loader, parser and rules.
final class GrantBudgetRulesTests: XCTestCase {
    private static let notes: Set<String> = ["format.prose-table"]

    private func budget(expenses: String, income: String) -> String {
        """
        ---
        task: T3
        ---
        # 經費概算

        ## 支出

        | 項目 | 類別 | 小計 | 經費來源 |
        |---|---|---:|---|
        \(expenses)

        ## 收入

        | 項目 | 類別 | 金額 |
        |---|---|---:|
        \(income)
        """
    }

    func testLinesFundedBySubsidyAddingUpToMoreThanTheSubsidyAreWarnedAtTheirFirstSourceCell() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16\n---\n# 街區藝術節\n",
            "T3-budget.md": budget(
                expenses: "| 藝術家創作費 | 業務費 | 240,000 | ⟨s⟩申請補助 |\n| 文宣印刷 | 業務費 | 180,000 | 申請補助 |\n| 音響 | 業務費 | 120,000 | 自籌 |",
                income: "| 文化局補助 | 補助 | 400,000 |\n| 協會經費 | 自籌 | 120,000 |\n| 店家贊助 | 贊助 | 20,000 |"),
        ])
        let result = plan.assertDiagnostics(["s": ["budget.funding-mismatch"]], ignoring: Self.notes)
        let message = try XCTUnwrap(result.diagnostics.first { $0.rule.id == "budget.funding-mismatch" }?.message)
        XCTAssertEqual(message.zhTW, "經費來源「申請補助」支應的支出合計 420,000，收入 400,000，超出 20,000")
    }

    func testASourceWithNoIncomeIsWarned() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16\n---\n# 街區藝術節\n",
            "T3-budget.md": budget(
                expenses: "| 藝術家創作費 | 業務費 | 100,000 | 補助 |\n| 燈飾 | 業務費 | 50,000 | ⟨s⟩永樂商場 |",
                income: "| 文化局補助 | 補助 | 100,000 |\n| 協會經費 | 自籌 | 50,000 |"),
        ])
        plan.assertDiagnostics(["s": ["budget.funding-mismatch"]], ignoring: Self.notes)
    }

    func testSourcesThatMatchTheirIncomePass() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16\n---\n# 街區藝術節\n",
            "T3-budget.md": budget(
                expenses: "| 藝術家創作費 | 業務費 | 240,000 | 申請補助 |\n| 文宣印刷 | 業務費 | 160,000 | 申請補助 |\n| 音響 | 業務費 | 120,000 | 自籌 |",
                income: "| 文化局補助 | 補助 | 400,000 |\n| 協會經費 | 自籌 | 120,000 |"),
        ])
        plan.assertDiagnostics([:], ignoring: Self.notes)
    }

    func testSubsidyIncomeWithASurplusIsWarnedAtTheSubsidyLine() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 社區運動會\ndates: 2027-05-01\n---\n# 社區運動會\n",
            "T3-budget.md": """
            ---
            task: T3
            ---
            ## 支出

            | 項目 | 類別 | 小計 |
            |---|---|---:|
            | 場地 | 場地 | 117,200 |

            ## 收入

            | 項目 | 類別 | 金額 |
            |---|---|---:|
            | ⟨g⟩區公所政府補助 | 補助 | 200,000 |
            """,
        ])
        let result = plan.assertDiagnostics(["g": ["budget.subsidised-surplus"]], ignoring: Self.notes)
        XCTAssertEqual(result.diagnostics.first { $0.rule.id == "budget.subsidised-surplus" }?.severity, .warning)
    }

    func testSubsidyIncomeThatBalancesPasses() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 社區運動會\ndates: 2027-05-01\n---\n# 社區運動會\n",
            "T3-budget.md": "---\ntask: T3\n---\n## 支出\n\n| 項目 | 小計 |\n|---|---:|\n| 場地 | 200,000 |\n\n## 收入\n\n| 項目 | 類別 | 金額 |\n|---|---|---:|\n| 區公所補助 | 補助 | 150,000 |\n| 報名費 | 票券 | 50,000 |\n",
        ])
        plan.assertDiagnostics([:], ignoring: Self.notes)
    }

    private func release(_ dateline: String) -> String {
        "---\ntask: T7\n---\n## 新聞稿\n\n### 標題\n\n街屋開門\n\n### 發布\n\n\(dateline)\n\n### 內文\n\n藝術節將登場。\n\n### 新聞聯絡人\n\n陳雅婷　02-2555-1234\n"
    }

    func testAReleaseDatedAfterTheEventIsWarned() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16 ~ 2027-10-17\n---\n# 街區藝術節\n",
            "T7-marketing.md": release("⟨d⟩【116年10月20日／臺北訊】"),
        ])
        plan.assertDiagnostics(["d": ["press.dateline-mismatch"]], ignoring: Self.notes)
    }

    func testADatelineWithoutADateIsWarned() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16\n---\n# 街區藝術節\n",
            "T7-marketing.md": release("⟨d⟩臺北訊"),
        ])
        plan.assertDiagnostics(["d": ["press.dateline-mismatch"]], ignoring: Self.notes)
    }

    func testAReleaseBeforeTheEventPassesInEveryWrittenForm() throws {
        for dateline in ["【2027年9月30日／臺北訊】", "2027-09-30 台北", "116/09/30 臺北", "Taipei, 30 September 2027"] {
            let plan = try MarkedPlan(self, files: [
                "event.md": "---\nname: 街區藝術節\ndates: 2027-10-16\n---\n# 街區藝術節\n",
                "T7-marketing.md": release(dateline),
            ])
            plan.assertDiagnostics([:], ignoring: Self.notes)
        }
    }

    func testTheGrantFixtureChecksClean() {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plans/grant-zh").path
        let result = Pipeline.check(folder: folder)
        XCTAssertEqual(result.diagnostics.filter { $0.severity != .info }.map(\.rule.id), [])
    }
}

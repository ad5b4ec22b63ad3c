import EvplanModel
import XCTest

/// The three marketing rules on plans written as planners write them, each failing and passing.
final class MarketingRulesTests: XCTestCase {
    private let event = "---\nname: 測試市集\ndates: 2027-05-08 ~ 2027-05-09\nattendees: 500\n---\n# 測試市集\n"

    private func budget(marketing: String) -> String {
        """
        ---
        task: T3
        ---
        ## 支出 Expenses

        | 項目 | 類別 | 小計 |
        |---|---|---:|
        | 場地租金 | 場地 | 50,000 |
        | 社群廣告 | 行銷宣傳 | \(marketing) |
        | 海報印刷 | 行銷宣傳 | 5,000 |

        ## 收入 Income

        | 項目 | 小計 |
        |---|---:|
        | 攤位費 | 200,000 |
        """
    }

    private func channels(_ rows: String) -> String {
        "---\ntask: T7\n---\n## 通路 Channels\n\n| 通路 | 對象 | 開始 | 結束 | 費用 | 目標 |\n|---|---|---|---|---:|---|\n" + rows
    }

    func testChannelCostsThatDifferFromTheMarketingLinesAreReportedAtTheFirstCost() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event, "T3-budget.md": budget(marketing: "20,000"),
            "T7-marketing.md": channels("| Facebook 廣告 | 親子家庭 | 2027-04-01 | 2027-05-01 | ⟨cost⟩30,000 | 報名 100 人 |\n| 海報 | 社區 | 2027-04-10 | 2027-04-30 | 5,000 | 100 處 |\n"),
        ])
        let result = plan.assertDiagnostics(["cost": ["marketing.cost-mismatch"]])
        let message = try XCTUnwrap(result.diagnostics.first { $0.rule.id == "marketing.cost-mismatch" }?.message.zhTW)
        XCTAssertTrue(message.contains("35,000") && message.contains("25,000") && message.contains("行銷宣傳"), message)
    }

    func testChannelCostsEqualToTheMarketingLinesPass() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event, "T3-budget.md": budget(marketing: "20,000"),
            "T7-marketing.md": channels("| Facebook 廣告 | 親子家庭 | 2027-04-01 | 2027-05-01 | 20,000 | 報名 100 人 |\n| 海報 | 社區 | 2027-04-10 | 2027-04-30 | 5,000 | 100 處 |\n"),
        ])
        plan.assertDiagnostics([:])
    }

    func testChannelsWithCostsButNoMarketingLineAreReported() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event,
            "T3-budget.md": "---\ntask: T3\n---\n## 支出\n\n| 項目 | 類別 | 小計 |\n|---|---|---:|\n| 場地租金 | 場地 | 50,000 |\n\n## 收入\n\n| 項目 | 小計 |\n|---|---:|\n| 攤位費 | 90,000 |\n",
            "T7-marketing.md": channels("| Instagram 廣告 | 上班族 | 2027-04-01 | 2027-05-01 | ⟨cost⟩12,000 | 觸及 3 萬 |\n"),
        ])
        let result = plan.assertDiagnostics(["cost": ["marketing.cost-mismatch"]])
        XCTAssertTrue(result.diagnostics[0].message.en.contains("no T3 expense line has a marketing category"), result.diagnostics[0].message.en)
    }

    func testAChannelEndingAfterTheFirstDayIsReportedAtItsEndAndOneEndingThatDayIsNot() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event,
            "T7-marketing.md": channels("| 電子報 | 會員 | 2027-04-01 | 2027-05-08 | | |\n| Facebook 廣告 | 親子家庭 | 2027-04-01 | ⟨end⟩2027-05-09 | | |\n"),
        ])
        let result = plan.assertDiagnostics(["end": ["marketing.after-event"]])
        XCTAssertEqual(result.diagnostics[0].message.zhTW, "通路「Facebook 廣告」2027-05-09 結束，但活動 2027-05-08 就開始了")
    }

    func testA時程DateRangeCountsAsTheChannelsDatesAndFreeTextIsKept() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event,
            "T7-marketing.md": "---\ntask: T7\n---\n## 通路\n\n| 通路 | 對象 | 時程 | 目標 |\n|---|---|---|---|\n| 電子報 | 會員 | 每月一次，共 3 次 | 報名 90 人 |\n| 社群廣告 | 上班族 | ⟨when⟩2027-04-01 至 2027-05-10 | 報名 100 人 |\n",
        ])
        let result = plan.assertDiagnostics(["when": ["marketing.after-event"]])
        let channels = result.plan.marketing.channels
        XCTAssertEqual(channels.map(\.name.value), ["電子報", "社群廣告"])
        XCTAssertEqual(channels[0].period, "每月一次，共 3 次")
        XCTAssertNil(channels[0].end)
        XCTAssertEqual(channels[1].end?.value.description, "2027-05-10")
    }

    private func tickets(_ price: String) -> String {
        "---\ntask: T8\n---\n## 票種\n\n| 票種 | 票價 | 張數 |\n|---|---:|---:|\n| 早鳥票 | \(price) | 100 |\n| 一般票 | 1,200 | 200 |\n| 團體票 | 1,000 | 50 |\n"
    }

    private let mix = "---\ntask: T7\n---\n## 行銷組合 4P\n\n| 面向 | 內容 |\n|---|---|\n| 產品 Product | 兩天市集 |\n| 價格 Price | ⟨price⟩早鳥 800、一般票 1,200 元、團體票（5 人以上）每張 1,000 元 |\n"

    func testA4PPriceThatDiffersFromTheTicketTypeIsReportedAtThePriceRow() throws {
        let plan = try MarkedPlan(self, files: ["event.md": event, "T7-marketing.md": mix, "T8-registration.md": tickets("900")])
        let result = plan.assertDiagnostics(["price": ["marketing.price-mismatch"]])
        XCTAssertTrue(result.diagnostics[0].message.zhTW.hasPrefix("4P 價格寫「早鳥票」800 元，但 T8 票種「早鳥票」票價是 900"), result.diagnostics[0].message.zhTW)
    }

    func testA4PPriceRowThatAgreesWithTheTicketTypesPasses() throws {
        let plan = try MarkedPlan(self, files: ["event.md": event, "T7-marketing.md": mix, "T8-registration.md": tickets("800")])
        let result = plan.assertDiagnostics([:])
        XCTAssertEqual(result.plan.marketing.mix.map(\.aspect), [.product, .price])
    }
}

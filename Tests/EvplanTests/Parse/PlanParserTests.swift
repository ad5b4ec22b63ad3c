import EvplanModel
import EvplanSchedule
import XCTest

final class PlanParserTests: XCTestCase {
    func testBudgetColumnsMatchBilingualAliasesAndUnknownColumnsAreKept() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": """
            # 預算

            ## 支出 Expenses

            | 項目 Item | 類別 | 單價 Unit price | Qty | 單位 | 金額（元） | 廠商 | 備注 |
            |---|---|---:|---:|---|---:|---|---|
            | 場地 | 場地 | NT$120,000 | 2 | 天 | 24萬 | 台大 | x |
            | 便當 | 餐飲 | 120 | 600 | 份 | 72,000 | 池上 | |
            | 小計 | 餐飲 | | | | 72,000 | | |
            | 合計 | | | | | 312,000 | | |

            ## 收入 Income

            | Item | Amount |
            |---|---:|
            | 企業贊助 | 30萬 |
            """,
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), ["T3-budget.md:5:58 format.unknown-column"], "備注 is close to 備註")
        let table = try XCTUnwrap(plan.budget.expenseTables.first)
        XCTAssertEqual(table.extraHeaders, ["廠商", "備注"])
        XCTAssertEqual(table.rows.map(\.kind), [.line, .line, .subtotal, .total])
        XCTAssertEqual(table.rows[0].unitPrice?.value, 120_000)
        XCTAssertEqual(table.rows[0].amount?.value, 240_000)
        XCTAssertEqual(table.rows[0].extra.first, ExtraCell(header: "廠商", value: "台大"))
        XCTAssertEqual(table.rowIndices(coveredBy: table.rows[2].covers), [1], "a subtotal naming a category covers that category's lines")
        XCTAssertEqual(table.rowIndices(coveredBy: table.rows[3].covers), [0, 1])
        XCTAssertEqual(plan.budget.totalExpenses, 312_000)
        XCTAssertEqual(plan.budget.totalIncome, 300_000)
    }

    func testARowWithOnlyOneFigureGivesItsAmount() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": "## 收入 Income\n\n| 項目 | 單價 | 數量 | 小計 |\n|---|---:|---:|---:|\n| 一般票 | 1,500 | 250 | 375,000 |\n| 企業贊助 | 300,000 |\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        XCTAssertEqual(plan.budget.incomeLines.last?.amount?.value, 300_000)
        XCTAssertNil(plan.budget.incomeLines.last?.unitPrice)
        XCTAssertEqual(plan.budget.totalIncome, 675_000)
    }

    func testTablesUnderUnknownHeadingsAreRecognisedByTheirColumnsAndYearlessDaysTakeTheEventsYear() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T2.md": "## 甘特圖\n\n| ID | 工作 | 負責人 | 開始 | 工期 |\n|---|---|---|---|---:|\n| A1 | 規劃 | 林 | 2026-12-01 | 5 |\n",
            "T3.md": "## 預算明細\n\n| 項目 | 單價 | 數量 | 小計 |\n|---|---:|---:|---:|\n| 場地 | 100 | 2 | 200 |\n",
            "T4.md": "## 3月13日（六）\n\n| 時間 | 議程 |\n|---|---|\n| 09:00-10:00 | 開幕 |\n",
            "T5.md": "## 場地資訊\n\n| 空間 | 容納人數 |\n|---|---:|\n| 國際廳 | 400 |\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        XCTAssertEqual(plan.project.tasks.map(\.id.value), ["A1"])
        XCTAssertEqual(plan.budget.totalExpenses, 200)
        XCTAssertEqual(plan.agenda.days.first?.date?.value.description, "2027-03-13")
        XCTAssertEqual(plan.venue?.rooms.map(\.name.value), ["國際廳"])
    }

    func testBreaksAndTotalsAreWholeWordsInEnglish() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3.md": "## Expenses\n\n| Item | Amount |\n|---|---:|\n| Totally new chairs | 100 |\n| Total | 100 |\n",
            "T4.md": "## Day 2027-03-12\n\n| Time | Session |\n|---|---|\n| 09:00-10:00 | Breakout A |\n| 10:00-10:30 | Coffee break |\n",
        ])
        let plan = fixture.parse().plan
        XCTAssertEqual(plan.budget.expenseTables.first?.rows.map(\.kind), [.line, .total])
        XCTAssertEqual(plan.agenda.sessions.map(\.isBreak), [false, true])
    }

    func testUnparsableCellsAreDiagnosedNeverZero() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 單價 | 數量 | 小計 |\n|---|---:|---:|---:|\n| 場地 | 一萬 | 2 | 20,000 |\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(fixture.positions(diagnostics), ["T3-budget.md:5:8 format.unparsable-value"])
        XCTAssertNil(plan.budget.expenseLines.first?.unitPrice)
        XCTAssertEqual(plan.budget.expenseLines.first?.amount?.value, 20_000)
    }

    func testAgendaDaysComeFromHeadingsAndMergeAcrossFiles() throws {
        let table = "| 時間 | 議程 | 講者 | 場地 | 人數 |\n|---|---|---|---|---:|\n"
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T4-day1.md": "## 第一天 2027-03-12（五）\n\n\(table)| 09:00–10:30 | 開幕 | 王小明、陳美玲 | 國際廳 | 300 |\n| 10:30-11:00 | 茶敘 | | 大廳 | |\n",
            "T4-day1-b.md": "## Day 1 116/03/12\n\n\(table)| 09:00-10:00 | 分組 | Amy / Bob | 201 | 40 |\n",
            "T4-day2.md": "## Day 2 2027/3/13\n\n\(table)| 09:00-10:00 | 閉幕 | | 國際廳 | |\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        XCTAssertEqual(plan.agenda.days.map { $0.date?.value.description ?? "-" }, ["2027-03-12", "2027-03-13"])
        let first = plan.agenda.days[0]
        XCTAssertEqual(first.sessions.count, 3)
        // Days merge in file order: T4-day1-b.md's `## Day 1 116/03/12` comes first, its date at column 10.
        XCTAssertEqual(first.date?.location.file.hasSuffix("T4-day1-b.md"), true)
        XCTAssertEqual(first.date?.location.column, 10, "the date's own column in the heading")
        let opening = try XCTUnwrap(first.sessions.first { $0.title.value == "開幕" })
        XCTAssertEqual(opening.time.value.start.minutes, 9 * 60)
        XCTAssertEqual(opening.time.value.end.minutes, 10 * 60 + 30)
        XCTAssertEqual(opening.speakers.map(\.value), ["王小明", "陳美玲"])
        XCTAssertEqual(opening.speakers.map(\.location.column), [22, 26])
        XCTAssertEqual(opening.audience?.value, 300)
        XCTAssertTrue(first.sessions.first { $0.title.value == "茶敘" }?.isBreak ?? false)
    }

    func testProjectTasksWithDurationsPredecessorsAndPhases() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T2-project.md": """
            ## 工作項目 Tasks

            | ID | 工作 | 負責人 | 開始 | 工期 | 前置 | 階段 |
            |---|---|---|---|---:|---|---|
            | A1 | 確認目標 | 林經理 | 2026-12-01 | 1w | | |
            | A2 | 場地 | 張專員、李專員 | | 3天 | A1 | |
            | M1 | 場地確定 | 林經理 | | 0 | A2 | |
            | Z1 | 結案報告 | 林經理 | 2027-03-20 | 5 | | 結案 |
            """,
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        let tasks = plan.project.tasks
        XCTAssertEqual(tasks.map(\.id.value), ["A1", "A2", "M1", "Z1"])
        XCTAssertEqual(tasks[0].duration?.value, 5)
        XCTAssertEqual(tasks[1].owners.map(\.value), ["張專員", "李專員"])
        XCTAssertEqual(tasks[3].phase, .postEvent)
        let schedule = Scheduler().analyse(plan.project)
        // A1: Tue 2026-12-01 + 5 working days ends Mon 12-07; A2 starts Tue 12-08, 3 days to Thu 12-10.
        XCTAssertEqual(schedule.early[0]?.end.description, "2026-12-07")
        XCTAssertEqual(schedule.early[1]?.start.description, "2026-12-08")
        XCTAssertEqual(schedule.early[1]?.end.description, "2026-12-10")
        XCTAssertEqual(schedule.early[2]?.start.description, "2026-12-10", "the milestone falls on A2's last day")
        XCTAssertTrue(schedule.early[2]?.isMilestone ?? false)
    }

    func testVenueFrontMatterAndRoomsWithAreasInPingAndSquareMetres() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "venue.md": """
            ---
            task: T5
            venue: 台大醫院國際會議中心
            capacity: 600
            hours: 08:00-22:00
            available: 2027-03-12 ~ 2027-03-13
            ---
            ## 場地空間 Rooms

            | 空間 | 容納人數 | 形式 | 坪數 | 面積 |
            |---|---:|---|---:|---:|
            | 國際廳 | 400 | 劇院式 | 121 | |
            | 201 會議室 | 100 | 教室型 | | 150 m² |
            """,
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        let venue = try XCTUnwrap(plan.venue)
        XCTAssertEqual(venue.name?.value, "台大醫院國際會議中心")
        XCTAssertEqual(venue.capacity?.value, 600)
        XCTAssertEqual(venue.hours?.value.end.minutes, 22 * 60)
        XCTAssertEqual(venue.availableDates.first?.value.dayCount, 2)
        XCTAssertEqual(venue.rooms.map(\.name.value), ["國際廳", "201 會議室"])
        XCTAssertEqual(venue.rooms[0].areaSquareMeters?.value, 400, "121 坪 is exactly 400 m²")
        XCTAssertEqual(venue.rooms[1].areaSquareMeters?.value, 150)
        XCTAssertNotNil(venue.room(named: "201會議室"), "room names match regardless of spaces")
    }

    func testPressReleasePartsFromSubHeadings() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T7-marketing.md": """
            # 行銷

            ## 新聞稿 Press release

            ### 標題
            2027 台灣永續創新論壇 三月登場

            ### 發布
            2027-02-20 台北

            ### 內文
            第一段 **重點**。

            第二段。

            ### 媒體聯絡人
            綠色未來協會 黃小姐 02-2345-6789
            """,
        ])
        let release = try XCTUnwrap(fixture.parse().plan.pressRelease)
        XCTAssertEqual(release.headline?.value, "2027 台灣永續創新論壇 三月登場")
        XCTAssertEqual(release.headline?.location.line, 6)
        XCTAssertEqual(release.dateline?.value, "2027-02-20 台北")
        XCTAssertEqual(release.contact?.value, "綠色未來協會 黃小姐 02-2345-6789")
        XCTAssertTrue(release.bodyHTML?.contains("<strong>重點</strong>") ?? false)
        XCTAssertTrue(release.bodyHTML?.contains("第二段") ?? false)
    }

    func testEventFrontMatterValuesAndRuleSettings() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": "---\nname: Forum\nlang: en\ndates: 2027/3/12 ~ 3/13\nattendees: 1,200\nbudget: 150萬\ncurrency: twd\nrules:\n  agenda.no-break: off\n  budget.deficit: error\n  schedule.missing-owner: loud\n---\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        let event = try XCTUnwrap(plan.event)
        XCTAssertEqual(event.language, .en)
        XCTAssertEqual(event.dates?.value.description, "2027-03-12 ~ 2027-03-13")
        XCTAssertEqual(event.expectedAttendance?.value, 1200)
        XCTAssertEqual(event.budgetCap?.value, 1_500_000)
        XCTAssertEqual(event.currency, "TWD")
        XCTAssertEqual(event.ruleSettings["agenda.no-break"]?.value, .off)
        XCTAssertEqual(event.ruleSettings["budget.deficit"]?.value, .severity(.error))
        XCTAssertEqual(fixture.positions(diagnostics), ["event.md:11:27 format.unparsable-value"])
    }
}

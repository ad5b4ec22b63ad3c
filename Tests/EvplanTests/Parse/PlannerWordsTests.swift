import Evplan
import EvplanModel
import XCTest

/// Plans written in planners' own words, through the real loader and rules: each feature with a plan that reports at
/// the marked cell and one that checks clean.
final class PlannerWordsTests: XCTestCase {
    private static let threeDays = "---\nname: 河岸音樂節\nkind: festival\ndates: 2027-10-15 ~ 2027-10-17\nattendees: 每日 8,000 人次\n---\n# 河岸音樂節\n"
    private static let oneDay = "---\nname: 測試活動\ndates: 2027-03-12\nattendees: 100\n---\n# 測試活動\n"

    private func event(_ base: String = PlannerWordsTests.oneDay, adding line: String) -> String {
        base.replacingOccurrences(of: "---\n#", with: "\(line)\n---\n#")
    }

    // MARK: Vocabulary

    func testOwnersNamedByGroupAndTitlesNamed項目() throws {
        for header in ["負責組別", "負責單位", "組別", "Team"] {
            let plan = try MarkedPlan(self, files: [
                "event.md": Self.oneDay,
                "T2-project.md": "## 工作項目\n\n| 編號 | 工作項目 | \(header) | 開始 | 工期 |\n|---|---|---|---|---:|\n| A1 | 場勘 | 場務組 | 2027-01-05 | 5 |\n| ⟨1⟩A2 | 簽約 | | 2027-01-12 | 5 |\n",
            ])
            let result = plan.assertDiagnostics(["1": ["schedule.missing-owner"]])
            XCTAssertEqual(result.plan.project.tasks.first?.owners.map(\.value), ["場務組"], header)
        }
        let race = try MarkedPlan(self, files: [
            "event.md": Self.oneDay,
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 項目 | 場地 |\n|---|---|---|\n| 09:00-10:00 | 開幕 | A |\n| ⟨1⟩09:30-10:30 | 頒獎 | A |\n",
        ])
        let result = race.assertDiagnostics(["1": ["agenda.room-overlap"]])
        XCTAssertEqual(result.plan.agenda.sessions.map(\.title.value), ["開幕", "頒獎"])
        XCTAssertTrue(result.diagnostics.first?.message.zhTW.contains("「開幕」") ?? false)
    }

    func testEachKindReadsItsOwnWords() throws {
        let tables: [(kind: String, header: String)] = [
            ("festival", "| 時間 | 節目 | 演出者 | 舞台 |"), ("concert", "| 時間 | 演出 | 樂團 | Stage |"),
            ("市集", "| 時間 | 活動 | 帶領人 | 攤區 |"), ("exhibition", "| 時間 | 導覽 | 導覽員 | 展區 |"),
            ("wedding", "| 時間 | 流程 | 致詞人 | 宴會廳 |"), ("路跑", "| 時間 | 賽程 | 裁判 | 賽道 |"),
            ("tour", "| 時間 | 行程 | 領隊 | 集合地點 |"), ("conference", "| 時間 | 場次 | 引言人 | 分場 |"),
        ]
        for (kind, header) in tables {
            let plan = try MarkedPlan(self, files: [
                "event.md": event(adding: "kind: \(kind)"),
                "T4-day.md": "## 2027-03-12\n\n\(header)\n|---|---|---|---|\n| 09:00-10:00 | 開場 | 王小明 | 甲區 |\n",
            ])
            let session = plan.assertDiagnostics([:]).plan.agenda.sessions.first
            XCTAssertEqual(session?.title.value, "開場", kind)
            XCTAssertEqual(session?.speakers.map(\.value), ["王小明"], kind)
            XCTAssertEqual(session?.room?.value, "甲區", kind)
        }
    }

    func testAFestivalsStageTableUnder場區配置IsItsRooms() throws {
        let plan = try MarkedPlan(self, files: [
            "event.md": event(adding: "kind: festival"),
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 節目 | 舞台 | 人數 |\n|---|---|---|---:|\n| 19:00-20:00 | 開場 | 河岸舞台 | ⟨1⟩2,000 |\n",
            "T5-venue.md": "## 場區配置\n\n| 場區 | 容納人數 | 形式 | 坪數 |\n|---|---:|---|---:|\n| 河岸舞台 | 1,500 | 站席 | 600 |\n",
        ])
        XCTAssertEqual(plan.assertDiagnostics(["1": ["venue.room-over-capacity"]]).plan.venue?.rooms.map(\.name.value), ["河岸舞台"])
    }

    // MARK: Breaks, open areas, shared spaces

    func testChangeoversAreBreaksAndStaffCallsAreNot() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | 議程 | 場地 |\n|---|---|---|\n| 02:00-02:30 | 工作人員報到 | 服務台 |\n| 09:00-11:00 | 上半場 | A |\n| 11:00-11:20 | 換場 | A |\n| 11:20-13:00 | 下半場 | A |\n| 13:00-13:10 | 轉場 | A |\n| 13:10-14:00 | 閉幕 | A |\n"
        let plan = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda])
        XCTAssertEqual(plan.assertDiagnostics([:]).plan.agenda.sessions.map(\.isBreak), [false, false, true, false, true, false])

        let volunteers = try MarkedPlan(self, files: [
            "event.md": Self.oneDay,
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 議程 | 場地 |\n|---|---|---|\n| 08:00-09:00 | 志工報到 | A |\n| ⟨1⟩09:00-11:30 | 論壇 | A |\n",
        ])
        // 志工報到 is programme for the crew, not a rest: 08:00-11:30 runs without a break.
        volunteers.assertDiagnostics(["1": ["agenda.no-break"]], ignoring: [])
    }

    func testAnOpenAreaRunsAllDayWithoutABreak() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | 議程 | 場地 |\n|---|---|---|\n| ⟨1⟩14:00-22:00 | 市集 | 市集區 |\n"
        let venue = "## 場地空間\n\n| 空間 | 容納人數 | 形式 |\n|---|---:|---|\n| 市集區 | 5,000 | 開放式 |\n"
        let open = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda, "T5-venue.md": venue])
        XCTAssertEqual(open.assertDiagnostics([:]).plan.venue?.rooms.first?.isOpenArea, true)

        let hall = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda,
                                                "T5-venue.md": venue.replacingOccurrences(of: "開放式", with: "劇院式")])
        hall.assertDiagnostics(["1": ["agenda.no-break"]])

        // Or the row says it: 類型 全日.
        let allDay = try MarkedPlan(self, files: [
            "event.md": Self.oneDay,
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 議程 | 場地 | 類型 |\n|---|---|---|---|\n| 14:00-22:00 | 市集 | 市集區 | 全日 |\n",
        ])
        XCTAssertEqual(allDay.assertDiagnostics([:]).plan.agenda.sessions.first?.isOpen, true)
    }

    func testASharedSpaceHoldsSeveralActivitiesAtOnce() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | 項目 | 場地 |\n|---|---|---|\n| 05:30-08:00 | 21K | 路線 |\n| ⟨1⟩06:00-07:45 | 10K | 路線 |\n"
        for venue in ["| 空間 | 容納人數 | 形式 |\n|---|---:|---|\n| 路線 | 12,000 | 共用 |\n",
                      "| 空間 | 容納人數 | 共用 |\n|---|---:|---|\n| 路線 | 12,000 | 是 |\n"] {
            let shared = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda, "T5-venue.md": "## 場地空間\n\n" + venue])
            XCTAssertEqual(shared.assertDiagnostics([:]).plan.venue?.rooms.first?.isShared, true)
        }
        // A race's 賽道 is shared by its kind, with no venue table at all.
        let race = try MarkedPlan(self, files: ["event.md": event(adding: "kind: 路跑"),
                                                "T4-day.md": agenda.replacingOccurrences(of: "路線", with: "賽道")])
        race.assertDiagnostics([:])
        let hall = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda])
        hall.assertDiagnostics(["1": ["agenda.room-overlap"]])
    }

    // MARK: Moments

    func testASingleTimeIsAMoment() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | 項目 | 場地 |\n|---|---|---|\n| 05:00-07:00 | 半程馬拉松 | 起點 |\n| 05:30 | 鳴槍 | 起點 |\n| ⟨1⟩23:30 | 收場 | 起點 |\n| 09:00 | 關門 | ⟨2⟩終點 |\n"
        let plan = try MarkedPlan(self, files: [
            "event.md": Self.oneDay, "T4-day.md": agenda,
            "T5-venue.md": "---\nhours: 04:00-22:00\n---\n## 場地空間\n\n| 空間 | 容納人數 |\n|---|---:|\n| 起點 | 15,000 |\n",
        ])
        let result = plan.assertDiagnostics(["1": ["agenda.outside-venue-hours"], "2": ["venue.unknown-room"]])
        let moments = result.plan.agenda.sessions.filter(\.isMoment)
        XCTAssertEqual(moments.map(\.title.value), ["鳴槍", "收場", "關門"])
        XCTAssertEqual(moments.first?.time.value.start.description, "05:30")
    }

    // MARK: People

    func testAPerformerInAFeatIsOnePersonWithHerBracketedName() throws {
        let agenda = "## 2027-10-16\n\n| 時間 | 節目 | 演出者 | 舞台 |\n|---|---|---|---|\n| 19:40-20:40 | 主秀 | 西屯饒舌聯盟 feat. 吳佩珊 | 主舞台 |\n| 19:50-20:30 | 特別演出 | ⟨1⟩吳佩珊（特別嘉賓） | 河岸舞台 |\n"
        let clash = try MarkedPlan(self, files: ["event.md": Self.threeDays, "T4-day.md": agenda])
        let result = clash.assertDiagnostics(["1": ["agenda.speaker-overlap"]])
        XCTAssertEqual(result.plan.agenda.sessions.first?.people.map(\.value.name), ["西屯饒舌聯盟", "吳佩珊"])
        let apart = try MarkedPlan(self, files: ["event.md": Self.threeDays,
                                                 "T4-day.md": agenda.replacingOccurrences(of: "19:50-20:30", with: "16:30-17:10")])
        apart.assertDiagnostics([:])
    }

    func testAHostIsARoleOfItsOwn() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | 議程 | 講者 | 場地 | 主持人 | 職稱 |\n|---|---|---|---|---|---|\n| 09:00-10:00 | 對談 | 林小華、張三 | A | 王小明（執行長） | 教授、律師 |\n| 09:30-10:30 | 分場 | 李四 | B | ⟨1⟩王小明 | |\n"
        let clash = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda])
        let session = clash.assertDiagnostics(["1": ["agenda.speaker-overlap"]]).plan.agenda.sessions.first
        XCTAssertEqual(session?.speakers.map(\.value), ["林小華（教授）", "張三（律師）"], "a host is not a panelist")
        XCTAssertEqual(session?.hosts.map(\.value.description), ["王小明（執行長）"])
        for header in ["主持", "司儀", "MC", "Moderator"] {
            let apart = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-day.md": agenda
                .replacingOccurrences(of: "| 主持人 |", with: "| \(header) |").replacingOccurrences(of: "09:30-10:30", with: "10:00-11:00")])
            XCTAssertEqual(apart.assertDiagnostics([:]).plan.agenda.sessions.last?.hosts.map(\.value.name), ["王小明"], header)
        }
    }

    // MARK: Attendance

    func testCapacityComparesOneDayAndCostPerHeadEveryVisit() throws {
        let venue = "---\ncapacity: ⟨1⟩10,000\n---\n# 場地\n"
        let daily = try MarkedPlan(self, files: ["event.md": Self.threeDays, "T5-venue.md": venue])
        let event = try XCTUnwrap(daily.assertDiagnostics([:]).plan.event)
        XCTAssertEqual(event.expectedAttendance?.value, 8_000)
        XCTAssertEqual(event.budgetHeadcount, 24_000)
        for written in ["8,000人/日", "24,000 人次"] {
            let plan = try MarkedPlan(self, files: ["event.md": Self.threeDays.replacingOccurrences(of: "每日 8,000 人次", with: written),
                                                    "T5-venue.md": venue])
            XCTAssertEqual(plan.assertDiagnostics([:]).plan.event?.expectedAttendance?.value, 8_000, written)
        }
        let total = try MarkedPlan(self, files: ["event.md": Self.threeDays.replacingOccurrences(of: "每日 8,000 人次", with: "24,000"),
                                                 "T5-venue.md": venue])
        let over = total.assertDiagnostics(["1": ["venue.over-capacity"]])
        XCTAssertTrue(over.diagnostics.first?.message.zhTW.contains("24,000 人") ?? false, "numbers keep their separators")
    }

    func testARowCountedInVisitsIsNotPeopleAtOnce() throws {
        let venue = "## 場地空間\n\n| 空間 | 容納人數 |\n|---|---:|\n| 體育館 | 6,000 |\n"
        let visits = try MarkedPlan(self, files: [
            "event.md": Self.oneDay, "T5-venue.md": venue,
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 項目 | 場地 | 人數 |\n|---|---|---|---:|\n| 10:00-18:00 | 物資領取 | 體育館 | ⟨1⟩12,000 人次 |\n",
        ])
        XCTAssertEqual(visits.assertDiagnostics([:], ignoring: ["agenda.no-break"]).plan.agenda.sessions.first?.audienceIsVisits, true)
        let people = try MarkedPlan(self, files: [
            "event.md": Self.oneDay, "T5-venue.md": venue,
            "T4-day.md": "## 2027-03-12\n\n| 時間 | 項目 | 場地 | 人數 |\n|---|---|---|---:|\n| 10:00-18:00 | 物資領取 | 體育館 | ⟨1⟩12,000 |\n",
        ])
        people.assertDiagnostics(["1": ["venue.room-over-capacity"]], ignoring: ["agenda.no-break"])
    }

    // MARK: Grant budgets

    func testGroupRowsAreCategoriesWithTheirSubtotals() throws {
        let budget = "## 經費需求\n\n單位：新臺幣萬元\n\n| 項目 | 單價 | 數量 | 單位 | 小計 |\n|---|---:|---:|---|---:|\n| **一、場地及設施費** | | | | ⟨1⟩58 |\n| 場地 | 15 | 3 | 天 | 45 |\n| 舞台 | 12 | 1 | 式 | 12 |\n| **二、宣傳費** | | | | |\n| 海報 | | | | 8 |\n| 合計 | | | | 65 |\n"
        let wrong = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T3-budget.md": budget])
        let result = wrong.assertDiagnostics(["1": ["budget.total-mismatch"]])
        XCTAssertEqual(result.plan.budget.expenseLines.map(\.item.value), ["場地", "舞台", "海報"], "group rows are not items")
        XCTAssertEqual(result.plan.budget.expenseLines.map { $0.category?.value }, ["場地及設施費", "場地及設施費", "宣傳費"])
        XCTAssertEqual(result.plan.budget.totalExpenses, 650_000)
        let right = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T3-budget.md": budget.replacingOccurrences(of: "⟨1⟩58", with: "57")])
        right.assertDiagnostics([:])

        // Numbered lines with nothing under them are lines.
        let numbered = try MarkedPlan(self, files: ["event.md": Self.oneDay,
            "T3-budget.md": "## 支出\n\n| 項目 | 金額 |\n|---|---:|\n| 一、場地 | 1,000 |\n| 二、餐飲 | 500 |\n| 合計 | 1,500 |\n"])
        XCTAssertEqual(numbered.assertDiagnostics([:]).plan.budget.totalExpenses, 1_500)
    }

    func testAFundingSummaryIsCheckedNotAdded() throws {
        let budget = "## 支出\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 450,000 |\n| 演出 | 200,000 |\n\n## 收入\n\n| 項目 | 金額 |\n|---|---:|\n| 文化部補助 | 400,000 |\n| 自籌款 | 250,000 |\n\n## 經費來源\n\n單位：萬元\n\n| 經費來源 | 金額 | 比例 |\n|---|---:|---:|\n| 文化部補助 | 40 | 61.5% |\n| 自籌款 | 25 | 38.5% |\n| 合計 | 65 | 100% |\n"
        let agrees = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T3-budget.md": budget])
        let plan = agrees.assertDiagnostics([:]).plan
        XCTAssertEqual(plan.budget.totalIncome, 650_000, "the summary is not more income")
        XCTAssertEqual(plan.budget.fundingSummaries.first?.lineTotal, 650_000)
        XCTAssertTrue(plan.files.first?.prose.contains { $0.html.contains("經費來源") && $0.html.contains("<table>") } ?? false, "shown as written")

        let off = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T3-budget.md": budget
            .replacingOccurrences(of: "| 自籌款 | 25 |", with: "| 自籌款 | ⟨1⟩20 |").replacingOccurrences(of: "| 合計 | 65 |", with: "| 合計 | ⟨2⟩60 |")])
        off.assertDiagnostics(["1": ["budget.funding-summary-mismatch"], "2": ["budget.funding-summary-mismatch"]])
    }

    // MARK: Dates

    func testOneProgrammeTableForAllDays() throws {
        let agenda = "## 節目總表\n\n| 日期 | 時間 | 節目 | 舞台 |\n|---|---|---|---|\n| 10/15（五） | 21:00-22:00 | 壓軸 | 主舞台 |\n| 116/10/16 | 21:00-22:00 | 壓軸 | 主舞台 |\n| | ⟨1⟩21:30-22:00 | 加演 | 主舞台 |\n| 2027-10-17 | 21:00-22:00 | 壓軸 | 主舞台 |\n"
        let plan = try MarkedPlan(self, files: ["event.md": Self.threeDays, "T4-programme.md": agenda])
        let result = plan.assertDiagnostics(["1": ["agenda.room-overlap"]])
        XCTAssertEqual(result.plan.agenda.days.map { $0.date?.value.description }, ["2027-10-15", "2027-10-16", "2027-10-17"])
        XCTAssertEqual(result.plan.agenda.days.map(\.sessions.count), [1, 2, 1])
        XCTAssertTrue(result.diagnostics.first?.message.zhTW.hasPrefix("2027-10-16（六）") ?? false, "the message names the day")
    }

    func testAWrongWeekdayIsReportedWhereverADateIsWritten() throws {
        let wrong = try MarkedPlan(self, files: [
            "event.md": "---\nname: 河岸音樂節\ndates: ⟨1⟩116年10月15日（六）至10月17日（日）\n---\n# 河岸音樂節\n",
            "T4-programme.md": "## 第二天 ⟨2⟩2027-10-16（五）\n\n| 時間 | 議程 |\n|---|---|\n| 19:00-20:00 | 開場 |\n\n## 總表\n\n| 日期 | 時間 | 議程 |\n|---|---|---|\n| ⟨3⟩10/17（六） | 19:00-20:00 | 閉幕 |\n",
            "T2-project.md": "## 工作項目\n\n| 編號 | 工作 | 負責人 | 開始 | 工期 |\n|---|---|---|---|---:|\n| A1 | 場勘 | 王 | ⟨4⟩2027-09-06（二） | 5 |\n",
        ])
        wrong.assertDiagnostics(["1": ["format.weekday-mismatch"], "2": ["format.weekday-mismatch"], "3": ["format.weekday-mismatch"],
                                 "4": ["format.weekday-mismatch"]])
        let right = try MarkedPlan(self, files: [
            "event.md": "---\nname: 河岸音樂節\ndates: 116年10月15日（五）至10月17日（日）\n---\n# 河岸音樂節\n",
            "T4-programme.md": "## 第二天 2027-10-16（六）\n\n| 時間 | 議程 |\n|---|---|\n| 19:00-20:00 | 開場 |\n",
        ])
        right.assertDiagnostics([:])
    }

    func testAnUndatedTableInAMultiDayEventIsReported() throws {
        let table = "| 時間 | 議程 |\n|---|---|\n| 19:00-20:00 | 開場 |\n"
        let undated = try MarkedPlan(self, files: ["event.md": Self.threeDays, "T4-extra.md": "# 補充\n\n⟨1⟩" + table])
        undated.assertDiagnostics(["1": ["agenda.undated-table"]])
        let fileDate = try MarkedPlan(self, files: ["event.md": Self.threeDays, "T4-extra.md": "---\ndate: 2027-10-16\n---\n# 補充\n\n" + table])
        XCTAssertEqual(fileDate.assertDiagnostics([:]).plan.agenda.days.first?.date?.value.description, "2027-10-16")
        let oneDay = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T4-extra.md": "# 補充\n\n" + table])
        oneDay.assertDiagnostics([:])
    }

    // MARK: Foreign currency

    func testAnAmountInAnotherCurrencyIsFlaggedOrConverted() throws {
        let budget = "## 支出\n\n| 項目 | 單價 | 數量 | 金額 |\n|---|---:|---:|---:|\n| 國外樂團演出費 | | | ⟨1⟩US$1,500 |\n| 日本講師 | ⟨2⟩¥30,000 | 2 | |\n| 場地 | | | 50,000 |\n"
        let flagged = try MarkedPlan(self, files: ["event.md": Self.oneDay, "T3-budget.md": budget])
        flagged.assertDiagnostics(["1": ["format.foreign-currency"], "2": ["format.foreign-currency"]])
        let converted = try MarkedPlan(self, files: ["event.md": event(adding: "rates: {USD: 32, JPY: 0.2}"), "T3-budget.md": budget])
        let plan = converted.assertDiagnostics([:]).plan
        XCTAssertEqual(plan.budget.expenseLines.map(\.effectiveAmount), [48_000, 12_000, 50_000])
        XCTAssertEqual(plan.budget.expenseLines.first?.conversions, ["US$1,500 × 32"])
        // In a 萬元 table, an amount in another currency is in that currency's units, not in 萬元.
        let scaled = try MarkedPlan(self, files: ["event.md": event(adding: "rates: {USD: 32}"),
            "T3-budget.md": "## 支出\n\n單位：萬元\n\n| 項目 | 金額 |\n|---|---:|\n| 國外樂團 | US$1,500 |\n| 場地 | 5 |\n"])
        XCTAssertEqual(scaled.assertDiagnostics([:]).plan.budget.totalExpenses, 98_000)
        let badRate = try MarkedPlan(self, files: ["event.md": event(adding: "rates: {USD: ⟨1⟩很多}")])
        badRate.assertDiagnostics(["1": ["format.unparsable-value"]])
    }
}

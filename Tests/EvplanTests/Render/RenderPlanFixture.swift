@testable import EvplanRender
import EvplanModel
import Foundation

/// A realistic two-day forum, built in code so render tests do not depend on the parser.
enum RenderPlanFixture {
    static func loc(_ file: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func text(_ value: String, _ file: String, _ line: Int, _ column: Int = 1) -> Located<String> {
        Located(value, at: loc(file, line, column))
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> PlanDate {
        PlanDate(year: year, month: month, day: day) ?? PlanDate(dayNumber: 0)
    }

    static func time(_ range: String) -> TimeRange {
        let parts = range.split(separator: "-").map { $0.split(separator: ":").compactMap { Int($0) } }
        return TimeRange(start: TimeOfDay(minutes: parts[0][0] * 60 + parts[0][1]), end: TimeOfDay(minutes: parts[1][0] * 60 + parts[1][1]))
    }

    static func money(_ value: Int, _ file: String = "T3-budget.md", _ line: Int = 1) -> Located<Decimal> {
        Located(Decimal(value), at: loc(file, line))
    }

    static func plan(language: Language = .zhTW) -> Plan {
        var plan = Plan(root: "/plans/forum")
        plan.event = event(language: language)
        plan.files = files()
        plan.budget = budget()
        plan.agenda = agenda()
        plan.venue = venue()
        plan.project = project()
        plan.pressRelease = pressRelease()
        return plan
    }

    static func event(language: Language) -> Event {
        var event = Event(location: loc("event.md", 1))
        event.name = text("2027 台灣永續創新論壇", "event.md", 2, 7)
        event.language = language
        event.dates = Located(DateRange(start: date(2027, 3, 12), end: date(2027, 3, 13)), at: loc("event.md", 4, 8))
        event.organizer = "綠色未來協會"
        event.expectedAttendance = Located(300, at: loc("event.md", 6, 12))
        event.currency = "TWD"
        event.budgetCap = money(1_500_000, "event.md", 8)
        event.overview = [
            ProseSection(heading: nil, level: 1,
                         html: "<p>論壇邀集產官學研，聚焦<strong>淨零轉型</strong>與循環經濟，為期兩天。</p>\n<ul>\n<li>300 位產業人士</li>\n<li>12 位國內外講者</li>\n</ul>\n",
                         location: loc("event.md", 11)),
        ]
        return event
    }

    static func files() -> [PlanFile] {
        [
            PlanFile(path: "T1-research.md", task: .t1, title: "資訊蒐集", prose: [
                ProseSection(heading: "市場現況", level: 2, html: "<p>國內 ESG 相關論壇逐年增加，參與者以企業永續長為主。</p>\n", location: loc("T1-research.md", 5)),
            ]),
            PlanFile(path: "T2-project.md", task: .t2, title: "專案管理", prose: [
                ProseSection(heading: "目標 Goals", level: 2, html: "<ul>\n<li>吸引 300 位產業人士參與</li>\n<li>媒體露出 20 則</li>\n</ul>\n", location: loc("T2-project.md", 5)),
                ProseSection(heading: "範圍 Scope", level: 2, html: "<p>兩天議程、展示區與媒體茶敘。</p>\n", location: loc("T2-project.md", 10)),
            ]),
            PlanFile(path: "T3-budget.md", task: .t3, title: "經費預算", prose: [
                ProseSection(heading: "編列原則", level: 2, html: "<p>場地與餐飲依 2026 年報價編列，預留一成準備金。</p>\n", location: loc("T3-budget.md", 30)),
            ]),
            PlanFile(path: "T6-infrastructure.md", task: .t6, title: "基礎設施", prose: [
                ProseSection(heading: "風險 Risks", level: 2, html: "<ul>\n<li>颱風：備妥線上直播方案</li>\n</ul>\n", location: loc("T6-infrastructure.md", 4)),
            ]),
        ]
    }

    static func expense(_ item: String, _ category: String, price: Int?, qty: Int?, unit: String?, amount: Int?,
                        note: String? = nil, vendor: String = "", line: Int) -> BudgetRow {
        let file = "T3-budget.md"
        return BudgetRow(kind: .line, item: text(item, file, line, 3), category: text(category, file, line, 12),
                         unitPrice: price.map { money($0, file, line) }, quantity: qty.map { Located(Decimal($0), at: loc(file, line, 30)) },
                         unit: unit, amount: amount.map { money($0, file, line) }, note: note,
                         extra: vendor.isEmpty ? [] : [ExtraCell(header: "廠商", value: vendor)], location: loc(file, line))
    }

    static func budget() -> Budget {
        let expenses = BudgetTable(side: .expense, title: "支出 Expenses", extraHeaders: ["廠商"], rows: [
            expense("場地租金", "場地", price: 120_000, qty: 2, unit: "天", amount: 240_000, note: "含音響", vendor: "台大醫院國際會議中心", line: 8),
            expense("場地佈置", "場地", price: 85_000, qty: 1, unit: "式", amount: 85_000, vendor: "好印象設計", line: 9),
            expense("午餐便當", "餐飲", price: 120, qty: 600, unit: "份", amount: 72_000, line: 10),
            expense("茶點", "餐飲", price: 80, qty: 1_200, unit: "份", amount: 96_000, note: "上下午各一次", line: 11),
            expense("講者酬勞", "講者", price: 20_000, qty: 8, unit: "位", amount: 160_000, line: 12),
            expense("講者交通住宿", "講者", price: 12_000, qty: 4, unit: "位", amount: 48_000, line: 13),
            expense("社群廣告", "宣傳", price: nil, qty: nil, unit: nil, amount: 60_000, line: 14),
            expense("主視覺設計", "宣傳", price: 45_000, qty: 1, unit: "式", amount: 45_000, line: 15),
            expense("手冊印刷", "印刷", price: 150, qty: 350, unit: "本", amount: 52_500, line: 16),
            expense("工作人員", "人事", price: 1_800, qty: 40, unit: "人日", amount: 72_000, line: 17),
            BudgetRow(kind: .total, item: text("合計", "T3-budget.md", 18, 3), amount: money(930_500, "T3-budget.md", 18),
                      covers: .rows(Array(0..<10)), location: loc("T3-budget.md", 18)),
        ], location: loc("T3-budget.md", 6))
        let income = BudgetTable(side: .income, title: "收入 Income", rows: [
            BudgetRow(kind: .line, item: text("一般票", "T3-budget.md", 24), unitPrice: money(1_500), quantity: Located(Decimal(250), at: loc("T3-budget.md", 24)),
                      unit: "張", amount: money(375_000), location: loc("T3-budget.md", 24)),
            BudgetRow(kind: .line, item: text("學生票", "T3-budget.md", 25), unitPrice: money(500), quantity: Located(Decimal(50), at: loc("T3-budget.md", 25)),
                      unit: "張", amount: money(25_000), location: loc("T3-budget.md", 25)),
            BudgetRow(kind: .line, item: text("企業贊助", "T3-budget.md", 26), amount: money(300_000), location: loc("T3-budget.md", 26)),
            BudgetRow(kind: .line, item: text("政府補助", "T3-budget.md", 27), amount: money(200_000), note: "環境部補助案", location: loc("T3-budget.md", 27)),
        ], location: loc("T3-budget.md", 22))
        return Budget(tables: [expenses, income])
    }

    static func session(_ range: String, _ title: String, speakers: [String] = [], room: String?, audience: Int? = nil,
                        isBreak: Bool = false, language: String = "", file: String = "T4-agenda.md", line: Int) -> Session {
        Session(time: Located(time(range), at: loc(file, line, 3)), title: text(title, file, line, 17),
                speakers: speakers.map { text($0, file, line, 30) }, room: room.map { text($0, file, line, 40) },
                audience: audience.map { Located($0, at: loc(file, line, 50)) }, isBreak: isBreak,
                extra: language.isEmpty ? [] : [ExtraCell(header: "語言", value: language)], location: loc(file, line))
    }

    static func agenda() -> Agenda {
        let day1 = AgendaDay(date: Located(date(2027, 3, 12), at: loc("T4-agenda.md", 5, 10)), title: "Day 1 2027-03-12", extraHeaders: ["語言"], sessions: [
            session("09:00-09:30", "報到", room: "大廳", isBreak: true, line: 9),
            session("09:30-10:30", "開幕演講：永續轉型", speakers: ["王小明"], room: "國際廳", audience: 300, language: "中文", line: 10),
            session("10:30-11:00", "茶敘", room: "大廳", isBreak: true, line: 11),
            session("11:00-12:00", "分組 A：循環經濟", speakers: ["李大同", "陳美玲"], room: "201 會議室", audience: 80, language: "中文", line: 12),
            session("11:00-12:00", "分組 B：綠色金融", speakers: ["張志豪"], room: "國際廳", audience: 200, language: "英文", line: 13),
            session("12:00-13:30", "午餐", room: "大廳", isBreak: true, line: 14),
            session("13:30-15:00", "論壇：淨零路徑", speakers: ["林淑芬", "黃建國"], room: "國際廳", audience: 250, language: "中文", line: 15),
            session("13:30-14:30", "工作坊：碳盤查實務", speakers: ["周怡君"], room: "201 會議室", audience: 60, language: "中文", line: 16),
            session("15:00-15:30", "茶敘", room: "大廳", isBreak: true, line: 17),
            session("15:30-16:30", "對談：企業永續長的一天", speakers: ["吳佩珊", "鄭文傑"], room: "國際廳", audience: 280, language: "中文", line: 18),
        ], location: loc("T4-agenda.md", 5))
        let day2 = AgendaDay(date: Located(date(2027, 3, 13), at: loc("T4-agenda.md", 21, 10)), title: "Day 2 2027-03-13", extraHeaders: ["語言"], sessions: [
            session("09:30-10:30", "專題演講：綠色供應鏈", speakers: ["Dr. Anna Weber"], room: "國際廳", audience: 280, language: "英文", line: 25),
            session("10:30-11:00", "茶敘", room: "大廳", isBreak: true, line: 26),
            session("11:00-12:00", "閉幕與頒獎", speakers: ["王小明"], room: "國際廳", audience: 250, language: "中文", line: 27),
        ], location: loc("T4-agenda.md", 21))
        return Agenda(days: [day1, day2])
    }

    static func room(_ name: String, _ capacity: Int, _ layout: String, ping: Int, line: Int) -> Room {
        Room(name: text(name, "T5-venue.md", line, 3), capacity: Located(capacity, at: loc("T5-venue.md", line, 12)),
             layout: text(layout, "T5-venue.md", line, 20),
             areaSquareMeters: Located(Decimal(ping) * Room.squareMetersPerPing, at: loc("T5-venue.md", line, 28)),
             areaAsWritten: "\(ping) 坪", location: loc("T5-venue.md", line))
    }

    static func venue() -> Venue {
        var venue = Venue(location: loc("T5-venue.md", 1))
        venue.name = text("台大醫院國際會議中心", "T5-venue.md", 3, 8)
        venue.address = "台北市中正區徐州路 2 號"
        venue.capacity = Located(600, at: loc("T5-venue.md", 5, 11))
        venue.hours = Located(time("08:00-22:00"), at: loc("T5-venue.md", 6, 8))
        venue.rooms = [
            room("國際廳", 400, "劇院式", ping: 160, line: 11),
            room("201 會議室", 100, "教室型", ping: 45, line: 12),
            room("大廳", 500, "酒會", ping: 120, line: 13),
        ]
        return venue
    }

    static func task(_ id: String, _ name: String, owner: String?, start: PlanDate? = nil, end: PlanDate? = nil, days: Int?,
                     after: [String] = [], phase: WorkItemPhase = .preEvent, line: Int) -> WorkItem {
        let file = "T2-project.md"
        return WorkItem(id: text(id, file, line, 3), name: text(name, file, line, 8), owners: owner.map { [text($0, file, line, 20)] } ?? [],
                           start: start.map { Located($0, at: loc(file, line, 28)) }, end: end.map { Located($0, at: loc(file, line, 40)) },
                           duration: days.map { Located($0, at: loc(file, line, 50)) }, predecessors: after.map { text($0, file, line, 55) },
                           phase: phase, location: loc(file, line))
    }

    static func project() -> Project {
        Project(tasks: [
            task("A1", "確認活動目標與預算", owner: "林經理", start: date(2026, 12, 1), days: 5, line: 20),
            task("A2", "場地勘查與簽約", owner: "張專員", days: 10, after: ["A1"], line: 21),
            task("M1", "場地確定", owner: "林經理", days: 0, after: ["A2"], line: 22),
            task("B1", "邀請講者", owner: "王企劃", days: 15, after: ["A1"], line: 23),
            task("B2", "議程定稿", owner: "王企劃", days: 5, after: ["B1", "M1"], line: 24),
            task("C1", "主視覺與宣傳素材", owner: "陳設計", days: 10, after: ["A1"], line: 25),
            task("C2", "開放報名", owner: "李行銷", days: 40, after: ["C1"], line: 26),
            task("M2", "報名截止", owner: "李行銷", days: 0, after: ["C2"], line: 27),
            task("D1", "手冊印刷", owner: "陳設計", days: 5, after: ["B2"], line: 28),
            task("E1", "活動執行", owner: "林經理", start: date(2027, 3, 12), end: date(2027, 3, 13), days: nil, phase: .duringEvent, line: 29),
            task("F1", "結案報告", owner: "林經理", days: 10, after: ["E1"], phase: .postEvent, line: 30),
            task("X1", "備案場地勘查", owner: nil, days: 3, line: 31),
        ])
    }

    static func pressRelease() -> PressRelease {
        var release = PressRelease(location: loc("T7-marketing.md", 10))
        release.headline = text("2027 台灣永續創新論壇 三月登場", "T7-marketing.md", 13)
        release.dateline = text("2027-02-20 台北", "T7-marketing.md", 16)
        release.bodyHTML = "<p>綠色未來協會今日宣布，2027 台灣永續創新論壇將於 3 月 12 日至 13 日舉行。</p>\n<p>論壇邀請 12 位講者分享淨零轉型經驗。</p>\n"
        release.bodyLocation = loc("T7-marketing.md", 19)
        release.contact = text("綠色未來協會 公關 黃小姐 02-2345-6789 press@example.org", "T7-marketing.md", 24)
        return release
    }

    static let deficitRule = RuleDescriptor(
        id: "budget.deficit", severity: .warning, task: .t3, competency: ["P3.2.2"],
        summary: LocalizedText(zh: "收支短絀", en: "Budget deficit"),
        hint: LocalizedText(zh: "增加收入或刪減支出。", en: "Raise income or cut costs."))

    static let overlapRule = RuleDescriptor(
        id: "agenda.room-overlap", severity: .error, task: .t4, competency: ["P4.2.1"],
        summary: LocalizedText(zh: "同一場地議程時間重疊", en: "Sessions overlap in one room"),
        hint: LocalizedText(zh: "調整時間或改用其他場地。", en: "Move one session to another time or room."))

    static func diagnostics() -> [Diagnostic] {
        [
            Diagnostic(deficitRule, at: loc("T3-budget.md", 22, 1),
                       LocalizedText(zh: "收入 NT$900,000 少於支出 NT$930,500，短絀 NT$30,500", en: "Income NT$900,000 is below expenses NT$930,500: a deficit of NT$30,500")),
            Diagnostic(overlapRule, at: loc("T4-agenda.md", 16, 3),
                       LocalizedText(zh: "「工作坊」與「分組 A」在 201 會議室時間重疊", en: "Workshop overlaps Group A in room 201")),
        ]
    }
}

extension RenderPlanFixture {
    /// One rendered page as text, with the built-in templates unless a renderer is given.
    static func html(_ page: String, of plan: Plan, diagnostics: [Diagnostic] = [], renderer: Renderer? = nil) throws -> String {
        let renderer = try renderer ?? Renderer(overrideDirectory: nil)
        guard let file = renderer.render(plan, diagnostics: diagnostics).first(where: { $0.path == page }) else {
            throw NSError(domain: "RenderPlanFixture", code: 1, userInfo: [NSLocalizedDescriptionKey: "no \(page) rendered"])
        }
        return String(decoding: file.contents, as: UTF8.self)
    }

    /// The text with runs of white space folded to one space, so assertions do not depend on template indentation.
    static func squeezed(_ html: String) -> String {
        html.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

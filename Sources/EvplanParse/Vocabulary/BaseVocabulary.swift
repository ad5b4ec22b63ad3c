import EvplanModel

/// The words every plan starts from. docs/format.md's column tables are generated from these (`VocabularyDocument`).
extension Vocabulary {
    public static let base = Vocabulary(
        columns: [
            "tasks": [
                term("id", "編號", "id", ["ID", "編號", "代號", "序號", "WBS", "No"]),
                term("name", "工作項目", "task name", ["工作", "工作項目", "任務", "項目", "工作內容", "Task", "Name", "Activity"]),
                term("owner", "負責人", "owner(s)", ["負責人", "負責", "承辦人", "經辦人", "負責組別", "負責單位", "負責組", "組別", "權責單位", "Owner", "Assignee", "Responsible", "Lead", "Team"],
                     remark: "(a name list; a group or team is an owner too)"),
                term("start", "開始", "start", ["開始", "開始日", "開始日期", "起始", "Start", "Start date", "Begin"], remark: "(a date, or `倒排` / `ALAP`)"),
                term("end", "結束", "end", ["結束", "結束日", "結束日期", "完成日", "End", "End date", "Finish"], remark: "(a date)"),
                term("duration", "工期", "duration", ["工期", "天數", "工作天", "Duration", "Days", "Effort"],
                     remark: "(§3.4; working days, `0` = milestone; `30 日曆天`, `3個月` run on calendar days)"),
                term("predecessors", "前置", "predecessors",
                     ["前置", "前置作業", "前置任務", "相依", "依賴", "Depends on", "Depends", "Predecessors", "Dependencies", "After"], remark: "(a list of ids)"),
                term("phase", "階段", "phase", ["階段", "Phase", "Stage"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
                term("deadline", "截止", "deadline", ["截止", "截止日", "期限", "最晚完成", "Deadline", "Due", "Due date"],
                     remark: "(a date, or `活動前 N 天` / `N days before event`)"),
                term("progress", "完成度", "progress", ["完成度", "進度", "完成率", "Progress", "% complete", "Complete", "Done"], remark: "(0–100%)"),
            ],
            "budget": [
                term("item", "項目", "item", ["項目", "品項", "名稱", "費用項目", "收入項目", "支出項目", "經費項目", "Item", "Items", "Description", "注文内容", "項目名"],
                     unlisted: ["注文内容", "項目名"]),
                term("category", "類別", "category", ["類別", "分類", "科目", "Category", "Type", "Class"]),
                term("unitPrice", "單價", "unit price", ["單價", "单价", "単価", "Unit price", "Unit cost", "Price", "Rate"], unlisted: ["单价", "単価"], scaled: true),
                term("quantity", "數量", "quantity", ["數量", "数量", "個数", "Qty", "Quantity", "Count", "No."], unlisted: ["数量", "個数"], remark: "(§3.6)"),
                term("unit", "單位", "unit", ["單位", "単位", "Unit", "Units"], unlisted: ["単位"]),
                term("amount", "小計", "amount",
                     ["小計", "金額", "總價", "複價", "總額", "經費", "收入額", "支出額", "支出小計", "収入額", "Amount", "Subtotal", "Total", "Cost", "Sum"],
                     unlisted: ["収入額"], scaled: true),
                term("note", "備註", "note", ["備註", "說明", "用途", "備考", "Note", "Notes", "Remarks", "Comment"], unlisted: ["備考"]),
                term("actual", "實際", "actual amount", ["實際", "實際金額", "實際支出", "實際收入", "實支", "實支金額", "Actual", "Actuals", "Actual cost", "Actual amount"],
                     remark: "(money, written after the event; closure report)", scaled: true),
                term("fundingSource", "經費來源", "funding source", ["經費來源", "財源", "經費別", "Funding source", "Funded by", "Funding"],
                     remark: "(申請補助, 自籌, 贊助 or an income category)"),
            ],
            "sessions": [
                term("time", "時間", "time", ["時間", "時段", "Time", "Slot"], remark: "(a time range)"),
                term("title", "議程", "title", ["議程", "主題", "題目", "講題", "活動", "內容", "項目", "Session", "Title", "Topic", "Programme", "Program", "Agenda"]),
                term("speakers", "講者", "speakers", ["講者", "主講人", "主講", "講師", "與談人", "Speaker", "Speakers", "Presenter", "Panelists"], remark: "(a name list)"),
                term("moderator", "主持人", "host or moderator", ["主持人", "主持", "司儀", "主持群", "Moderator", "Host", "MC", "Emcee", "Chair"],
                     remark: "(a name list; hosts are shown apart from speakers and checked for overlaps)"),
                term("room", "場地", "room", ["場地", "地點", "會議室", "教室", "廳", "Room", "Venue", "Location", "Track"]),
                term("audience", "人數", "audience", ["人數", "預估人數", "預計人數", "Audience", "Expected", "Attendance", "Headcount"], remark: "(a count)"),
                term("kind", "類型", "kind", ["類型", "性質", "Type", "Kind"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes", "Remarks"]),
                term("date", "日期", "date", ["日期", "Date"], remark: "(one table for all days: `10/15（五）`, `116/10/15`, `2027-10-15`)"),
                term("personTitle", "職稱", "title of the person", ["職稱", "頭銜", "現職", "Job title", "Position"],
                     remark: "(in the order of the speakers, or of the hosts)"),
            ],
            "rooms": [
                term("name", "空間", "room", ["空間", "場地", "會議室", "名稱", "廳別", "Room", "Space", "Name"]),
                term("capacity", "容納人數", "capacity", ["容納人數", "容量", "人數", "可容納人數", "Capacity", "Seats", "Max"], remark: "(a count)"),
                term("layout", "形式", "layout", ["形式", "型式", "座位形式", "佈置", "Layout", "Setup", "Seating"]),
                term("areaPing", "坪數", "area in 坪", ["坪數", "坪", "Area (ping)", "Ping"]),
                term("areaSquareMeters", "面積", "area in m²", ["面積", "平方公尺", "m²", "m2", "㎡", "sqm", "Area (m²)", "Area (m2)"], unlisted: ["Area (m2)"]),
                term("area", "面積", "area, m² unless a unit is written", ["Area", "Size"]),
                term("note", "備註", "note", ["備註", "設備", "說明", "Note", "Notes", "Equipment"]),
                term("shared", "共用", "shared", ["共用", "共用空間", "共享", "Shared"], remark: "(`是`/`yes`/`共用`: activities at once are no clash)"),
            ],
            "tickets": [
                term("name", "票種", "ticket type", ["票種", "票別", "Ticket", "Ticket type"]),
                term("price", "票價", "price", ["票價", "價格", "Price"], remark: "(money, §3.1)", scaled: true),
                term("quantity", "張數", "tickets offered", ["張數", "數量", "名額", "Quantity", "Seats"], remark: "(a count)"),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "marketingMix": [
                term("aspect", "面向", "aspect", ["面向", "4P", "策略面向", "Aspect", "P"], remark: "(產品 Product, 價格 Price, 通路 Place, 推廣 Promotion)"),
                term("content", "內容", "content", ["內容", "說明", "策略", "做法", "Content", "Plan", "Strategy", "Description"]),
            ],
            "channels": [
                term("name", "通路", "channel", ["通路", "管道", "媒介", "媒體", "宣傳管道", "Channel", "Medium", "Media"]),
                term("audience", "對象", "audience", ["對象", "目標對象", "受眾", "族群", "TA", "Audience", "Target audience"]),
                term("start", "開始", "start", ["開始", "開始日", "起", "上線", "上線日", "Start", "From"], remark: "(a date)"),
                term("end", "結束", "end", ["結束", "結束日", "迄", "下檔", "截止", "End", "Until", "To"], remark: "(a date)"),
                term("period", "時程", "when", ["時程", "期間", "檔期", "時間", "When", "Period", "Dates", "Schedule"],
                     remark: "(a date range is read as start and end; other text is kept as written)"),
                term("cost", "費用", "cost", ["費用", "預算", "經費", "金額", "Cost", "Budget", "Spend"], remark: "(money, §3.1)", scaled: true),
                term("target", "目標", "target", ["目標", "KPI", "預期成效", "目標值", "Target", "Goal", "Goals"], remark: "(text; its first number is compared with the result)"),
                term("result", "成效", "result", ["成效", "實際成效", "結果", "達成", "Result", "Results", "Outcome"], remark: "(written after the event)"),
                term("link", "連結", "link", ["連結", "網址", "URL", "Link"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "invitees": [
                term("name", "姓名", "name", ["姓名", "名字", "貴賓", "Name", "Guest", "Invitee"]),
                term("title", "稱謂", "title", ["稱謂", "職稱", "頭銜", "Title", "Position"]),
                term("organisation", "單位", "organisation", ["單位", "服務單位", "機關", "公司", "Organisation", "Organization", "Affiliation", "Company"]),
                term("email", "電子郵件", "email", ["電子郵件", "電郵", "信箱", "Email", "E-mail", "Mail"]),
                term("sessions", "邀請場次", "invited to", ["邀請場次", "場次", "出席場次", "Session", "Sessions", "Invited to"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
        ],
        sections: [
            "tickets": ["票種", "票務", "Tickets", "Ticket types"],
            "expenses": ["支出", "費用", "成本", "Expense", "Expenses", "Costs", "Cost"],
            "fundingSummary": ["經費來源", "經費分攤", "經費籌措", "Funding sources", "Sources of funds", "Funding summary"],
            "income": ["收入", "収入", "Income", "Revenue", "Funding"],
            "tasks": ["工作項目", "任務", "時程", "工作分解", "Tasks", "Schedule", "Work breakdown", "Timeline"],
            "rooms": ["場地空間", "空間", "會議室", "Rooms", "Spaces"],
            "pressRelease": ["新聞稿", "Press release", "Press Release", "News release"],
            "pressRelease.subheadline": ["副標", "副標題", "Subheadline", "Subhead", "Subtitle", "Deck"],
            "pressRelease.headline": ["標題", "主標", "Headline", "Title"],
            "pressRelease.dateline": ["發布", "發稿", "日期地點", "Dateline", "Release date"],
            "pressRelease.body": ["內文", "本文", "正文", "Body", "Text"],
            "pressRelease.contact": ["聯絡人", "聯絡", "Contact"],
            "marketingMix": ["4P", "行銷組合", "行銷策略", "Marketing mix"],
            "channels": ["通路", "管道", "媒體計畫", "Channels", "Media plan"],
            "invitees": ["邀請名單", "貴賓名單", "受邀", "Invitees", "Guest list", "Invitation list"],
            "invitation": ["邀請函", "邀請信", "Invitation"],
            "lessons": ["檢討", "心得", "Lessons", "Retrospective"],
            "market": ["市場分析", "市場趨勢", "受眾分析", "消費者分析", "目標客群", "Market analysis", "Market trends", "Audience analysis"],
            "pressRelease.about": ["關於", "About"],
        ],
        breakTitleWords: ["報到", "茶敘", "休息", "午餐", "午休", "用餐", "晚餐", "餐敘", "換場", "轉場", "break", "lunch", "coffee", "registration", "dinner",
                          "check-in", "changeover"],
        breakKindWords: ["break", "休息", "餐", "茶敘"],
        staffCallWords: ["工作人員", "志工", "義工", "人員報到", "staff", "crew", "volunteer", "volunteers"],
        openSessionWords: ["全日", "全天", "開放", "all-day", "all day", "open"],
        openAreaWords: ["開放式", "開放空間", "自由進出", "open area", "open-air area", "walk-in"],
        sharedWords: ["共用", "共享", "shared"],
        yesWords: ["是", "共用", "共享", "y", "yes", "true", "v", "✓", "✔", "○", "shared"],
        totalWords: ["合計", "總計", "總額", "總和", "total", "grandtotal", "totals", "totalexpenses", "totalincome", "totalcost", "totalcosts"],
        totalSuffixes: ["合計", "總計"],
        subtotalSuffixes: ["小計"],
        subtotalPrefixes: ["subtotal"],
        postEventPhaseWords: ["結案", "後續", "事後", "post", "after", "wrap", "close"],
        duringEventPhaseWords: ["執行", "活動", "現場", "當天", "當日", "event", "during", "on-site", "onsite"],
        unitScales: [
            UnitScale(factor: 1, words: ["元", "圓", "元整"]),
            UnitScale(factor: 1_000, words: ["千元", "千", "千圓", "thousand", "thousands", "k", "'000"]),
            UnitScale(factor: 10_000, words: ["萬元", "萬", "萬圓", "万元", "万", "tenthousand", "tenthousands", "10thousands"]),
        ],
        currencyNames: ["新臺幣", "新台幣", "臺幣", "台幣", "nt$", "ntd", "twd", "nt"])

    private static func term(_ key: String, _ zh: String, _ en: String, _ aliases: [String], unlisted: [String] = [],
                             remark: String? = nil, scaled: Bool = false) -> ColumnTerm {
        ColumnTerm(key: key, label: LocalizedText(zh: zh, en: en), aliases: aliases, unlisted: unlisted, remark: remark, takesUnitScale: scaled)
    }
}

/// Words an event kind adds to the base (`kind: festival` in event.md), keyed by `EventKind` id. One place to add a
/// word: a header name here, the page words in `EventKind.all`.
public enum EventKindVocabulary {
    public static let layers: [String: VocabularyLayer] = [
        "conference": VocabularyLayer(
            columns: ["sessions": ["title": ["場次", "Track session"], "speakers": ["引言人", "Keynote"], "room": ["分場", "議場"]]]),
        "festival": VocabularyLayer(
            columns: [
                "sessions": [
                    "title": ["節目", "演出", "表演", "Act", "Performance", "Show"],
                    "speakers": ["演出者", "表演者", "演出團體", "樂團", "藝人", "Performer", "Performers", "Artist", "Artists", "Band", "Lineup"],
                    "room": ["舞台", "場區", "區域", "Stage", "Area"],
                ],
                "rooms": ["name": ["舞台", "場區", "區域", "Stage", "Area"]],
            ],
            sections: ["rooms": ["場區", "舞台", "Stages", "Areas"]]),
        "market": VocabularyLayer(
            columns: [
                "sessions": ["title": ["節目", "活動內容"], "speakers": ["帶領人", "表演者", "Host booth"], "room": ["區域", "攤區", "場區", "Zone", "Area"]],
                "rooms": ["name": ["區域", "攤區", "場區", "Zone", "Area"], "capacity": ["攤位數"]],
            ],
            sections: ["rooms": ["場區", "攤區", "區域", "Zones", "Areas"]]),
        "exhibition": VocabularyLayer(
            columns: [
                "sessions": ["title": ["展演", "導覽"], "speakers": ["導覽員", "Guide"], "room": ["展區", "展廳", "展場", "Hall", "Booth"]],
                "rooms": ["name": ["展區", "展廳", "展場", "Hall"]],
            ],
            sections: ["rooms": ["展區", "展場", "Halls"]]),
        "wedding": VocabularyLayer(
            columns: [
                "sessions": ["title": ["流程", "儀式", "Ceremony", "Running order"], "speakers": ["負責人", "致詞人"], "room": ["宴會廳", "廳別", "Hall"]],
                "rooms": ["name": ["宴會廳", "廳別", "Hall"], "capacity": ["桌數"]],
            ],
            sections: ["rooms": ["宴會廳", "廳別", "Halls"]]),
        "sports": VocabularyLayer(
            columns: [
                "sessions": [
                    "title": ["賽程", "競賽項目", "組別項目", "Race", "Event"],
                    "speakers": ["裁判", "Referee"],
                    "room": ["賽道", "路線", "場地區", "Course", "Field"],
                    "audience": ["參賽人數", "報名人數", "Runners", "Participants"],
                ],
                "rooms": ["name": ["賽道", "路線", "Course", "Field"]],
            ],
            sections: ["rooms": ["賽道", "路線", "場地配置", "Courses"]],
            sharedSpaceWords: ["賽道", "路線", "路段", "course", "route"]),
        "tour": VocabularyLayer(
            columns: [
                "sessions": ["title": ["行程", "景點", "Itinerary", "Stop"], "speakers": ["領隊", "導遊", "Guide"], "room": ["集合地點", "Place"]],
                "rooms": ["name": ["景點", "地點", "Place"]],
            ],
            sections: ["rooms": ["景點", "地點", "Places"]]),
    ]
}

import EvplanModel

/// The words every plan starts from. docs/format.md's column tables are generated from these (`VocabularyDocument`).
extension Vocabulary {
    public static let base = Vocabulary(
        columns: [
            "tasks": [
                term("id", "編號", "id", ["ID", "編號", "代號", "序號", "WBS", "No"]),
                term("name", "工作項目", "task name", ["工作", "工作項目", "任務", "項目", "工作內容", "Task", "Name", "Activity"]),
                term("owner", "負責人", "owner(s)", ["負責人", "負責", "承辦人", "經辦人", "Owner", "Assignee", "Responsible", "Lead"], remark: "(a name list)"),
                term("start", "開始", "start", ["開始", "開始日", "開始日期", "起始", "Start", "Start date", "Begin"], remark: "(a date)"),
                term("end", "結束", "end", ["結束", "結束日", "結束日期", "完成日", "截止", "End", "End date", "Finish", "Due"], remark: "(a date)"),
                term("duration", "工期", "duration", ["工期", "天數", "工作天", "Duration", "Days", "Effort"], remark: "(§3.4; `0` = milestone)"),
                term("predecessors", "前置", "predecessors",
                     ["前置", "前置作業", "前置任務", "相依", "依賴", "Depends on", "Depends", "Predecessors", "Dependencies", "After"], remark: "(a list of ids)"),
                term("phase", "階段", "phase", ["階段", "Phase", "Stage"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
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
            ],
            "sessions": [
                term("time", "時間", "time", ["時間", "時段", "Time", "Slot"], remark: "(a time range)"),
                term("title", "議程", "title", ["議程", "主題", "題目", "講題", "活動", "內容", "Session", "Title", "Topic", "Programme", "Program", "Agenda"]),
                term("speakers", "講者", "speakers", ["講者", "主講人", "主講", "講師", "與談人", "Speaker", "Speakers", "Presenter", "Panelists"], remark: "(a name list)"),
                term("moderator", "主持人", "moderator", ["主持人", "主持", "Moderator", "Host", "Chair"], remark: "(counts as a person for overlap checks)"),
                term("room", "場地", "room", ["場地", "地點", "會議室", "教室", "廳", "Room", "Venue", "Location", "Track"]),
                term("audience", "人數", "audience", ["人數", "預估人數", "預計人數", "Audience", "Expected", "Attendance", "Headcount"], remark: "(a count)"),
                term("kind", "類型", "kind", ["類型", "性質", "Type", "Kind"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes", "Remarks"]),
            ],
            "rooms": [
                term("name", "空間", "room", ["空間", "場地", "會議室", "名稱", "廳別", "Room", "Space", "Name"]),
                term("capacity", "容納人數", "capacity", ["容納人數", "容量", "人數", "可容納人數", "Capacity", "Seats", "Max"], remark: "(a count)"),
                term("layout", "形式", "layout", ["形式", "型式", "座位形式", "佈置", "Layout", "Setup", "Seating"]),
                term("areaPing", "坪數", "area in 坪", ["坪數", "坪", "Area (ping)", "Ping"]),
                term("areaSquareMeters", "面積", "area in m²", ["面積", "平方公尺", "m²", "m2", "㎡", "sqm", "Area (m²)", "Area (m2)"], unlisted: ["Area (m2)"]),
                term("area", "面積", "area, m² unless a unit is written", ["Area", "Size"]),
                term("note", "備註", "note", ["備註", "設備", "說明", "Note", "Notes", "Equipment"]),
            ],
            "tickets": [
                term("name", "票種", "ticket type", ["票種", "票別", "Ticket", "Ticket type"]),
                term("price", "票價", "price", ["票價", "價格", "費用", "Price", "Fee"], remark: "(money, §3.1)", scaled: true),
                term("quantity", "張數", "tickets offered", ["張數", "數量", "名額", "Quantity", "Seats", "Quota"], remark: "(a count)"),
                term("salePeriod", "報名期間", "sale period", ["報名期間", "販售期間", "售票期間", "銷售期間", "Sale period", "On sale"], remark: "(a date range)"),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "supplies": [
                term("item", "物品", "item", ["物品", "物資", "品項", "項目", "Item", "Supply"]),
                term("quantity", "數量", "quantity", ["數量", "份數", "Quantity", "Qty"], remark: "(a count)"),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
        ],
        sections: [
            "tickets": ["票種", "票務", "Tickets", "Ticket types"],
            "supplies": ["物資", "物品清單", "報到物資", "報到處物資", "Desk supplies", "Supplies"],
            "expenses": ["支出", "費用", "成本", "Expense", "Expenses", "Costs", "Cost"],
            "income": ["收入", "収入", "經費來源", "Income", "Revenue", "Funding"],
            "tasks": ["工作項目", "任務", "時程", "工作分解", "Tasks", "Schedule", "Work breakdown", "Timeline"],
            "rooms": ["場地空間", "空間", "會議室", "Rooms", "Spaces"],
            "pressRelease": ["新聞稿", "Press release", "Press Release", "News release"],
            "pressRelease.headline": ["標題", "Headline", "Title"],
            "pressRelease.dateline": ["發布", "發稿", "日期地點", "Dateline", "Release date"],
            "pressRelease.body": ["內文", "本文", "正文", "Body", "Text"],
            "pressRelease.contact": ["聯絡人", "聯絡", "Contact"],
        ],
        breakTitleWords: ["報到", "茶敘", "休息", "午餐", "午休", "用餐", "晚餐", "餐敘", "break", "lunch", "coffee", "registration", "dinner", "check-in"],
        breakKindWords: ["break", "休息", "餐", "茶敘"],
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

/// Words an event kind adds to the base (`kind: festival` in event.md). Only the festival layer exists so far.
public enum EventKindVocabulary {
    public static let layers: [String: VocabularyLayer] = [
        "festival": VocabularyLayer(
            columns: [
                "sessions": [
                    "title": ["節目", "演出", "Act", "Performance"],
                    "speakers": ["演出者", "表演者", "演出團體", "Performer", "Performers", "Artist"],
                    "room": ["舞台", "場區", "Stage"],
                    "moderator": ["司儀", "MC"],
                ],
                "rooms": ["name": ["舞台", "場區", "Stage"]],
            ],
            breakTitleWords: ["換場", "changeover"]),
        // Kinds recognised with no words of their own yet.
        "conference": VocabularyLayer(),
    ]
}

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
                term("price", "票價", "price", ["票價", "價格", "Price"], remark: "(money, §3.1)", scaled: true),
                term("quantity", "張數", "tickets offered", ["張數", "數量", "名額", "Quantity", "Seats"], remark: "(a count)"),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "contractors": [
                term("name", "廠商", "contractor", ["廠商", "承包廠商", "廠商名稱", "承包商", "公司", "Contractor", "Supplier", "Vendor"]),
                term("taxID", "統一編號", "tax ID (統一編號)", ["統一編號", "統編", "Tax ID", "UBN", "Business ID"], remark: "(8 digits, check digit per 財政部 2023 rule)"),
                term("scope", "承包項目", "scope", ["承包項目", "服務內容", "工作範圍", "項目", "Scope", "Service", "Item"]),
                term("contact", "聯絡人", "contact", ["聯絡人", "窗口", "Contact"]),
                term("phone", "電話", "phone", ["電話", "聯絡電話", "手機", "Phone", "Tel"]),
                term("amount", "合約金額", "contract amount", ["合約金額", "金額", "合約價", "Contract amount", "Amount"], remark: "(money)", scaled: true),
                term("terms", "付款條件", "payment terms", ["付款條件", "付款方式", "付款", "Payment terms", "Payment"], remark: "(e.g. `簽約 30%、活動後 14 天 70%`)"),
                term("deadline", "付款期限", "paid by", ["付款期限", "付清期限", "Payment due", "Pay by"], remark: "(a date)"),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "quotes": [
                term("item", "項目", "package", ["項目", "發包項目", "採購項目", "Package", "Item"]),
                term("chosen", "選定", "chosen", ["選定", "決標", "得標", "Chosen", "Selected", "Winner"], remark: "(names a quote column, e.g. `廠商甲（大吉）`)"),
                term("reason", "理由", "reason", ["理由", "選定理由", "原因", "Reason", "Why"]),
                term("note", "備註", "note", ["備註", "Note", "Notes"]),
            ],
            "runSheet": [
                term("date", "日期", "date", ["日期", "Date", "Day"], remark: "(a date; `3/11` takes the event's year)"),
                term("time", "時間", "time", ["時間", "時段", "Time"], remark: "(a time or a time range; may follow the date, `3/11 18:00`)"),
                term("task", "工作", "task", ["工作", "工作項目", "事項", "工作內容", "Task", "Activity"]),
                term("owner", "負責人", "owner(s)", ["負責人", "負責", "Owner", "Lead"], remark: "(a name list)"),
                term("place", "地點", "place", ["地點", "場地", "位置", "Place", "Location"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "staff": [
                term("person", "姓名", "person", ["姓名", "人員", "工作人員", "Name", "Person", "Staff"]),
                term("role", "職務", "role", ["職務", "角色", "組別", "工作", "Role", "Duty"]),
                term("date", "日期", "date", ["日期", "Date", "Day"], remark: "(a date)"),
                term("time", "時間", "hours", ["時間", "時段", "班別", "Time", "Hours", "Shift"], remark: "(a time range)"),
                term("place", "地點", "post", ["地點", "崗位", "位置", "場地", "Place", "Post", "Location"]),
                term("note", "備註", "note", ["備註", "說明", "Note", "Notes"]),
            ],
            "risks": [
                term("name", "風險", "risk", ["風險", "風險項目", "風險事件", "Risk"]),
                term("likelihood", "可能性", "likelihood", ["可能性", "發生機率", "機率", "Likelihood", "Probability"], remark: "(低/中/高 or 1–5)"),
                term("impact", "影響", "impact", ["影響", "影響程度", "嚴重性", "Impact", "Severity"], remark: "(低/中/高 or 1–5)"),
                term("response", "應變措施", "response", ["應變措施", "應變", "因應措施", "對策", "Response", "Mitigation"]),
                term("owner", "負責人", "owner(s)", ["負責人", "負責", "Owner"], remark: "(a name list; each on T2's team)"),
                term("note", "備註", "note", ["備註", "Note", "Notes"]),
            ],
            "fees": [
                term("name", "姓名", "payee", ["姓名", "講者", "講師", "表演者", "演出者", "Name", "Speaker", "Performer"]),
                term("status", "身分", "residency", ["身分", "身份", "居住身分", "Residency", "Status"], remark: "(`非居住者` / `non-resident` withholds 20%)"),
                term("payments", "次數", "payments", ["次數", "場次", "Payments", "Sessions"], remark: "(a count)"),
                term("perPayment", "單次金額", "fee per payment", ["單次金額", "每次金額", "鐘點費", "酬勞", "Fee per payment", "Fee"], remark: "(money, gross)", scaled: true),
                term("note", "備註", "note", ["備註", "Note", "Notes"]),
            ],
            "candidates": [
                term("name", "場地", "venue", ["場地", "候選場地", "場地名稱", "Venue", "Candidate"]),
                term("available", "日期可用", "available", ["日期可用", "可用", "檔期", "Available", "Availability"], remark: "(是/否)"),
                term("capacity", "容納人數", "capacity", ["容納人數", "容量", "可容納人數", "Capacity"], remark: "(a count)"),
                term("rent", "租金", "rent", ["租金", "場租", "Rent"], remark: "(money)", scaled: true),
                term("transport", "交通", "transport", ["交通", "Transport", "Access"]),
                term("score", "評分", "score", ["評分", "總分", "Score"], remark: "(a number; columns named in `weights:` are weighed)"),
                term("chosen", "選定", "chosen", ["選定", "Chosen", "Selected"], remark: "(✓, 是, v or 選定)"),
                term("note", "備註", "note", ["備註", "評估", "Note", "Notes"]),
            ],
            "terms": [
                term("item", "項目", "term", ["項目", "條款", "Item", "Term"], remark: "(訂金 deposit, 尾款 balance, 進場 load-in, 撤場 teardown, 取消 cancellation, 逾時 overtime)"),
                term("value", "內容", "value", ["內容", "約定", "說明", "Value", "Detail"]),
            ],
            "insurance": [
                term("kind", "險種", "policy", ["險種", "保險種類", "保險", "Policy", "Cover"]),
                term("insurer", "保險公司", "insurer", ["保險公司", "承保公司", "Insurer"]),
                term("period", "期間", "period", ["期間", "保險期間", "Period"], remark: "(a date range)"),
                term("perPerson", "每一個人體傷", "per person", ["每一個人體傷", "每人體傷", "每一個人", "Per person"], remark: "(money)", scaled: true),
                term("perAccident", "每一事故體傷", "per accident", ["每一事故體傷", "每一事故", "Per accident"], remark: "(money)", scaled: true),
                term("property", "財損", "property damage", ["財損", "每一事故財損", "財物損失", "Property"], remark: "(money)", scaled: true),
                term("aggregate", "保險期間總額", "aggregate", ["保險期間總額", "總額", "累計", "Aggregate"], remark: "(money)", scaled: true),
                term("note", "備註", "note", ["備註", "Note", "Notes"]),
            ],
        ],
        sections: [
            "tickets": ["票種", "票務", "Tickets", "Ticket types"],
            "expenses": ["支出", "費用", "成本", "Expense", "Expenses", "Costs", "Cost"],
            "income": ["收入", "収入", "經費來源", "Income", "Revenue", "Funding"],
            "tasks": ["工作項目", "任務", "時程", "工作分解", "Tasks", "Schedule", "Work breakdown", "Timeline"],
            "rooms": ["場地空間", "空間", "會議室", "Rooms", "Spaces"],
            "pressRelease": ["新聞稿", "Press release", "Press Release", "News release"],
            "pressRelease.headline": ["標題", "Headline", "Title"],
            "pressRelease.dateline": ["發布", "發稿", "日期地點", "Dateline", "Release date"],
            "pressRelease.body": ["內文", "本文", "正文", "Body", "Text"],
            "pressRelease.contact": ["聯絡人", "聯絡", "Contact"],
            "contractors": ["承包廠商", "承包商", "廠商", "Contractors", "Suppliers", "Vendors"],
            "quotes": ["報價", "比價", "Quotes", "Quotation"],
            "runSheet": ["工作流程", "執行表", "流程表", "工作時程", "Run sheet", "Run of show"],
            "staff": ["人力", "分工", "工作人員", "Staff", "Crew"],
            "risks": ["風險", "Risk"],
            "fees": ["講師費", "講者費", "演出費", "酬勞", "Speaker fees", "Fees"],
            "candidates": ["候選場地", "場地選擇", "場地比較", "場地列表", "Candidates", "Shortlist"],
            "contract": ["場地合約", "合約", "契約", "Contract"],
            "insurance": ["保險", "Insurance"],
            "requirements": ["場地需求", "Requirements"],
            "team": ["團隊", "成員", "Team", "Members"],
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

/// Header aliases of every table evplan reads. docs/format.md lists them for planners.
enum BudgetColumn: CaseIterable, Hashable {
    case item, category, unitPrice, quantity, unit, amount, note

    static let schema = ColumnSchema<BudgetColumn>(aliases: [
        .item: ["項目", "品項", "名稱", "費用項目", "收入項目", "支出項目", "經費項目", "Item", "Items", "Description", "注文内容", "項目名"],
        .category: ["類別", "分類", "科目", "Category", "Type", "Class"],
        .unitPrice: ["單價", "单价", "単価", "Unit price", "Unit cost", "Price", "Rate"],
        .quantity: ["數量", "数量", "個数", "Qty", "Quantity", "Count", "No."],
        .unit: ["單位", "単位", "Unit", "Units"],
        .amount: ["小計", "金額", "總價", "複價", "總額", "經費", "收入額", "支出額", "支出小計", "収入額", "Amount", "Subtotal", "Total", "Cost", "Sum"],
        .note: ["備註", "說明", "用途", "備考", "Note", "Notes", "Remarks", "Comment"],
    ])
}

enum SessionColumn: CaseIterable, Hashable {
    case time, title, speakers, moderator, room, audience, kind, note

    static let schema = ColumnSchema<SessionColumn>(aliases: [
        .time: ["時間", "時段", "Time", "Slot"],
        .title: ["議程", "主題", "題目", "講題", "活動", "內容", "Session", "Title", "Topic", "Programme", "Program", "Agenda"],
        .speakers: ["講者", "主講人", "主講", "講師", "與談人", "Speaker", "Speakers", "Presenter", "Panelists"],
        .moderator: ["主持人", "主持", "Moderator", "Host", "Chair"],
        .room: ["場地", "地點", "會議室", "教室", "廳", "Room", "Venue", "Location", "Track"],
        .audience: ["人數", "預估人數", "預計人數", "Audience", "Expected", "Attendance", "Headcount"],
        .kind: ["類型", "性質", "Type", "Kind"],
        .note: ["備註", "說明", "Note", "Notes", "Remarks"],
    ])
}

enum RoomColumn: CaseIterable, Hashable {
    case name, capacity, layout, areaPing, areaSquareMeters, area, note

    static let schema = ColumnSchema<RoomColumn>(aliases: [
        .name: ["空間", "場地", "會議室", "名稱", "廳別", "Room", "Space", "Name"],
        .capacity: ["容納人數", "容量", "人數", "可容納人數", "Capacity", "Seats", "Max"],
        .layout: ["形式", "型式", "座位形式", "佈置", "Layout", "Setup", "Seating"],
        .areaPing: ["坪數", "坪", "Area (ping)", "Ping"],
        .areaSquareMeters: ["面積", "平方公尺", "m²", "m2", "㎡", "sqm", "Area (m²)", "Area (m2)"],
        .area: ["Area", "Size"],
        .note: ["備註", "設備", "說明", "Note", "Notes", "Equipment"],
    ])
}

enum TaskColumn: CaseIterable, Hashable {
    case id, name, owner, start, end, duration, predecessors, phase, note

    static let schema = ColumnSchema<TaskColumn>(aliases: [
        .id: ["ID", "編號", "代號", "序號", "WBS", "No"],
        .name: ["工作", "工作項目", "任務", "項目", "工作內容", "Task", "Name", "Activity"],
        .owner: ["負責人", "負責", "承辦人", "Owner", "Assignee", "Responsible", "Lead"],
        .start: ["開始", "開始日", "開始日期", "起始", "Start", "Start date", "Begin"],
        .end: ["結束", "結束日", "結束日期", "完成日", "截止", "End", "End date", "Finish", "Due"],
        .duration: ["工期", "天數", "工作天", "Duration", "Days", "Effort"],
        .predecessors: ["前置", "前置作業", "前置任務", "相依", "依賴", "Depends on", "Depends", "Predecessors", "Dependencies", "After"],
        .phase: ["階段", "Phase", "Stage"],
        .note: ["備註", "說明", "Note", "Notes"],
    ])
}

/// Section headings (level 2) recognised by any alias they contain.
enum SectionAliases {
    static let expenses = ["支出", "費用", "成本", "Expense", "Expenses", "Costs", "Cost"]
    static let income = ["收入", "収入", "經費來源", "Income", "Revenue", "Funding"]
    static let tasks = ["工作項目", "任務", "時程", "工作分解", "Tasks", "Schedule", "Work breakdown", "Timeline"]
    static let rooms = ["場地空間", "空間", "會議室", "Rooms", "Spaces"]
    static let pressRelease = ["新聞稿", "Press release", "Press Release", "News release"]

    static func matches(_ heading: String, _ aliases: [String]) -> Bool {
        let lowered = heading.lowercased()
        return aliases.contains { lowered.contains($0.lowercased()) }
    }
}

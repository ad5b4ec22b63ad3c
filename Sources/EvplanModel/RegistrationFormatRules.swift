/// Rules reported while reading ticketing exports (T8). They cite O8.1.2, the roster the export becomes.
extension FormatRules {
    public static let phoneRepaired = RuleDescriptor(
        id: "registration.phone-repaired", severity: .info, task: .t8, competency: ["O8.1.2", "S62"],
        summary: LocalizedText(zh: "報名匯出檔的手機號碼少了開頭的 0，已補回", en: "A phone number in the ticketing export lost its leading 0; it was put back"),
        hint: LocalizedText(
            zh: "Excel 會把 0912345678 當成數字而去掉 0。從售票系統重新下載 CSV 後不要用 Excel 存檔，或把手機欄設成「文字」格式。",
            en: "Excel reads 0912345678 as a number and drops the 0. Download the CSV again from the ticketing system and do not save it from Excel, or format the phone column as text."))

    public static let unrecognisedExport = RuleDescriptor(
        id: "registration.unrecognised-export", severity: .warning, task: .t8, competency: ["O8.1.2"],
        summary: LocalizedText(zh: "報名名單檔不是 evplan 認得的售票系統匯出檔，沒有讀取", en: "A registration file is not a ticketing export evplan recognises; it was not read"),
        hint: LocalizedText(
            zh: "把 KKTIX（參加人或訂單匯出）或 Accupass（參加人名單）下載的 CSV 原檔放進企劃資料夾，檔名為 attendees.csv 或 T8-*.csv，不要改表頭。",
            en: "Put the CSV exactly as downloaded from KKTIX (attendees or orders) or Accupass (participants) in the plan folder, named attendees.csv or T8-*.csv, with its headers unchanged."))

    public static let spreadsheetUnread = RuleDescriptor(
        id: "registration.xlsx-unread", severity: .info, task: .t8, competency: ["O8.1.2"],
        summary: LocalizedText(zh: "evplan 不讀 Excel 活頁簿（.xlsx）", en: "evplan does not read Excel workbooks (.xlsx)"),
        hint: LocalizedText(
            zh: "在售票系統下載 CSV 格式（Accupass 與 KKTIX 都有），或用 Excel「另存新檔 → CSV UTF-8」，存成 attendees.csv 或 T8-*.csv。",
            en: "Download the CSV format from the ticketing system (Accupass and KKTIX both offer it), or use Excel's Save As → CSV UTF-8, as attendees.csv or T8-*.csv."))

    public static let statusUnread = RuleDescriptor(
        id: "registration.status-unread", severity: .warning, task: .t8, competency: ["O8.1.2", "O8.3.4"],
        summary: LocalizedText(zh: "報名匯出檔的票券狀態不是 evplan 認得的字，當作已付款", en: "A ticket status in the ticketing export is not a word evplan knows; it was read as paid"),
        hint: LocalizedText(
            zh: "狀態欄應是售票系統原本的字（KKTIX：paid、unpaid、cancelled、refunded；Accupass：已付款、報名成功、待付款、已取消、已退款）。請從售票系統重新下載 CSV；若這張票其實已取消或退款，報到櫃台會誤當有效票。",
            en: "The status column should hold the ticketing system's own words (KKTIX: paid, unpaid, cancelled, refunded; Accupass: 已付款, 報名成功, 待付款, 已取消, 已退款). Download the CSV again; if this ticket was in fact cancelled or refunded, the check-in desk would take it as valid."))

    // The check-in desk's attendance export (T8-attendance.csv). They cite O8.3.4, the actual attendance list it is.

    public static let attendanceUnknownTicket = RuleDescriptor(
        id: "registration.attendance-unknown-ticket", severity: .warning, task: .t8, competency: ["O8.3.4"],
        summary: LocalizedText(zh: "報到紀錄裡的票號不在報名名單中，沒有計入出席", en: "A ticket of the attendance export is not in the roster; it was not counted"),
        hint: LocalizedText(
            zh: "報到紀錄要和報名名單出自同一份售票匯出檔：把 evplan desk 當天使用的 KKTIX 或 Accupass 匯出檔放回企劃資料夾（或從 evplan desk 重新匯出報到紀錄），並確認「票號」欄沒有被 Excel 改掉（例如去掉開頭的 0）。",
            en: "The attendance export and the roster must come from the same ticketing export: put the KKTIX or Accupass export the desk used on the day back in the plan folder (or export the attendance again from evplan desk), and check that Excel did not change the ticket number column (dropping leading zeros, for example)."))

    public static let attendanceUnreadable = RuleDescriptor(
        id: "registration.attendance-unreadable", severity: .warning, task: .t8, competency: ["O8.3.4"],
        summary: LocalizedText(zh: "報到紀錄的報到時間或報到次數無法解讀", en: "A check-in time or scan count of the attendance export cannot be read"),
        hint: LocalizedText(
            zh: "報到時間寫成 2026-12-05 09:12:33（活動當地時間），未報到留空；報到次數寫整數。用 Excel 開啟後不要存檔，或從 evplan desk 重新匯出報到紀錄。",
            en: "Write the check-in time as 2026-12-05 09:12:33 (the event's local time), blank for a ticket not checked in, and the scan count as a whole number. Do not save the file from Excel, or export the attendance again from evplan desk."))

    public static let attendanceWithdrawnTicket = RuleDescriptor(
        id: "registration.attendance-withdrawn-ticket", severity: .warning, task: .t8, competency: ["O8.3.4", "O8.1.2"],
        summary: LocalizedText(zh: "已取消或已退款的票券有報到紀錄", en: "A cancelled or refunded ticket was checked in"),
        hint: LocalizedText(
            zh: "這張票已取消或退款，卻在現場報到：確認是否補收費用或改為其他票券。結案報告的出席人數不計入這筆報到。",
            en: "The ticket was cancelled or refunded but checked in on the day: check whether the person paid again or was moved to another ticket. The closure report's attendance does not count this check-in."))

    static let registration: [RuleDescriptor] = [
        phoneRepaired, unrecognisedExport, spreadsheetUnread, statusUnread, attendanceUnknownTicket, attendanceUnreadable, attendanceWithdrawnTicket,
    ]
}

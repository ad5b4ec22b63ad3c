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

    static let registration: [RuleDescriptor] = [phoneRepaired, unrecognisedExport, spreadsheetUnread]
}

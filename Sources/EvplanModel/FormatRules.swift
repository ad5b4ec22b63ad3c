/// Rules about the plan's files themselves, reported while loading and parsing them.
/// They cite O1.5.1 (the plan's shared record) since they keep the plan readable by everyone on it.
public enum FormatRules {
    public static let unparsableValue = RuleDescriptor(
        id: "format.unparsable-value", severity: .error, task: "T1", competency: ["O1.5.1", "P3.2.2"],
        summary: LocalizedText(zh: "儲存格的值無法解讀", en: "A cell's value cannot be read"),
        hint: LocalizedText(
            zh: "改寫成 evplan 能讀的格式，例如金額 120,000、NT$1,200、12萬；日期 2027-03-12 或 116/03/12；時間 09:00-10:30。",
            en: "Write it in a form evplan reads, e.g. amounts 120,000, NT$1,200, 12萬; dates 2027-03-12 or 116/03/12; times 09:00-10:30."))

    public static let unknownColumn = RuleDescriptor(
        id: "format.unknown-column", severity: .warning, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "表格欄位名稱不認得，但很像一個已知欄位", en: "A table column is not known but is close to a known one"),
        hint: LocalizedText(zh: "把欄位名稱改成建議的名稱；若本來就是自訂欄位，可以不理會。",
                            en: "Rename the column to the suggested name; if it is a custom column on purpose, ignore this."))

    public static let unassignedFile = RuleDescriptor(
        id: "format.unassigned-file", severity: .error, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "Markdown 檔案不屬於任何工作任務", en: "A Markdown file belongs to no task"),
        hint: LocalizedText(zh: "在檔案開頭加上 front matter `task: T3`，或把檔名改成以 T1…T8 開頭（例如 T3-budget.md）。",
                            en: "Add front matter `task: T3` at the top, or rename the file to start with T1…T8 (e.g. T3-budget.md)."))

    public static let missingEvent = RuleDescriptor(
        id: "format.missing-event", severity: .error, task: "T1", competency: ["O1.5.1", "P2.1.1"],
        summary: LocalizedText(zh: "企劃資料夾沒有 event.md", en: "The plan folder has no event.md"),
        hint: LocalizedText(zh: "建立 event.md，在 front matter 寫下活動名稱、日期、人數與預算上限；`evplan init` 會產生範本。",
                            en: "Create event.md with the event's name, dates, attendance and budget cap in its front matter; `evplan init` writes one."))

    public static let encoding = RuleDescriptor(
        id: "format.encoding", severity: .error, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "檔案不是 UTF-8 編碼", en: "A file is not UTF-8"),
        hint: LocalizedText(zh: "用編輯器把檔案另存為 UTF-8（例如 Big5 的舊檔）。",
                            en: "Save the file as UTF-8 from your editor (old Big5 files, for example)."))

    public static let invalidFrontMatter = RuleDescriptor(
        id: "format.front-matter", severity: .error, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "front matter 的 YAML 有誤", en: "The YAML front matter is invalid"),
        hint: LocalizedText(zh: "檢查冒號、引號與縮排（YAML 不能用 Tab 縮排）。",
                            en: "Check colons, quotes and indentation (YAML does not allow tabs)."))

    public static let unreadableFile = RuleDescriptor(
        id: "format.unreadable-file", severity: .error, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "檔案無法讀取", en: "A file cannot be read"),
        hint: LocalizedText(zh: "確認檔案存在且有讀取權限。", en: "Check that the file exists and can be read."))

    public static let unknownRule = RuleDescriptor(
        id: "format.unknown-rule", severity: .warning, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "event.md 的 rules: 設定了不存在的規則", en: "event.md `rules:` names a rule that does not exist"),
        hint: LocalizedText(zh: "用 `evplan rules` 查看規則代號，設定值為 error、warning、info 或 off。",
                            en: "List rule ids with `evplan rules`; the setting is error, warning, info or off."))

    public static let proseTable = RuleDescriptor(
        id: "format.prose-table", severity: .info, task: "T1", competency: ["O1.5.1"],
        summary: LocalizedText(zh: "任務檔裡的表格沒有被讀成紀錄，只當成文字顯示", en: "A table in a task file is read as prose: shown as written, not checked"),
        hint: LocalizedText(zh: "若它該被檢查，把它放在該任務的段落標題下，或改用該任務的欄位名稱；若本來就是說明用的表格，可以不理會。",
                            en: "If it should be checked, put it under the task's section heading or use the task's column names; if it is there to explain, ignore this."))

    /// Rules that speak to the plan's authors only: `evplan check` reports them, the pages leave them out.
    public static let authorNotes: Set<String> = [proseTable.id]

    public static let all: [RuleDescriptor] = [
        unparsableValue, unknownColumn, unassignedFile, missingEvent, encoding, invalidFrontMatter, unreadableFile, unknownRule, proseTable,
    ]
}

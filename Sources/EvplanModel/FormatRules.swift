/// Rules about the plan's files themselves, reported while loading and parsing them.
/// They cite O1.5.1 (the plan's shared record) since they keep the plan readable by everyone on it.
public enum FormatRules {
    public static let unparsableValue = RuleDescriptor(
        id: "format.unparsable-value", severity: .error, task: .t1, competency: ["O1.5.1", "P3.2.2"],
        summary: LocalizedText(zh: "儲存格的值無法解讀", en: "A cell's value cannot be read"),
        hint: LocalizedText(
            zh: "改寫成 evplan 能讀的格式，例如金額 120,000、NT$1,200、12萬；日期 2027-03-12 或 116/03/12；時間 09:00-10:30。",
            en: "Write it in a form evplan reads, e.g. amounts 120,000, NT$1,200, 12萬; dates 2027-03-12 or 116/03/12; times 09:00-10:30."))

    public static let unknownColumn = RuleDescriptor(
        id: "format.unknown-column", severity: .warning, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "表格欄位名稱不認得，但很像一個已知欄位", en: "A table column is not known but is close to a known one"),
        hint: LocalizedText(zh: "把欄位名稱改成建議的名稱；若本來就是自訂欄位，可以不理會。",
                            en: "Rename the column to the suggested name; if it is a custom column on purpose, ignore this."))

    public static let unassignedFile = RuleDescriptor(
        id: "format.unassigned-file", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "Markdown 檔案不屬於任何工作任務", en: "A Markdown file belongs to no task"),
        hint: LocalizedText(zh: "在檔案開頭加上 front matter `task: T3`，或把檔名改成以 T1…T8 開頭（例如 T3-budget.md）。",
                            en: "Add front matter `task: T3` at the top, or rename the file to start with T1…T8 (e.g. T3-budget.md)."))

    public static let missingEvent = RuleDescriptor(
        id: "format.missing-event", severity: .error, task: .t1, competency: ["O1.5.1", "P2.1.1"],
        summary: LocalizedText(zh: "企劃資料夾沒有 event.md", en: "The plan folder has no event.md"),
        hint: LocalizedText(zh: "建立 event.md，在 front matter 寫下活動名稱、日期、人數與預算上限；`evplan init` 會產生範本。",
                            en: "Create event.md with the event's name, dates, attendance and budget cap in its front matter; `evplan init` writes one."))

    public static let encoding = RuleDescriptor(
        id: "format.encoding", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "檔案不是 UTF-8 編碼", en: "A file is not UTF-8"),
        hint: LocalizedText(zh: "用編輯器把檔案另存為 UTF-8（例如 Big5 的舊檔）。",
                            en: "Save the file as UTF-8 from your editor (old Big5 files, for example)."))

    public static let invalidFrontMatter = RuleDescriptor(
        id: "format.front-matter", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "front matter 的 YAML 有誤", en: "The YAML front matter is invalid"),
        hint: LocalizedText(zh: "檢查冒號、引號與縮排（YAML 不能用 Tab 縮排）。",
                            en: "Check colons, quotes and indentation (YAML does not allow tabs)."))

    public static let unreadableFile = RuleDescriptor(
        id: "format.unreadable-file", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "檔案無法讀取", en: "A file cannot be read"),
        hint: LocalizedText(zh: "確認檔案存在且有讀取權限。", en: "Check that the file exists and can be read."))

    public static let unknownRule = RuleDescriptor(
        id: "format.unknown-rule", severity: .warning, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "event.md 的 rules: 設定了不存在的規則", en: "event.md `rules:` names a rule that does not exist"),
        hint: LocalizedText(zh: "用 `evplan rules` 查看規則代號，設定值為 error、warning、info 或 off。",
                            en: "List rule ids with `evplan rules`; the setting is error, warning, info or off."))

    public static let template = RuleDescriptor(
        id: "format.template", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "企劃自己的範本（Templates/）無法使用或不安全", en: "The plan's own template (Templates/) cannot be used or is unsafe"),
        hint: LocalizedText(
            zh: "範本就是程式：修正標示的標籤。頁面不能有 <script>、on…= 事件屬性、javascript: 網址或嵌入內容，部分範本（partial）不能互相無限引用；確定要放原始 HTML 時，在 event.md 寫 raw_html: true。",
            en: "Templates are code: fix the tag shown. Pages carry no <script>, on…= event attributes, javascript: URLs or embedded content, and partials may not include each other without end; if you really mean raw HTML, set raw_html: true in event.md."))

    public static let remoteResource = RuleDescriptor(
        id: "format.remote-resource", severity: .warning, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "頁面會從網路載入資源（圖片、樣式）", en: "A page would load something from the network (an image, a stylesheet)"),
        hint: LocalizedText(
            zh: "產出的頁面不從網路載入任何東西：遠端圖片改以連結顯示。把圖片存進企劃資料夾，用相對路徑引用（例如 ![會場](images/hall.png)），它就會嵌入頁面。",
            en: "Built pages load nothing from the network: a remote image is shown as a link instead. Save the image in the plan folder and use a relative path (e.g. ![Hall](images/hall.png)); it is then embedded in the page."))

    public static let image = RuleDescriptor(
        id: "format.image", severity: .warning, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "圖片無法嵌入頁面", en: "An image cannot be embedded in the page"),
        hint: LocalizedText(
            zh: "圖片要放在企劃資料夾裡（不能在資料夾外，也不能是指向外面的捷徑），是 PNG、JPEG、GIF、WebP 或 SVG，且不超過 2 MB。",
            en: "Keep the image inside the plan folder (not outside it, nor a link that points outside), as PNG, JPEG, GIF, WebP or SVG, and no larger than 2 MB."))

    public static let rawHTMLEnabled = RuleDescriptor(
        id: "format.raw-html-enabled", severity: .info, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "event.md 設定了 raw_html: true，頁面可以含有原始 HTML 與腳本", en: "event.md sets raw_html: true: pages may carry raw HTML and scripts"),
        hint: LocalizedText(
            zh: "只有在信任企劃資料夾每一位作者（包括 Templates/ 範本）時才這樣設定；不需要時刪掉 raw_html。",
            en: "Only do this when you trust everyone who writes the plan folder, its Templates/ included; remove raw_html when you do not need it."))

    public static let outsidePlan = RuleDescriptor(
        id: "format.outside-plan", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "符號連結指向企劃資料夾以外，沒有讀取", en: "A symbolic link points outside the plan folder and is not read"),
        hint: LocalizedText(zh: "把那個檔案複製到企劃資料夾裡，而不是用連結指向它；evplan 只讀企劃資料夾內的檔案。",
                            en: "Copy the file into the plan folder instead of linking to it; evplan reads only files inside the plan folder."))

    public static let symlinkLoop = RuleDescriptor(
        id: "format.symlink-loop", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "符號連結繞回自己或上層資料夾，沒有讀取", en: "A symbolic link loops back on itself or a folder above it and is not read"),
        hint: LocalizedText(zh: "刪除這個連結，或讓它指向企劃資料夾裡真正的檔案。",
                            en: "Delete the link, or point it at a real file inside the plan folder."))

    public static let tooManyFiles = RuleDescriptor(
        id: "format.too-many-files", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "企劃資料夾的資料夾或檔案太多，其餘的沒有讀取", en: "The plan folder holds too many folders or files; the rest were not read"),
        hint: LocalizedText(zh: "把不屬於企劃的資料夾（例如備份、下載、原始素材）移出企劃資料夾，或以 . 開頭命名讓 evplan 略過。",
                            en: "Move folders that are not part of the plan (backups, downloads, raw material) out of the plan folder, or start their names with . so evplan skips them."))

    public static let tooLarge = RuleDescriptor(
        id: "format.too-large", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "檔案或表格太大，沒有讀取", en: "A file or table is too large and was not read"),
        hint: LocalizedText(zh: "把表格拆成幾張較小的表格（每張表以空白行分開並各有表頭），或把檔案拆成幾個檔案。",
                            en: "Split the table into smaller tables (each after a blank line, with its own header row), or split the file into several files."))

    public static let proseTable = RuleDescriptor(
        id: "format.prose-table", severity: .info, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "任務檔裡的表格沒有被讀成紀錄，只當成文字顯示", en: "A table in a task file is read as prose: shown as written, not checked"),
        hint: LocalizedText(zh: "若它該被檢查，把它放在該任務的段落標題下，或改用該任務的欄位名稱；若本來就是說明用的表格，可以不理會。",
                            en: "If it should be checked, put it under the task's section heading or use the task's column names; if it is there to explain, ignore this."))

    public static let readAsBig5 = RuleDescriptor(
        id: "format.big5", severity: .info, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "試算表檔案以 Big5 編碼讀取", en: "A spreadsheet file was read as Big5"),
        hint: LocalizedText(zh: "Big5 讀得到，但 UTF-8 最不容易出錯：在 Excel 另存新檔時選「CSV UTF-8（逗號分隔）」。",
                            en: "Big5 is read, but UTF-8 is safest: in Excel, Save As “CSV UTF-8 (Comma delimited)”."))

    public static let delimited = RuleDescriptor(
        id: "format.csv", severity: .error, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "CSV／TSV 檔案的格式有誤", en: "A CSV or TSV file is malformed"),
        hint: LocalizedText(zh: "在引號內的儲存格要以引號結束，儲存格裡的引號要寫成兩個（\"\"）；用試算表重新另存成 CSV 通常就會修好。",
                            en: "A quoted cell must end with a quote, and a quote inside a cell is written twice (\"\"); saving the sheet as CSV again from the spreadsheet usually fixes it."))

    public static let emptyTask = RuleDescriptor(
        id: "format.empty-task", severity: .info, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "任務檔裡沒有這個任務要讀的表格", en: "A task file holds none of its task's tables"),
        hint: LocalizedText(zh: "若這個檔案本來只是說明文字，可以不理會；若它應該有表格，照 docs/format.md 的段落標題與欄位名稱寫。",
                            en: "If the file is there only to explain, ignore this; if it should hold a table, write it with the section headings and column names of docs/format.md."))
    public static let weekdayMismatch = RuleDescriptor(
        id: "format.weekday-mismatch", severity: .error, task: .t1, competency: ["O1.5.1", "K21"],
        summary: LocalizedText(zh: "寫的星期與日期不符", en: "A written weekday does not match its date"),
        hint: LocalizedText(zh: "日期或星期有一個寫錯了：對照日曆更正日期，或更正括號裡的星期。",
                            en: "Either the date or the weekday is wrong: check a calendar and correct the date, or the weekday in brackets."))

    public static let foreignCurrency = RuleDescriptor(
        id: "format.foreign-currency", severity: .warning, task: .t3, competency: ["O1.5.1", "P3.2.2"],
        summary: LocalizedText(zh: "金額的幣別與企劃的幣別不同，沒有換算", en: "An amount is in another currency than the plan's and is not converted"),
        hint: LocalizedText(zh: "在 event.md 寫下匯率（例如 rates: {USD: 32.1, JPY: 0.21}），evplan 就會換算並在頁面註明原幣金額；或把金額改寫成企劃的幣別。",
                            en: "Give the rate in event.md (e.g. rates: {USD: 32.1, JPY: 0.21}) and evplan converts it, noting the original on the pages; or write the amount in the plan's currency."))

    public static let undatedAgenda = RuleDescriptor(
        id: "agenda.undated-table", severity: .warning, task: .t4, competency: ["P4.2.1", "O4.2.1"],
        summary: LocalizedText(zh: "多天活動的議程表沒有日期", en: "An agenda table of a multi-day event has no date"),
        hint: LocalizedText(zh: "在表格上方的標題寫日期（例如「## 第一天 2027-03-12」），或在檔案 front matter 寫 date:，或在表格加「日期」欄。",
                            en: "Put the date in the heading above the table (e.g. `## Day 1 2027-03-12`), give the file a `date:` in its front matter, or add a Date column."))
    public static let unknownKey = RuleDescriptor(
        id: "format.unknown-key", severity: .info, task: .t1, competency: ["O1.5.1"],
        summary: LocalizedText(zh: "event.md 的 front matter 有 evplan 不認得的設定，沒有被讀取", en: "event.md's front matter has a key evplan does not know; it was not read"),
        hint: LocalizedText(zh: "檢查拼字，或改用 docs/format.md 列出的設定名稱（例如 organizer／主辦單位、co_organizer／協辦單位、date_style）。",
                            en: "Check the spelling, or use a key listed in docs/format.md (e.g. organizer, co_organizer, date_style)."))

    /// Rules that speak to the plan's authors only: `evplan check` reports them, the pages leave them out.
    /// A repaired phone names the number: it stays out of the pages.
    public static let authorNotes: Set<String> = [proseTable.id, readAsBig5.id, emptyTask.id, phoneRepaired.id]

    public static let all: [RuleDescriptor] = [
        unparsableValue, unknownColumn, unassignedFile, missingEvent, encoding, invalidFrontMatter, unreadableFile, unknownRule,
        template, remoteResource, image, rawHTMLEnabled, outsidePlan, symlinkLoop, tooManyFiles, tooLarge, proseTable,
        readAsBig5, delimited, emptyTask,
        weekdayMismatch, foreignCurrency, undatedAgenda,
        unknownKey,
    ] + registration
}

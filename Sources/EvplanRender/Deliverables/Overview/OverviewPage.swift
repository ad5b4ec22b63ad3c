import EvplanModel

/// index.html: O1.5.1, the plan's home for the team: the event at a glance, check results, links to every
/// deliverable and which of the standard's outputs the plan covers.
struct OverviewPage: PageDeliverable {
    let id = "index"
    let audience = Audience.internal
    let outputCodes = ["O1.5.1"]
    let title = LocalizedText(zh: "企劃總覽", en: "Plan overview")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "col_severity": .init("等級", "Severity"),
        "col_place": .init("位置", "Where"),
        "col_problem": .init("問題與建議", "Problem and fix"),
        "col_rule": .init("規則", "Rule"),
        "col_output": .init("工作產出", "Output"),
        "col_output_name": .init("名稱", "Name"),
        "col_status": .init("狀態", "Status"),
        "col_page": .init("文件", "Document"),
        "index_no_event": .init("企劃資料夾還沒有 event.md；請寫下活動名稱、日期、人數與預算上限。",
                            "The plan has no event.md yet; write the event's name, dates, attendance and budget cap there."),
        "index_budget": .init("預算摘要", "Budget at a glance"),
        "index_check": .init("檢查結果", "Check results"),
        "index_deliverables": .init("企劃文件", "Deliverables"),
        "index_exports": .init("日曆與會議 App 匯出：", "For calendars and conference apps: "),
        "index_coverage": .init("職能基準工作產出對照", "Outputs of the competency standard"),
        "check_clean": .init("檢查通過：沒有發現任何問題。", "All checks passed: no problems found."),
        "check_errors_n": .init("{n} 個錯誤", "{n} errors"),
        "check_errors_n_one": .init("{n} 個錯誤", "{n} error"),
        "check_warnings_n": .init("{n} 個警告", "{n} warnings"),
        "check_warnings_n_one": .init("{n} 個警告", "{n} warning"),
        "check_infos_n": .init("{n} 個提示", "{n} notes"),
        "check_infos_n_one": .init("{n} 個提示", "{n} note"),
        "hint_prefix": .init("建議：", "Fix: "),
        "coverage_summary": .init("職能基準的 {total} 項工作產出中，{covered} 項已有文件、{prose} 項以文字撰寫。",
                              "Of the standard's {total} outputs, {covered} are on a page and {prose} are written as prose."),
        "coverage_covered": .init("已有文件", "On a page"),
        "coverage_missing": .init("尚未撰寫", "Not written yet"),
        "coverage_prose": .init("以文字撰寫", "Written as prose"),
        "coverage_later": .init("尚未撰寫", "Not written yet"),
        "coverage_note": .init("「以文字撰寫」表示企劃已有這部分的文字說明，evplan 尚未把它整理成獨立文件；「尚未撰寫」只表示企劃資料夾裡還沒有這部分，並非缺失。",
                           "“Written as prose” means the plan describes this in its text, which evplan does not yet lay out as a document of its own; “Not written yet” only says the plan folder has nothing on it so far."),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        context.plan.event != nil
    }

    func card(in context: RenderContext) -> DeliverableCard? { nil }

    func viewModel(_ context: RenderContext) -> IndexViewModel { IndexViewModel(context) }
}

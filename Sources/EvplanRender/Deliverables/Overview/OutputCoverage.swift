import EvplanModel
import Mustache

/// Which of KMC2432-001v2's outputs (工作產出) this plan covers: a page evplan renders and the plan holds
/// what it needs, a page that still lacks the plan's data, or an output evplan does not render yet.
struct OutputCoverage: TemplateValue {
    enum Status: String {
        case covered, missing, later
    }

    let code: String
    let name: String
    let statusClass: String
    let statusLabel: String
    let href: String
    let hasLink: Bool
    let pageTitle: String

    private static let catalogue: [(code: String, zh: String, en: String, page: Page?)] = [
        ("O1.5.1", "活動籌備資訊共享檔案庫", "Shared planning repository", .index),
        ("O2.1.1", "專案計畫書（目標、預算、範圍）", "Project plan: goals, budget, scope", .proposal),
        ("O2.2.1", "專案計畫書", "Project plan", .proposal),
        ("O2.2.2", "專案需求資源列表", "Project resource list", nil),
        ("O2.2.3", "專案時程表（甘特圖）", "Project schedule (Gantt chart)", .gantt),
        ("O2.3.1", "專案結案報告", "Project closure report", nil),
        ("O3.1.1", "活動成本表", "Event cost sheet", .budget),
        ("O3.2.1", "活動成本結構分析", "Cost structure analysis", .budget),
        ("O3.2.2", "活動成本估算表", "Cost estimate", .budget),
        ("O3.2.3", "預算計畫", "Budget plan", .budget),
        ("O4.2.1", "活動議程（流程）表", "Event programme", .agenda),
        ("O4.2.2", "活動執行企畫書", "Event execution plan", .proposal),
        ("O4.3.1", "活動預算表", "Event budget", .budget),
        ("O4.3.2", "細部議程（流程）表", "Detailed programme", .agenda),
        ("O5.1.1", "活動場地需求說明", "Venue requirements", nil),
        ("O5.2.1", "場地列表", "Venue shortlist", nil),
        ("O5.3.1", "場地預約契約書", "Venue booking contract", nil),
        ("O5.3.2", "場地安全保險契約", "Venue safety and insurance contract", nil),
        ("O6.1.1", "活動工作時程表", "Event work schedule", nil),
        ("O6.1.2", "風險應對守則", "Risk response guide", nil),
        ("O6.2.1", "活動所需器材承包商", "Equipment contractors", nil),
        ("O6.2.2", "承包商報價清單", "Contractor quotes", nil),
        ("O6.2.3", "承包商服務合約", "Contractor service agreements", nil),
        ("O6.3.1", "活動執行工作分配", "Work assignments", nil),
        ("O7.1.1", "活動行銷計畫（4P）", "Marketing plan (4P)", nil),
        ("O7.1.2", "市場趨勢與消費者偏好分析", "Market trends and audience analysis", nil),
        ("O7.1.3", "網路與手持裝置行銷計畫", "Online and mobile marketing plan", nil),
        ("O7.2.1", "發佈媒體新聞稿", "Press release", .pressRelease),
        ("O7.2.2", "體驗邀請函", "Invitation", nil),
        ("O7.3.1", "行銷計畫成果報告", "Marketing results report", nil),
        ("O8.1.1", "活動參與人員簽到表單", "Sign-in sheet", nil),
        ("O8.1.2", "活動參與人員名冊", "Attendee roster", nil),
        ("O8.2.1", "報到流程表", "Check-in flow", nil),
        ("O8.3.1", "活動手冊／資料袋", "Event handbook and delegate pack", nil),
        ("O8.3.2", "入場許可證", "Admission passes", nil),
        ("O8.3.3", "開立活動繳費證明", "Payment receipts", nil),
        ("O8.3.4", "統整實際報到人員名單", "Actual attendance list", nil),
    ]

    static func all(_ context: RenderContext) -> [OutputCoverage] {
        let expenses = context.plan.budget.expenseLines
        return catalogue.map { entry in
            let status: Status = entry.page == nil ? .later
                : (isCovered(entry.code, plan: context.plan, expenses: expenses) ? .covered : .missing)
            return OutputCoverage(code: entry.code, name: context.language == .zhTW ? entry.zh : entry.en,
                                  statusClass: status.rawValue, statusLabel: context.label("coverage_\(status.rawValue)"),
                                  href: entry.page?.fileName ?? "", hasLink: entry.page != nil,
                                  pageTitle: entry.page.map { context.label($0.titleKey) } ?? "—")
        }
    }

    /// Whether the plan holds what the output needs, judged from the model alone.
    /// A press release with a headline and a body (O7.2.1).
    static func hasPressRelease(_ plan: Plan) -> Bool {
        guard let release = plan.pressRelease else { return false }
        return release.headline != nil && !(release.bodyHTML ?? "").isEmpty
    }

    /// `expenses` is `plan.budget.expenseLines`, gathered once for all the outputs.
    static func isCovered(_ code: String, plan: Plan, expenses: [BudgetRow]) -> Bool {
        let budget = plan.budget
        switch code {
        case "O1.5.1": return plan.event != nil
        case "O2.1.1": return !plan.prose(of: .t2).isEmpty || (plan.event?.budgetCap != nil && !(plan.event?.overview.isEmpty ?? true))
        case "O2.2.1": return !(plan.event?.overview.isEmpty ?? true) && plan.files.contains { $0.task != nil && !$0.prose.isEmpty }
        case "O2.2.3": return !plan.project.tasks.isEmpty && ProjectSchedule(project: plan.project).dates.contains { $0 != nil }
        case "O3.1.1", "O4.3.1": return !expenses.isEmpty
        case "O3.2.1": return expenses.contains { !($0.category?.value.isEmpty ?? true) }
        case "O3.2.2": return expenses.contains { $0.unitPrice != nil && $0.quantity != nil }
        case "O3.2.3": return !expenses.isEmpty && (!budget.incomeLines.isEmpty || plan.event?.budgetCap != nil)
        case "O4.2.1": return !plan.agenda.isEmpty
        case "O4.2.2": return plan.event != nil && !plan.agenda.isEmpty
        case "O4.3.2": return plan.agenda.sessions.contains { !$0.isBreak && (!$0.speakers.isEmpty || $0.room != nil) }
        case "O7.2.1": return hasPressRelease(plan)
        default: return false
        }
    }
}

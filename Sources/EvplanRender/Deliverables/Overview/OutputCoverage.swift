import EvplanModel
import Mustache

/// Which of KMC2432-001v2's outputs (工作產出) this plan covers: a deliverable evplan renders and the plan holds
/// what it needs, a deliverable that still lacks the plan's data, or an output no deliverable serves yet.
/// Which deliverable serves an output, and whether the plan covers it, is asked of the `DeliverableCatalogue`.
struct OutputCoverage: TemplateValue {
    /// `covered`: a page shows it; `missing`: a page would, once the plan holds its data; `prose`: no page serves it
    /// yet, but the task's files hold prose for it; `later`: nothing written for it yet. None is a failing of the plan.
    enum Status: String {
        case covered, missing, prose, later
    }

    let code: String
    let name: String
    let statusClass: String
    let statusLabel: String
    let href: String
    let hasLink: Bool
    let pageTitle: String

    /// The standard's outputs, in its order, with their names.
    private static let standardOutputs: [(code: String, zh: String, en: String)] = [
        ("O1.5.1", "活動籌備資訊共享檔案庫", "Shared planning repository"),
        ("O2.1.1", "專案計畫書（目標、預算、範圍）", "Project plan: goals, budget, scope"),
        ("O2.2.1", "專案計畫書", "Project plan"),
        ("O2.2.2", "專案需求資源列表", "Project resource list"),
        ("O2.2.3", "專案時程表（甘特圖）", "Project schedule (Gantt chart)"),
        ("O2.3.1", "專案結案報告", "Project closure report"),
        ("O3.1.1", "活動成本表", "Event cost sheet"),
        ("O3.2.1", "活動成本結構分析", "Cost structure analysis"),
        ("O3.2.2", "活動成本估算表", "Cost estimate"),
        ("O3.2.3", "預算計畫", "Budget plan"),
        ("O4.2.1", "活動議程（流程）表", "Event programme"),
        ("O4.2.2", "活動執行企畫書", "Event execution plan"),
        ("O4.3.1", "活動預算表", "Event budget"),
        ("O4.3.2", "細部議程（流程）表", "Detailed programme"),
        ("O5.1.1", "活動場地需求說明", "Venue requirements"),
        ("O5.2.1", "場地列表", "Venue shortlist"),
        ("O5.3.1", "場地預約契約書", "Venue booking contract"),
        ("O5.3.2", "場地安全保險契約", "Venue safety and insurance contract"),
        ("O6.1.1", "活動工作時程表", "Event work schedule"),
        ("O6.1.2", "風險應對守則", "Risk response guide"),
        ("O6.2.1", "活動所需器材承包商", "Equipment contractors"),
        ("O6.2.2", "承包商報價清單", "Contractor quotes"),
        ("O6.2.3", "承包商服務合約", "Contractor service agreements"),
        ("O6.3.1", "活動執行工作分配", "Work assignments"),
        ("O7.1.1", "活動行銷計畫（4P）", "Marketing plan (4P)"),
        ("O7.1.2", "市場趨勢與消費者偏好分析", "Market trends and audience analysis"),
        ("O7.1.3", "網路與手持裝置行銷計畫", "Online and mobile marketing plan"),
        ("O7.2.1", "發佈媒體新聞稿", "Press release"),
        ("O7.2.2", "體驗邀請函", "Invitation"),
        ("O7.3.1", "行銷計畫成果報告", "Marketing results report"),
        ("O8.1.1", "活動參與人員簽到表單", "Sign-in sheet"),
        ("O8.1.2", "活動參與人員名冊", "Attendee roster"),
        ("O8.2.1", "報到流程表", "Check-in flow"),
        ("O8.2.2", "報到處物資清單", "Check-in desk supplies list"),
        ("O8.3.1", "活動手冊／資料袋", "Event handbook and delegate pack"),
        ("O8.3.2", "入場許可證", "Admission passes"),
        ("O8.3.3", "開立活動繳費證明", "Payment receipts"),
        ("O8.3.4", "統整實際報到人員名單", "Actual attendance list"),
    ]

    /// Whether the task an output belongs to (O6.1.2 → T6) has prose in the plan.
    static func hasProse(forOutput code: String, _ plan: Plan) -> Bool {
        guard code.count > 1, let task = TaskCode(rawValue: "T" + String(code.dropFirst().prefix(1))) else { return false }
        return plan.prose(of: task).contains { !$0.html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    static func all(_ context: RenderContext) -> [OutputCoverage] {
        standardOutputs.map { output in
            let deliverable = DeliverableCatalogue.deliverable(serving: output.code)
            let status: Status = deliverable.map { $0.covers(output.code, in: context) ? .covered : .missing }
                ?? (hasProse(forOutput: output.code, context.plan) ? .prose : .later)
            return OutputCoverage(code: output.code, name: context.language == .zhTW ? output.zh : output.en,
                                  statusClass: status.rawValue, statusLabel: context.label("coverage_\(status.rawValue)"),
                                  href: deliverable?.entryFile ?? "", hasLink: deliverable != nil,
                                  pageTitle: deliverable.map { context.label("page_\($0.id)") } ?? "—")
        }
    }
}

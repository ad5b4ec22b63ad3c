import EvplanModel
import Foundation

/// closure.html: O2.3.1 專案結案報告 and O7.3.1 行銷計畫成果報告 — budget against actual, income planned against
/// received, channel results against targets, the planner's lessons, registrations by ticket type and, from the
/// check-in desk's attendance export, the actual attendance and no-shows by ticket type. A client page (a grant office
/// or the client receives it): it holds figures and prose, no personal data — the attendance is counted, nobody is
/// named. The named list of who came (O8.3.4 統整實際報到人員名單) is the team's roster.html.
struct ClosurePage: PageDeliverable {
    let id = "closure"
    let audience = Audience.client
    let outputCodes = ["O2.3.1", "O7.3.1"]
    let title = LocalizedText(zh: "結案報告", en: "Closure report")

    let labels: [String: LocalizedText] = [
        "cl_registrations": .init("報名結果", "Registrations"),
        "cl_registrations_summary": .init("有效報名 {n} 張（已付款 {paid} 張），取消或退票 {cancelled} 張。",
                                          "{n} valid registrations ({paid} paid); {cancelled} cancelled or refunded."),
        "cl_ticket_type": .init("票種", "Ticket type"),
        "cl_quota": .init("名額", "Quota"),
        "cl_registered": .init("有效報名", "Registered"),
        "cl_paid": .init("已付款", "Paid"),
        "cl_cancelled": .init("取消／退票", "Cancelled or refunded"),
        "cl_ticket_income": .init("票券收入", "Ticket income"),
        "cl_attendance": .init("實際出席", "Actual attendance"),
        "cl_attendance_summary": .init("有效報名 {n} 人，實際報到 {in} 人（出席率 {rate}），未出席 {out} 人。",
                                       "{in} of {n} registered attendees checked in ({rate}); {out} did not come."),
        "cl_checked_in": .init("已報到", "Checked in"),
        "cl_no_shows": .init("未出席", "No-shows"),
        "cl_attendance_rate": .init("出席率", "Attendance rate"),
        "cl_attendance_total": .init("合計", "Total"),
        "cl_attendance_note": .init("依報到櫃台的報到紀錄統計，每張票只計一次（重複掃描不重複計算）；出席率 = 已報到 ÷ 有效報名。本頁只列人數，不列姓名。",
                                    "From the check-in desk's record; each ticket counts once however often it was scanned. Attendance rate = checked in ÷ registered. This page gives counts only, no names."),
        "cl_withdrawn_checkins": .init("另有 {n} 張已取消或退款的票券在現場報到，未計入上表。",
                                       "{n} cancelled or refunded tickets were checked in on the day; the table does not count them."),
        "cl_withdrawn_checkins_one": .init("另有 {n} 張已取消或退款的票券在現場報到，未計入上表。",
                                           "{n} cancelled or refunded ticket was checked in on the day; the table does not count it."),
        "cl_empty": .init("活動結束後，在 T3 預算表加上「實際」欄填入實際金額，在 T7 通路表加上「成效」欄，並在 T2 或 T7 檔寫「## 檢討 Lessons」。",
                          "After the event, add an `Actual` column to the T3 budget tables, a `Result` column to the T7 channels table, and write `## Lessons` in a T2 or T7 file."),
        "cl_summary": .init("收支總覽", "Summary"),
        "cl_expenses": .init("支出：預算與實際", "Expenses: budget against actual"),
        "cl_income": .init("收入：預估與實際", "Income: planned against actual"),
        "cl_by_category": .init("各類別", "By category"),
        "cl_budget": .init("預算", "Budget"),
        "cl_planned": .init("預估", "Planned"),
        "cl_actual": .init("實際", "Actual"),
        "cl_variance": .init("差異", "Variance"),
        "cl_variance_pct": .init("差異 %", "Variance %"),
        "cl_not_recorded": .init("未填", "not recorded"),
        "cl_missing_actuals": .init("{n} 個項目尚未填實際金額，以下合計只含已填的項目。", "{n} lines have no actual amount yet; the totals below cover only those that do."),
        "cl_missing_actuals_one": .init("{n} 個項目尚未填實際金額，以下合計只含已填的項目。", "{n} line has no actual amount yet; the totals below cover only those that do."),
        "cl_total_expenses": .init("支出合計", "Total expenses"),
        "cl_total_income": .init("收入合計", "Total income"),
        "cl_balance": .init("收支結餘", "Balance"),
        "cl_channels": .init("宣傳成效", "Marketing results"),
        "cl_target": .init("目標", "Target"),
        "cl_result": .init("成效", "Result"),
        "cl_achieved": .init("達成率", "Achieved"),
        "cl_cost": .init("費用", "Cost"),
        "cl_lessons": .init("檢討與建議", "Lessons"),
        "cl_variance_note": .init("差異 = 實際 − 預算；百分比以預算為分母。", "Variance = actual − budget, as a share of the budget."),
        "card_closure": .init("{n} 個項目已填實際金額", "Actuals on {n} lines"),
        "card_closure_attendance": .init("實際出席 {in}／{n} 人", "{in} of {n} attended"),
    ]

    static func hasActuals(_ plan: Plan) -> Bool {
        plan.budget.tables.contains { $0.lines.contains { $0.actual != nil } }
    }

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        switch outputCode {
        case "O2.3.1": return ClosurePage.hasActuals(context.plan)
        case "O7.3.1": return context.plan.marketing.channels.contains { $0.result != nil }
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let count = context.plan.budget.tables.flatMap(\.lines).filter { $0.actual != nil }.count
        let roster = context.plan.registration.roster
        if count == 0, roster.hasAttendance {
            let byType = roster.attendanceByType
            return DeliverableCard(summary: context.filled("card_closure_attendance", [
                "in": DecimalText.grouped(Decimal(byType.reduce(0) { $0 + $1.checkedIn })),
                "n": DecimalText.grouped(Decimal(byType.reduce(0) { $0 + $1.registered })),
            ]), isEmpty: false)
        }
        guard count > 0 || !context.plan.lessons.isEmpty || context.plan.marketing.channels.contains(where: { $0.result != nil }) else {
            return DeliverableCard(summary: context.label("card_empty"), isEmpty: true)
        }
        return DeliverableCard(summary: context.filled("card_closure", ["n": "\(count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> ClosureViewModel { ClosureViewModel(context) }
}

import EvplanModel

/// proposal.html: O2.1.1, O2.2.1 專案計畫書 and O4.2.2 活動執行企畫書.
struct ProposalPage: PageDeliverable {
    let id = "proposal"
    let audience = Audience.client
    let outputCodes = ["O2.1.1", "O2.2.1", "O4.2.2"]
    let title = LocalizedText(zh: "活動企劃書", en: "Proposal")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "fact_address": .init("地址", "Address"),
        "fact_capacity": .init("場地容量", "Capacity"),
        "fact_hours": .init("開放時間", "Opening hours"),
        "col_date": .init("日期", "Date"),
        "col_capacity": .init("容納人數", "Capacity"),
        "col_layout": .init("形式", "Layout"),
        "col_area": .init("面積", "Area"),
        "card_proposal": .init("{n} 個工作任務章節", "Task sections: {n}"),
        "proposal_kind": .init("活動企劃書", "EVENT PROPOSAL"),
        "proposal_toc": .init("目錄", "Contents"),
        "proposal_overview": .init("活動概述", "Overview"),
        "proposal_no_overview": .init("在 event.md 的 front matter 之後寫下活動緣起、目的與特色。",
                                  "Write the event's background, purpose and highlights in event.md, below the front matter."),
        "proposal_no_sections": .init("各工作任務（T1–T8）的檔案還沒有內容；目標、範圍、預算、議程與場地寫好後會整理在這裡。",
                                  "No task files (T1–T8) have content yet; goals, scope, budget, agenda and venue appear here once written."),
        "proposal_schedule": .init("時程與里程碑", "Schedule and milestones"),
        "proposal_schedule_span": .init("籌備期間：", "Planning period: "),
        "proposal_budget": .init("經費概算", "Budget summary"),
        "proposal_agenda": .init("議程規劃", "Programme outline"),
        "proposal_venue": .init("場地規劃", "Venue"),
        "proposal_see_gantt": .init("完整時程請見：", "Full schedule:"),
        "proposal_see_budget": .init("完整明細請見：", "Line items:"),
        "proposal_see_agenda": .init("完整議程請見：", "Full programme:"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let plan = context.plan
        let hasOverview = !(plan.event?.overview.isEmpty ?? true)
        switch outputCode {
        case "O2.1.1": return !plan.prose(of: .t2).isEmpty || (plan.event?.budgetCap != nil && hasOverview)
        case "O2.2.1": return hasOverview && plan.files.contains { $0.task != nil && !$0.prose.isEmpty }
        case "O4.2.2": return plan.event != nil && !plan.agenda.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let sections = TaskCode.allCases.filter { !context.plan.prose(of: $0).isEmpty }.count
        return DeliverableCard(summary: context.filled("card_proposal", ["n": "\(sections)"]), isEmpty: context.plan.event == nil)
    }

    func viewModel(_ context: RenderContext) -> ProposalViewModel { ProposalViewModel(context) }
}

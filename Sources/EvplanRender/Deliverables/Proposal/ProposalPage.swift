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
        "proposal_no_sections": .init("企劃還沒有內容；在 event.md 寫下活動緣起與目的，在各工作任務檔（T1–T8）寫下目標、預算、議程與場地後，會依序整理在這裡。",
                                  "The plan has no content yet; write the background and purpose in event.md and the goals, budget, agenda and venue in the task files (T1–T8), and they appear here in order."),
        "proposal_background": .init("計畫緣起與目的", "Background and purpose"),
        "proposal_organisers": .init("主辦／協辦／指導單位", "Organisers"),
        "proposal_when_where": .init("時間、地點與對象", "Time, place and audience"),
        "proposal_programme": .init("活動內容與議程", "Programme"),
        "proposal_schedule": .init("執行期程", "Timeline"),
        "proposal_budget": .init("經費概算表", "Budget"),
        "proposal_outcomes": .init("預期效益", "Expected outcomes"),
        "proposal_attachments": .init("附件", "Attachments"),
        "proposal_schedule_span": .init("籌備期間：", "Planning period: "),
        "proposal_attached": .init("隨本企劃書附上：", "Attached to this proposal:"),
        "proposal_milestones": .init("里程碑", "Milestones"),
        "proposal_rooms": .init("場地空間", "Rooms"),
        "col_block": .init("時段", "Time"),
        "col_sessions": .init("內容", "Sessions"),
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

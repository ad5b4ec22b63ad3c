import EvplanModel

/// venue.html: O5.1.1 場地需求 (worked out from the plan beside the planner's own), O5.2.1 場地列表 (candidates with
/// their weighted score and the chosen one), O5.3.1 場地契約 and O5.3.2 安全保險. Internal: the contract's amounts
/// and terms are cash facts.
struct VenuePage: PageDeliverable {
    let id = "venue"
    let audience = Audience.internal
    let outputCodes = ["O5.1.1", "O5.2.1", "O5.3.1", "O5.3.2"]
    let title = LocalizedText(zh: "場地", en: "Venue")

    let labels: [String: LocalizedText] = [
        "venue_empty": .init("在 T5 場地檔（例如 T5-venue.md）寫下場地、候選場地、合約與保險。", "Write the venue, its candidates, contract and insurance in a T5 file (e.g. T5-venue.md)."),
        "venue_requirements": .init("場地需求", "Requirements"),
        "venue_from_plan": .init("依企劃推算", "Worked out from the plan"),
        "venue_own": .init("企劃自訂需求", "The planner's own"),
        "venue_expected": .init("預估人數", "Expected attendance"),
        "venue_peak": .init("尖峰同時人數", "Peak audience at once"),
        "venue_rooms_at_once": .init("同時使用空間", "Rooms in use at once"),
        "venue_rooms_used": .init("使用空間與形式", "Rooms and layouts"),
        "venue_sites": .init("活動場地", "Sites"),
        "venue_candidates": .init("候選場地比較", "Candidate venues"),
        "venue_weighted": .init("加權分數", "Weighted score"),
        "venue_weights": .init("權重：", "Weights: "),
        "venue_contract": .init("場地合約", "Contract"),
        "venue_insurance": .init("保險", "Insurance"),
        "venue_minimum": .init("最低保額依據：{source}", "Minimums from {source}"),
        "venue_col_name": .init("場地", "Venue"),
        "venue_col_available": .init("檔期", "Available"),
        "venue_col_capacity": .init("容納人數", "Capacity"),
        "venue_col_rent": .init("租金", "Rent"),
        "venue_col_transport": .init("交通", "Transport"),
        "venue_col_score": .init("評分", "Score"),
        "venue_col_chosen": .init("選定", "Chosen"),
        "venue_col_address": .init("地址", "Address"),
        "venue_col_hours": .init("開放時間", "Hours"),
        "venue_col_dates": .init("可用日期", "Available dates"),
        "venue_col_day": .init("日期", "Day"),
        "venue_col_kind": .init("險種", "Policy"),
        "venue_col_insurer": .init("保險公司", "Insurer"),
        "venue_col_period": .init("期間", "Period"),
        "venue_col_per_person": .init("每一個人體傷", "Per person"),
        "venue_col_per_accident": .init("每一事故體傷", "Per accident"),
        "venue_col_property": .init("財損", "Property"),
        "venue_col_aggregate": .init("保險期間總額", "Aggregate"),
        "venue_deposit": .init("訂金", "Deposit"),
        "venue_balance": .init("尾款", "Balance"),
        "venue_load_in": .init("進場", "Load-in"),
        "venue_teardown": .init("撤場", "Teardown"),
        "venue_cancellation": .init("取消條款", "Cancellation"),
        "venue_overtime": .init("逾時", "Overtime"),
        "venue_related_days": .init("相關日期", "Related days"),
        "card_venue": .init("{n} 個候選場地，選定：{chosen}", "Candidates: {n} · chosen: {chosen}"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let deal = context.plan.venueDeal
        switch outputCode {
        case "O5.1.1": return context.plan.venue != nil && !context.plan.agenda.isEmpty
        case "O5.2.1": return !deal.candidates.isEmpty
        case "O5.3.1": return deal.contract != nil
        case "O5.3.2": return !deal.insurance.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let deal = context.plan.venueDeal
        guard context.plan.venue != nil || !deal.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        let chosen = deal.candidates.first(where: \.isChosen)?.name.value ?? context.plan.venue?.name?.value ?? "—"
        return DeliverableCard(summary: context.filled("card_venue", ["n": "\(deal.candidates.count)", "chosen": chosen]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> VenueViewModel { VenueViewModel(context) }
}

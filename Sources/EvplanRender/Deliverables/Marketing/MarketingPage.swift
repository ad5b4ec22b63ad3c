import EvplanModel

/// marketing.html: O7.1.1 活動行銷計畫 (4P), O7.1.2 市場與受眾分析, O7.1.3 網路與手持裝置行銷計畫 (the channels and their
/// timeline). A client page: it names no invitee, only how many there are.
struct MarketingPage: PageDeliverable {
    let id = "marketing"
    let audience = Audience.client
    let outputCodes = ["O7.1.1", "O7.1.2", "O7.1.3"]
    let title = LocalizedText(zh: "行銷計畫", en: "Marketing plan")

    let labels: [String: LocalizedText] = [
        "mk_empty": .init("在 T7 行銷檔（例如 T7-marketing.md）寫下「## 行銷組合 4P」表（面向 | 內容）與「## 通路 Channels」表（通路 | 對象 | 開始 | 結束 | 費用 | 目標 | 連結）。",
                          "Write a `## Marketing mix 4P` table (Aspect | Content) and a `## Channels` table (Channel | Audience | Start | End | Cost | Target | Link) in a T7 marketing file (e.g. T7-marketing.md)."),
        "mk_mix": .init("行銷組合 4P", "Marketing mix (4P)"),
        "mk_aspect": .init("面向", "Aspect"),
        "mk_content": .init("內容", "Content"),
        "mk_analysis": .init("市場與受眾分析", "Market and audience"),
        "mk_channels": .init("宣傳通路", "Channels"),
        "mk_channel": .init("通路", "Channel"),
        "mk_audience": .init("對象", "Audience"),
        "mk_when": .init("期間", "When"),
        "mk_cost": .init("費用", "Cost"),
        "mk_target": .init("目標", "Target"),
        "mk_link": .init("連結", "Link"),
        "mk_total": .init("通路費用合計", "Channels in total"),
        "mk_budget_lines": .init("T3 行銷類支出合計", "T3 marketing lines"),
        "mk_timeline": .init("宣傳時程", "Channel timeline"),
        "mk_event_start": .init("活動開始", "Event starts"),
        "mk_undated": .init("未寫日期的通路不在圖上：", "Channels without dates are not drawn:"),
        "mk_invitees": .init("邀請名單共 {n} 位，邀請函見 invitations.html（內部文件，含個人資料）。",
                             "{n} invitees; the invitations are in invitations.html (internal: personal data)."),
        "card_marketing": .init("{channels} 個通路，費用 {total}", "{channels} channels, {total}"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let marketing = context.plan.marketing
        switch outputCode {
        case "O7.1.1": return !marketing.mix.isEmpty
        case "O7.1.2": return !marketing.analysis.isEmpty
        case "O7.1.3": return !marketing.channels.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let marketing = context.plan.marketing
        guard !marketing.mix.isEmpty || !marketing.channels.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        let total = marketing.channels.compactMap { $0.cost?.value }.reduce(0, +)
        return DeliverableCard(summary: context.filled("card_marketing", ["channels": "\(marketing.channels.count)", "total": context.money.format(total)]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> MarketingViewModel { MarketingViewModel(context) }
}

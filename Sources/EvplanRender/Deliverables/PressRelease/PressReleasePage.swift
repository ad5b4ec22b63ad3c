import EvplanModel

/// press-release.html: O7.2.1 新聞稿.
struct PressReleasePage: PageDeliverable {
    let id = "press-release"
    let audience = Audience.client
    let outputCodes = ["O7.2.1"]
    let title = LocalizedText(zh: "新聞稿", en: "Press release")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "press_empty": .init("在 T7 行銷檔（例如 T7-marketing.md）的「## 新聞稿 Press release」下，以「### 標題」「### 發布」「### 內文」「### 媒體聯絡人」寫下新聞稿。",
                             "Write the release under `## Press release` in a T7 marketing file (e.g. T7-marketing.md), with `### Headline`, `### Dateline`, `### Body` and `### Media contact`."),
        "press_missing_title": .init("新聞稿尚缺：", "The release still lacks:"),
        "press_part_headline": .init("標題", "headline"),
        "press_part_dateline": .init("發布日期與地點", "dateline"),
        "press_part_body": .init("內文", "body"),
        "press_part_contact": .init("媒體聯絡人", "media contact"),
        "press_contact": .init("新聞聯絡人", "Media contact"),
        "press_about": .init("關於主辦單位", "About the organiser"),
        "press_kind": .init("新聞稿", "PRESS RELEASE"),
        "press_immediate": .init("即時發布", "FOR IMMEDIATE RELEASE"),
    ]

    /// A press release with a headline and a body.
    static func hasRelease(_ plan: Plan) -> Bool {
        guard let release = plan.pressRelease else { return false }
        return release.headline != nil && !(release.bodyHTML ?? "").isEmpty
    }

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        PressReleasePage.hasRelease(context.plan)
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        guard PressReleasePage.hasRelease(context.plan) else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.plan.pressRelease?.headline?.value ?? "", isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> PressReleaseViewModel { PressReleaseViewModel(context) }
}

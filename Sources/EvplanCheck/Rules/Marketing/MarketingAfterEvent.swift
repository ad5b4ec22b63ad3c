import EvplanModel

/// A marketing channel that runs on past the event's first day.
public struct MarketingAfterEvent: Rule {
    public static let descriptor = RuleDescriptor(
        id: "marketing.after-event", severity: .warning, task: .t7, competency: ["P7.1.6", "O7.1.3"],
        summary: LocalizedText(zh: "宣傳通路在活動開始後才結束", en: "A channel ends after the event has started"),
        hint: LocalizedText(
            zh: "把結束日改在活動首日或之前；若這個通路本來就是活動當天或會後的宣傳（直播、會後報導），在備註寫明後可在 event.md 以 `rules:` 關掉這條規則。",
            en: "End the channel on or before the first day; if it is meant for the event days or after (live coverage, follow-up stories), say so in its note and turn this rule off with `rules:` in event.md."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let firstDay = context.plan.event?.dates?.value.start else { return [] }
        return context.plan.marketing.channels.compactMap { channel in
            guard let end = channel.end, end.value > firstDay else { return nil }
            return diagnostic(at: end.location, LocalizedText(
                zh: "通路「\(channel.name.value)」\(end.value) 結束，但活動 \(firstDay) 就開始了",
                en: "Channel “\(channel.name.value)” ends \(end.value), but the event starts \(firstDay)"))
        }
    }
}

import EvplanModel

/// A press release whose date line holds no date evplan can read, or a date after the event: a release goes out
/// before the event it announces.
public struct PressDatelineMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "press.dateline-mismatch", severity: .warning, task: .t7, competency: ["O7.2.1", "P7.2.1"],
        summary: LocalizedText(zh: "新聞稿的發布日期讀不出來，或晚於活動", en: "The press release's date cannot be read or is after the event"),
        hint: LocalizedText(zh: "在「### 發布」寫上發稿日期與地點，例如【2027年2月23日／臺北訊】或 2027-02-23 臺北，日期要在活動之前。",
                            en: "Write the release date and place under “### Dateline”, e.g. 2027-02-23 Taipei, dated before the event."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let release = context.plan.pressRelease, let dateline = release.dateline else { return [] }
        guard let date = release.datelineDate else {
            return [diagnostic(at: dateline.location, LocalizedText(
                zh: "新聞稿的發布行「\(dateline.value)」沒有可讀的日期", en: "The release's dateline “\(dateline.value)” holds no date evplan can read"))]
        }
        guard let event = context.plan.event?.dates?.value, date > event.end else { return [] }
        return [diagnostic(at: dateline.location, LocalizedText(
            zh: "新聞稿發布日 \(date) 晚於活動（\(event.end) 結束）", en: "The release is dated \(date), after the event (which ends \(event.end))"))]
    }
}

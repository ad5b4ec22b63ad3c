/// The language of a plan's deliverables and messages.
public enum Language: String, Sendable, CaseIterable {
    case zhTW = "zh-TW"
    case en

    /// Accepts the spellings planners use: `zh-TW`, `zh_TW`, `zh`, `en`, `en-US` …
    public init?(code: String) {
        let lowered = code.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered.hasPrefix("zh") { self = .zhTW } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// Text in both languages evplan speaks.
public struct LocalizedText: Hashable, Sendable {
    public var zhTW: String
    public var en: String

    public init(zh: String, en: String) {
        self.zhTW = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .zhTW ? zhTW : en
    }
}

import EvplanModel

/// A length of time in minutes, as a planner says it: "3 小時 30 分" / "3 h 30 min".
enum DurationText {
    static func text(minutes: Int) -> LocalizedText {
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return LocalizedText(zh: "\(minutes) 分鐘", en: "\(minutes) min")
        case (_, 0): return LocalizedText(zh: "\(hours) 小時", en: "\(hours) h")
        default: return LocalizedText(zh: "\(hours) 小時 \(rest) 分", en: "\(hours) h \(rest) min")
        }
    }
}

import EvplanModel

/// Times as messages show them (09:30, 09:30–10:30), written without `String(format:)`, which is slow on Linux
/// and showed up when 50,000 overlapping sessions each needed a message.
enum ClockText {
    static func text(_ time: TimeOfDay) -> String {
        let minutes = time.minutes
        guard minutes >= 0 else { return time.description }
        return padded(minutes / 60) + ":" + padded(minutes % 60)
    }

    static func text(_ range: TimeRange) -> String {
        text(range.start) + "–" + text(range.end)
    }

    private static func padded(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}

/// `2023-07-29T12:35:00+08:00` split into the local date and time as written, without time-zone arithmetic:
/// an agenda is written in the event's own local time.
struct OPassTimestamp: Equatable {
    let date: String
    let minutes: Int
    let utcOffset: String

    init?(_ text: String) {
        let characters = Array(text)
        guard characters.count >= 19, characters[10] == "T", characters[13] == ":", characters[16] == ":",
              let hour = Int(String(characters[11..<13])), let minute = Int(String(characters[14..<16])),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        date = String(characters[0..<10])
        minutes = hour * 60 + minute
        utcOffset = String(characters[19...])
    }

    /// `09:05` for 545 minutes after midnight.
    static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

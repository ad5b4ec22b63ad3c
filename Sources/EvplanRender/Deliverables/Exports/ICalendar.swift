import EvplanModel
import Foundation

/// Writes an iCalendar object (RFC 5545): CRLF line ends, content lines folded at 75 octets without splitting a
/// UTF-8 sequence, TEXT values escaped, and one time zone, Asia/Taipei (UTC+8, no daylight saving since 1979).
struct ICalendarWriter {
    private(set) var text = ""

    init(name: String, language: Language) {
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//evplan//evplan//" + (language == .zhTW ? "ZH-TW" : "EN"))
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        property("X-WR-CALNAME", text: name)
        line("X-WR-TIMEZONE:\(Self.timeZone)")
        line("BEGIN:VTIMEZONE")
        line("TZID:\(Self.timeZone)")
        line("BEGIN:STANDARD")
        line("DTSTART:19700101T000000")
        line("TZOFFSETFROM:+0800")
        line("TZOFFSETTO:+0800")
        line("TZNAME:CST")
        line("END:STANDARD")
        line("END:VTIMEZONE")
    }

    static let timeZone = "Asia/Taipei"

    /// The finished object, as bytes.
    mutating func finish() -> Data {
        line("END:VCALENDAR")
        return Data(text.utf8)
    }

    /// One content line, folded.
    mutating func line(_ content: String) {
        text += Self.fold(content)
    }

    /// `NAME:value` with the value escaped as TEXT.
    mutating func property(_ name: String, text value: String) {
        line(name + ":" + Self.escaped(value))
    }

    /// `DTSTART;TZID=Asia/Taipei:20270312T093000`.
    mutating func property(_ name: String, date: PlanDate, time: TimeOfDay) {
        let (day, minutes) = ExportText.rolled(date, time)
        line("\(name);TZID=\(Self.timeZone):\(Self.basic(day))T\(ExportText.two(minutes / 60))\(ExportText.two(minutes % 60))00")
    }

    /// `DTSTART;VALUE=DATE:20270312`.
    mutating func property(_ name: String, date: PlanDate) {
        line("\(name);VALUE=DATE:\(Self.basic(date))")
    }

    /// `20270312`.
    static func basic(_ date: PlanDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// DTSTAMP comes from the plan, never the clock: the event's first day, else the first dated agenda day, else
    /// the first scheduled task's start (2000-01-01 when the plan has no date at all).
    static func stampDate(_ context: RenderContext) -> PlanDate {
        if let start = context.plan.event?.dates?.value.start { return start }
        if let first = context.plan.agenda.days.compactMap({ $0.date?.value }).min() { return first }
        return context.schedule.span?.start ?? PlanDate(year: 2000, month: 1, day: 1) ?? PlanDate(dayNumber: 10957)
    }

    /// A DTSTAMP from a plan date: midnight UTC of that day.
    static func stamp(_ date: PlanDate) -> String { basic(date) + "T000000Z" }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control characters go.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        var clean = ExportText.withoutControlCharacters(value)
        // Foundation's replacing bridges through NSString: only a value with a carriage return needs it.
        if clean.utf8.contains(0x0D) {
            clean = clean.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        for character in clean {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start with a space,
    /// and a break never falls inside a UTF-8 sequence. Ends with CRLF.
    static func fold(_ content: String) -> String {
        let bytes = Array(content.utf8)
        guard bytes.count > 75 else { return content + "\r\n" }
        var lines: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Step back over continuation bytes (10xxxxxx) so the cut falls before a character's first byte.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74
        }
        return lines.joined(separator: "\r\n ") + "\r\n"
    }
}

import EvplanModel
import Foundation

/// One invitation as an RFC 5322 message: UTF-8, RFC 2047 encoded words for non-ASCII names and the subject,
/// multipart/alternative with a text/plain and a text/html part, both base64, CRLF line ends. Every header comes from
/// the plan (the Date is four weeks before the first day, the Message-ID a hash of the event and the invitee), so two
/// builds give the same bytes.
extension InvitationSet.Message {
    func eml(letterHTML: String, context: RenderContext) -> String {
        let key = [context.eventName, context.plan.event?.dates?.value.description ?? "", invitee.name.value, invitee.email?.value ?? "", "\(number)"]
            .joined(separator: "\u{1F}")
        let hash = MailHeader.hash(key)
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "evplan.invalid"
        let boundary = "=_evplan_\(hash)"
        var headers: [String] = []
        headers.append(MailHeader.field("From", MailHeader.mailbox(from)))
        headers.append(MailHeader.field("To", MailHeader.mailbox(MailAddress(name: invitee.name.value, address: invitee.email?.value ?? ""))))
        headers.append(MailHeader.field("Subject", MailHeader.encodedWords(letter.subject)))
        headers.append("Date: " + MailHeader.date(date))
        headers.append("Message-ID: <invitation.\(number).\(hash)@\(domain)>")
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")

        let lang = context.language == .zhTW ? "zh-Hant-TW" : "en"
        let html = "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTMLText.escape(letter.subject))</title>\n</head>\n"
            + "<body style=\"font-family: 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif; line-height: 1.7; color: #1f2933; max-width: 40em; margin: 1.5em auto;\">\n"
            + letterHTML + "\n</body>\n</html>\n"

        var lines = headers
        lines.append("")
        lines.append("This is a multi-part message in MIME format.")
        for (type, body) in [("text/plain", plainText(context)), ("text/html", html)] {
            lines.append("--\(boundary)")
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            lines += MailHeader.base64Lines(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The text part: the recipient, the letter's text, the event's facts and the sender.
    func plainText(_ context: RenderContext) -> String {
        var parts: [String] = []
        if !letter.recipient.isEmpty { parts.append("\(context.label("inv_to"))　\(letter.recipient)") }
        parts.append(letter.bodyText)
        var facts = ["\(context.label("inv_event"))：\(letter.eventName)"]
        if letter.hasDates { facts.append("\(context.label("inv_dates"))：\(letter.dates)") }
        if letter.hasVenue { facts.append("\(context.label("inv_venue"))：\(letter.venue)") }
        if letter.hasSessions { facts.append("\(context.label("inv_sessions"))：\(letter.sessions)") }
        parts.append(facts.joined(separator: "\n"))
        var sender: [String] = []
        if letter.hasOrganizer { sender.append(letter.organizer) }
        if letter.hasContact { sender.append("\(context.label("inv_contact"))：\(letter.contact)") }
        if !sender.isEmpty { parts.append(sender.joined(separator: "\n")) }
        let text = parts.joined(separator: "\n\n") + "\n"
        return context.language == .en ? text.replacingOccurrences(of: "：", with: ": ") : text
    }
}

/// Header pieces of RFC 5322 / RFC 2047 messages.
enum MailHeader {
    /// `Name: value`, folded before 78 columns at the spaces between encoded words or address parts.
    static func field(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count + 1 + word.count > 76, current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// `"Display Name" <address>` with the name as encoded words when it is not plain ASCII.
    static func mailbox(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return "<\(address.address)>" }
        return "\(encodedWords(name, phrase: true)) <\(address.address)>"
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters each (whole characters per word), separated by spaces;
    /// plain ASCII stays as it is (quoted when it is a display name with special characters).
    static func encodedWords(_ text: String, phrase: Bool = false) -> String {
        let printable = text.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value < 127 }
        if printable {
            guard phrase else { return text }
            let special = text.contains { "()<>[]:;@\\,.\"".contains($0) }
            return special ? "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
        }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 encode to 60 base64 characters; with `=?UTF-8?B?` and `?=` a word stays under 75.
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: " ")
    }

    /// `Fri, 12 Feb 2027 09:00:00 +0800`.
    static func date(_ date: PlanDate) -> String {
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(weekdays[date.weekday]), \(day) \(months[date.month - 1]) \(date.year) 09:00:00 +0800"
    }

    /// The body in base64, 76 characters a line.
    static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }

    /// FNV-1a, 64 bits, as 16 hex digits: the same on every machine and every run.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

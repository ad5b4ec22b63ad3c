import EvplanModel
import Foundation

/// The roster as the desk looks people up: by what a badge's QR code or a typed code holds, and by a search over
/// names, phone tails and ticket numbers. Built once at start from the plan's ticketing exports; never changed.
package struct DeskRoster: Sendable {
    /// Every ticket once, cancelled and refunded ones too (so a scan of one says so instead of "unknown").
    package let attendees: [Attendee]
    private let byCode: [String: Int]
    /// Each ticket type with its active tickets, in the order types first appear.
    package let types: [String]

    package init(_ roster: Roster) {
        var seen = Set<String>()
        var attendees: [Attendee] = []
        for attendee in roster.attendees where seen.insert(attendee.ticketNumber).inserted {
            attendees.append(attendee)
        }
        self.attendees = attendees
        var byCode: [String: Int] = [:]
        // A code printed on one ticket (QR serial, ticket number) wins over a 4-letter check code another shares.
        var checkCodes: [String: Int?] = [:]
        for (index, attendee) in attendees.enumerated() {
            for code in [attendee.ticketNumber, attendee.qrSerial].compactMap({ $0 }) {
                let key = Self.key(code)
                if !key.isEmpty, byCode[key] == nil { byCode[key] = index }
            }
            if let check = attendee.checkinCode.map(Self.key), !check.isEmpty {
                checkCodes[check] = checkCodes[check] == nil ? index : .some(nil)
            }
        }
        for (code, index) in checkCodes {
            if let index, byCode[code] == nil { byCode[code] = index }
        }
        self.byCode = byCode
        var types: [String] = []
        for attendee in attendees where !types.contains(attendee.ticketType.value) { types.append(attendee.ticketType.value) }
        self.types = types
    }

    package var activeCount: Int { attendees.count { $0.status.isActive } }

    /// The attendee whose ticket number, QR serial or (unique) check code is `code`, as scanned or typed.
    package func attendee(code: String) -> Attendee? {
        byCode[Self.key(code)].map { attendees[$0] }
    }

    /// Up to `limit` attendees matching `query`: a code exactly, a name containing it, the last digits of a phone
    /// (three or more), or the start of a ticket number.
    package func search(_ query: String, limit: Int = 20) -> [Attendee] {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        if let exact = attendee(code: query) { return [exact] }
        let digits = query.filter(\.isASCII).filter(\.isNumber)
        let phoneTail = digits.count >= 3 && digits.count == query.filter { !$0.isWhitespace && $0 != "-" }.count ? digits : nil
        var found: [Attendee] = []
        for attendee in attendees {
            let matches = attendee.name.localizedCaseInsensitiveContains(query)
                || (phoneTail.map { tail in attendee.phone.map { Self.digits($0).hasSuffix(tail) } ?? false } ?? false)
                || attendee.ticketNumber.hasPrefix(query)
            if matches { found.append(attendee) }
            if found.count == limit { break }
        }
        return found
    }

    /// Codes compare without surrounding spaces and case: a scanner may add a space, a person types lower case.
    static func key(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// The digits of a phone number, whatever spaces, dashes or `+886` it is written with.
    static func digits(_ text: String) -> String {
        text.filter { $0.isASCII && $0.isNumber }
    }
}

import Foundation

/// One row of the 4P table (行銷組合): which P it is about and what the plan says.
public struct MarketingMixRow: Sendable {
    public enum Aspect: String, Sendable, CaseIterable {
        case product, price, place, promotion
    }

    /// The row's first cell as written (`價格 Price`).
    public var label: Located<String>
    /// Which P the label names, when it names one.
    public var aspect: Aspect?
    public var content: Located<String>
    public var location: SourceLocation

    public init(label: Located<String>, aspect: Aspect?, content: Located<String>, location: SourceLocation) {
        self.label = label
        self.aspect = aspect
        self.content = content
        self.location = location
    }
}

/// A marketing channel (通路): who it reaches, when it runs, what it costs, its target and, after the event, its result.
public struct MarketingChannel: Sendable {
    public var name: Located<String>
    public var audience: String?
    public var start: Located<PlanDate>?
    public var end: Located<PlanDate>?
    /// A 時程/When cell as written when it is not a date range (`12 月起每月一次`).
    public var period: String?
    public var cost: Located<Decimal>?
    /// The target as written (`報名 90 人`, `3,000`).
    public var target: Located<String>?
    /// The result as written after the event (成效).
    public var result: Located<String>?
    public var link: String?
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation

    public init(name: Located<String>, audience: String? = nil, start: Located<PlanDate>? = nil, end: Located<PlanDate>? = nil,
                period: String? = nil, cost: Located<Decimal>? = nil, target: Located<String>? = nil, result: Located<String>? = nil,
                link: String? = nil, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
        self.name = name
        self.audience = audience
        self.start = start
        self.end = end
        self.period = period
        self.cost = cost
        self.target = target
        self.result = result
        self.link = link
        self.note = note
        self.extra = extra
        self.location = location
    }

    /// The first number written in a target or result (`報名 90 人` → 90, `3,000` → 3000), for comparing the two.
    public static func figure(in text: String) -> Decimal? {
        var digits = ""
        var started = false
        for character in text {
            if character.isASCII, character.isNumber || (started && (character == "," || character == ".")) {
                started = true
                if character != "," { digits.append(character) }
            } else if started {
                break
            }
        }
        while digits.hasSuffix(".") { digits.removeLast() }
        return digits.isEmpty ? nil : Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }
}

/// Someone the plan invites (邀請名單): personal data, shown only on internal pages.
public struct Invitee: Sendable {
    public var name: Located<String>
    /// 稱謂: 董事長, 教授, Dr.
    public var title: String?
    public var organisation: String?
    public var email: Located<String>?
    /// 邀請場次: which part of the event the invitation is for.
    public var sessions: String?
    public var note: String?
    public var extra: [ExtraCell]
    public var location: SourceLocation

    public init(name: Located<String>, title: String? = nil, organisation: String? = nil, email: Located<String>? = nil,
                sessions: String? = nil, note: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
        self.name = name
        self.title = title
        self.organisation = organisation
        self.email = email
        self.sessions = sessions
        self.note = note
        self.extra = extra
        self.location = location
    }
}

/// The invitation letter's text (`## 邀請函 Invitation`), which every invitee's letter and message carries.
public struct InvitationLetter: Sendable {
    public var html: String
    /// The same text as plain paragraphs, for the text part of the messages.
    public var text: String
    public var location: SourceLocation

    public init(html: String, text: String, location: SourceLocation) {
        self.html = html
        self.text = text
        self.location = location
    }
}

/// T7: the marketing plan as records.
public struct Marketing: Sendable {
    public var mix: [MarketingMixRow] = []
    public var channels: [MarketingChannel] = []
    public var invitees: [Invitee] = []
    public var invitation: InvitationLetter?
    /// The channel tables' extra headers, in the order they first appear.
    public var channelHeaders: [String] = []
    /// Market and audience analysis (`## 市場分析`), prose.
    public var analysis: [ProseSection] = []

    public init() {}

    public var isEmpty: Bool { mix.isEmpty && channels.isEmpty && invitees.isEmpty && invitation == nil }
}

extension Marketing {
    /// Words that make a T3 expense category a marketing one (行銷宣傳, 廣告, Marketing …): the lines the channels'
    /// costs are set against, and the budget figure the marketing page shows beside them.
    public static let categoryWords = ["行銷", "宣傳", "廣告", "推廣", "公關", "marketing", "promotion", "advertising", "publicity"]

    public static func isMarketingCategory(_ category: String) -> Bool {
        let lowered = category.lowercased()
        return categoryWords.contains(where: lowered.contains)
    }

    /// The T3 expense lines of a marketing category.
    public static func budgetLines(in budget: Budget) -> [BudgetRow] {
        budget.expenseLines.filter { $0.category.map { isMarketingCategory($0.value) } ?? false }
    }
}

/// A mail address with an optional display name: `王小明 <pr@example.org>` or `pr@example.org`.
public struct MailAddress: Sendable, Hashable {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// Nil unless the text is an address, or a name followed by an address in angle brackets.
    public init?(parsing text: String) {
        let trimmed = text.trimmedOfWhitespace
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmedOfWhitespace
            var name = String(trimmed[..<open]).trimmedOfWhitespace
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            guard MailAddress.isAddress(address), !name.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" }) else { return nil }
            self.init(name: name.isEmpty ? nil : name, address: address)
        } else {
            guard MailAddress.isAddress(trimmed) else { return nil }
            self.init(name: nil, address: trimmed)
        }
    }

    /// `local@domain.tld` in ASCII, with nothing that would break a message header.
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }
}

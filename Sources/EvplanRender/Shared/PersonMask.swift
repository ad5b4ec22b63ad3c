import EvplanModel

/// People's names, phones and e-mail addresses as pages show them: masked the way Taiwanese organisers publish
/// lists (許○文, 王○, 0912-***-678, a***@example.com) unless event.md says `privacy: full`.
enum PersonMask {
    static func name(_ name: String, _ privacy: PrivacyLevel) -> String {
        guard privacy == .masked else { return name }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        // Latin names are masked word by word (Alice Chen → A○○○e C○○n); others as one run of characters.
        if trimmed.unicodeScalars.allSatisfy(\.isASCII) {
            return trimmed.split(separator: " ").map { maskRun(Array($0)) }.joined(separator: " ")
        }
        return maskRun(Array(trimmed))
    }

    private static func maskRun(_ characters: [Character]) -> String {
        switch characters.count {
        case 0, 1: return String(characters)
        case 2: return String(characters[0]) + "○"
        default: return String(characters[0]) + String(repeating: "○", count: characters.count - 2) + String(characters[characters.count - 1])
        }
    }

    static func phone(_ phone: String?, _ privacy: PrivacyLevel) -> String {
        guard let phone, !phone.isEmpty else { return "" }
        let digits = phone.filter(\.isNumber)
        if privacy == .full {
            // 0912345678 → 0912-345-678, as written on forms.
            if digits.count == 10, digits.hasPrefix("09") { return "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(3))-\(digits.suffix(3))" }
            return phone
        }
        guard digits.count >= 7 else { return "***" }
        return "\(digits.prefix(4))-***-\(digits.suffix(3))"
    }

    static func email(_ email: String?, _ privacy: PrivacyLevel) -> String {
        guard let email, !email.isEmpty else { return "" }
        guard privacy == .masked else { return email }
        guard let at = email.firstIndex(of: "@"), at > email.startIndex else { return "***" }
        return String(email[email.startIndex]) + "***" + email[at...]
    }
}

/// The colour of each ticket type on badges and in the roster: T8's ticket order first, then the export's.
enum TicketColours {
    static let palette = ["#1f6feb", "#cf222e", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7f8c", "#57606a"]

    static func assign(_ plan: Plan) -> [String: String] {
        var order: [String] = []
        for name in plan.tickets.map(\.name.value) + plan.registration.roster.attendees.map(\.ticketType.value) {
            let key = typeKey(name)
            if !order.contains(key) { order.append(key) }
        }
        return Dictionary(order.enumerated().map { ($1, palette[$0 % palette.count]) }, uniquingKeysWith: { first, _ in first })
    }

    static func typeKey(_ name: String) -> String { name.lowercased().filter { !$0.isWhitespace } }
}

/// The line every page that lists people prints at the foot of each printed sheet.
struct PersonalDataNotice: TemplateValue {
    let text: String

    init(_ context: RenderContext) {
        let key = context.plan.registration.settings.privacy == .masked ? "privacy_notice_masked" : "privacy_notice_full"
        text = context.label(key)
    }
}

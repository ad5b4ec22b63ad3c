import EvplanModel

/// badges.html: O8.3.2 入場許可證 — A4 sheets of name badges, eight to a sheet, coloured by ticket type, each with a
/// QR code of the ticket's own QR serial (the ticket number where the export has none).
struct BadgesPage: PageDeliverable {
    let id = "badges"
    let audience = Audience.internal
    let outputCodes = ["O8.3.2"]
    let title = LocalizedText(zh: "名牌", en: "Badges")

    let labels: [String: LocalizedText] = RegistrationWords.with([
        "badges_hint": .init("以 A4 紙、100% 比例列印，沿虛線裁切；QR Code 是票券本身的序號，報到處可直接掃描。",
                             "Print on A4 at 100% and cut along the dashed lines; each QR code holds the ticket's own serial, for the check-in desk's scanner."),
        "badges_privacy": .init("名牌印有完整姓名，請只在現場發放。", "Badges carry full names: hand them out on site only."),
        "card_badges": .init("{n} 張名牌", "{n} badges"),
    ])

    func covers(_ outputCode: String, in context: RenderContext) -> Bool { !context.plan.registration.roster.active.isEmpty }

    func card(in context: RenderContext) -> DeliverableCard? {
        let count = context.plan.registration.roster.active.count
        guard count > 0 else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_badges", ["n": "\(count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> BadgesViewModel { BadgesViewModel(context) }
}

struct BadgesViewModel: TemplateValue {
    struct Badge: TemplateValue {
        let name: String
        let ticketType: String
        let colour: String
        let serial: String
        let qrSVG: String
        let hasQR: Bool
    }

    struct Sheet: TemplateValue {
        let badges: [Badge]
    }

    struct Legend: TemplateValue {
        let type: String
        let colour: String
        let count: Int
    }

    static let perSheet = 8

    let page: PageChrome
    let l: [String: String]
    let notice: PersonalDataNotice
    let hasBadges: Bool
    let sheets: [Sheet]
    let legend: [Legend]

    init(_ context: RenderContext) {
        let roster = context.plan.registration.roster
        let colours = TicketColours.assign(context.plan)
        page = context.chrome(for: BadgesPage())
        l = context.labels
        notice = PersonalDataNotice(context)
        let badges = roster.activeByType.flatMap(\.attendees).map { attendee in
            let serial = attendee.scanCode
            let svg = QRCodeSVG.svg(serial, label: serial)
            return Badge(name: attendee.name, ticketType: attendee.ticketType.value,
                         colour: colours[TicketColours.typeKey(attendee.ticketType.value)] ?? TicketColours.palette[0],
                         serial: serial, qrSVG: svg ?? "", hasQR: svg != nil)
        }
        hasBadges = !badges.isEmpty
        sheets = stride(from: 0, to: badges.count, by: Self.perSheet).map { Sheet(badges: Array(badges[$0..<min($0 + Self.perSheet, badges.count)])) }
        legend = roster.activeByType.map {
            Legend(type: $0.type, colour: colours[TicketColours.typeKey($0.type)] ?? TicketColours.palette[0], count: $0.attendees.count)
        }
    }
}

import EvplanModel

/// roster.html: O8.1.2 活動參與人員名冊 — everyone registered, by ticket type, with counts; internal.
struct RosterPage: PageDeliverable {
    let id = "roster"
    let audience = Audience.internal
    /// O8.3.4, the list of who actually came, once the desk's attendance export is in the plan.
    let outputCodes = ["O8.1.2", "O8.3.4"]
    let title = LocalizedText(zh: "報名名冊", en: "Roster")

    let labels: [String: LocalizedText] = RegistrationWords.with([
        "roster_registered": .init("有效報名", "Registered"),
        "roster_paid": .init("已付款", "Paid"),
        "roster_pending": .init("待付款", "Awaiting payment"),
        "roster_cancelled": .init("已取消", "Cancelled"),
        "roster_refunded": .init("已退款", "Refunded"),
        "roster_quota": .init("名額", "Quota"),
        "roster_sources": .init("匯出檔", "Exports read"),
        "roster_rows": .init("{n} 列", "{n} rows"),
        "roster_withdrawn": .init("已取消與已退款", "Cancelled and refunded"),
        "roster_ticketless": .init("另有 {n} 筆已取消的訂單沒有票券（多為逾期未付款）。", "{n} more cancelled orders have no tickets (mostly unpaid in time)."),
        "card_roster": .init("{n} 人報名", "{n} registered"),
        "roster_checked_in": .init("已報到", "Checked in"),
        "roster_no_show": .init("未出席", "Did not come"),
        "roster_check_in_column": .init("報到", "Check-in"),
    ], definingCommon: true)

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let roster = context.plan.registration.roster
        return outputCode == "O8.3.4" ? roster.hasAttendance : !roster.isEmpty
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let roster = context.plan.registration.roster
        guard !roster.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_roster", ["n": "\(roster.active.count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> RosterViewModel { RosterViewModel(context) }
}

struct RosterViewModel: TemplateValue {
    struct Source: TemplateValue {
        let path: String
        let format: String
        let encoding: String
        let rows: String
    }

    struct Group: TemplateValue {
        let type: String
        let colour: String
        let count: Int
        let paid: Int
        let quota: String
        let hasQuota: Bool
        let people: [PersonRow]
    }

    let page: PageChrome
    let l: [String: String]
    let notice: PersonalDataNotice
    let hasRoster: Bool
    let registered: Int
    let paid: Int
    let pending: Int
    let cancelled: Int
    let refunded: Int
    let sources: [Source]
    let groups: [Group]
    let withdrawn: [PersonRow]
    let hasWithdrawn: Bool
    let ticketless: String
    let hasTicketless: Bool
    /// The desk's attendance export is in the plan: a check-in column, and who came and who did not.
    let hasAttendance: Bool
    let checkedIn: Int
    let noShows: Int

    init(_ context: RenderContext) {
        let roster = context.plan.registration.roster
        let colours = TicketColours.assign(context.plan)
        page = context.chrome(for: RosterPage())
        l = context.labels
        notice = PersonalDataNotice(context)
        hasRoster = !roster.isEmpty
        registered = roster.active.count
        paid = roster.paidCount
        pending = roster.count(.pending)
        cancelled = roster.count(.cancelled)
        refunded = roster.count(.refunded)
        sources = roster.sources.map {
            Source(path: $0.path, format: $0.format.rawValue, encoding: $0.encoding, rows: context.counted("roster_rows", $0.rowCount))
        }
        let quotas = Dictionary(context.plan.tickets.compactMap { ticket in ticket.quantity.map { (TicketColours.typeKey(ticket.name.value), $0.value) } },
                                uniquingKeysWith: { first, _ in first })
        hasAttendance = roster.hasAttendance
        let checkIns = roster.hasAttendance ? roster.checkedInTickets : nil
        checkedIn = roster.active.count { checkIns?[$0.ticketNumber] != nil }
        noShows = roster.hasAttendance ? roster.active.count - checkedIn : 0
        var number = 0
        groups = roster.activeByType.map { group in
            let quota = quotas[TicketColours.typeKey(group.type)]
            let people = group.attendees.map { attendee -> PersonRow in
                number += 1
                return PersonRow(attendee, no: number, context: context, colours: colours, checkIns: checkIns)
            }
            return Group(type: group.type, colour: colours[TicketColours.typeKey(group.type)] ?? TicketColours.palette[0], count: group.attendees.count,
                         paid: group.attendees.count { $0.status == .paid }, quota: quota.map(String.init) ?? "", hasQuota: quota != nil, people: people)
        }
        withdrawn = roster.attendees.filter { !$0.status.isActive }.enumerated().map {
            PersonRow($1, no: $0 + 1, context: context, colours: colours)
        }
        hasWithdrawn = !withdrawn.isEmpty
        let orphans = roster.ticketlessOrders.count
        ticketless = context.filled("roster_ticketless", ["n": "\(orphans)"])
        hasTicketless = orphans > 0
    }
}

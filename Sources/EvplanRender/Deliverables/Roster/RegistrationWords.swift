import EvplanModel

/// Words the registration pages (roster, sign-in sheet, badges, check-in, receipts) share.
enum RegistrationWords {
    static let common: [String: LocalizedText] = [
        "privacy_notice_masked": .init("本頁含個人資料（姓名與電話已遮蔽），僅供活動工作人員使用，活動結束後請銷毀，勿外流。",
                                       "Contains personal data (names and phones masked): for event staff only; destroy after the event, do not share."),
        "privacy_notice_full": .init("本頁含完整個人資料（event.md 設定 privacy: full），僅供活動工作人員使用，活動結束後請銷毀，勿外流。",
                                     "Contains full personal data (privacy: full in event.md): for event staff only; destroy after the event, do not share."),
        "registration_empty": .init("把售票系統（KKTIX 或 Accupass）下載的 CSV 原檔放進企劃資料夾，命名為 attendees.csv 或 T8-*.csv。",
                                    "Put the CSV downloaded from the ticketing system (KKTIX or Accupass) in the plan folder as attendees.csv or T8-*.csv."),
        "col_no": .init("序", "No."),
        "col_name": .init("姓名", "Name"),
        "col_phone": .init("手機", "Phone"),
        "col_email": .init("Email", "Email"),
        "col_ticket_type": .init("票種", "Ticket type"),
        "col_ticket_no": .init("票號", "Ticket no."),
        "col_order": .init("訂單編號", "Order"),
        "col_ticket_status": .init("狀態", "Status"),
        "col_price": .init("票價", "Price"),
        "status_paid": .init("已付款", "paid"),
        "status_pending": .init("待付款", "awaiting payment"),
        "status_cancelled": .init("已取消", "cancelled"),
        "status_refunded": .init("已退款", "refunded"),
    ]

    /// The roster (first of these pages in the catalogue) defines the shared words; every page reads them, since all
    /// deliverables' words form one table.
    static func with(_ own: [String: LocalizedText], definingCommon: Bool = false) -> [String: LocalizedText] {
        definingCommon ? common.merging(own) { _, own in own } : own
    }
}

/// A person as a row of a page that lists people.
struct PersonRow: TemplateValue {
    let no: Int
    let name: String
    let phone: String
    let email: String
    let ticketType: String
    let ticketNumber: String
    let order: String
    let status: String
    let statusClass: String
    let price: String
    let colour: String
    /// When the desk's attendance export is in the plan: the first check-in (`10/16 09:12 · A`), or that the person
    /// did not come.
    let checkIn: String
    let noShow: Bool

    init(_ attendee: Attendee, no: Int, context: RenderContext, colours: [String: String], checkIns: [String: CheckIn]? = nil) {
        let privacy = context.plan.registration.settings.privacy
        self.no = no
        name = PersonMask.name(attendee.name, privacy)
        phone = PersonMask.phone(attendee.phone, privacy)
        email = PersonMask.email(attendee.email, privacy)
        ticketType = attendee.ticketType.value
        ticketNumber = attendee.ticketNumber
        order = attendee.orderID ?? ""
        status = context.label("status_\(attendee.status.rawValue)")
        statusClass = attendee.status.rawValue
        price = attendee.price.map { context.money.format($0) } ?? ""
        colour = colours[TicketColours.typeKey(attendee.ticketType.value)] ?? TicketColours.palette[0]
        let came = checkIns?[attendee.ticketNumber]
        noShow = checkIns != nil && came == nil && attendee.status.isActive
        if let came {
            let time = came.firstAt.map { "\($0.date.month)/\($0.date.day) \($0.time)" } ?? context.label("roster_checked_in")
            checkIn = [time, came.desk].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        } else {
            checkIn = noShow ? context.label("roster_no_show") : ""
        }
    }
}

/// T8 prose under a heading with one of `words` (and its sub-headings), for the check-in and handbook pages.
enum T8Prose {
    static func sections(_ plan: Plan, headed words: [String]) -> [ProseSection] {
        var result: [ProseSection] = []
        var openLevel: Int?
        for section in plan.prose(of: .t8) {
            let heading = (section.heading ?? "").lowercased()
            if let level = openLevel, section.level > level {
                result.append(section)
                continue
            }
            openLevel = nil
            if section.level >= 2, words.contains(where: { heading.contains($0) }) {
                openLevel = section.level
                result.append(section)
            }
        }
        return result
    }
}

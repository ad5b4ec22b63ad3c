import EvplanModel

/// checkin.html: O8.2.1 報到流程表 and O8.2.2 報到處物資清單 — the check-in flow (T8's own, or a standard one), desks
/// by ticket type, and the desk supplies against attendees + staff.
struct CheckInPage: PageDeliverable {
    let id = "checkin"
    let audience = Audience.internal
    let outputCodes = ["O8.2.1", "O8.2.2"]
    let title = LocalizedText(zh: "報到流程與物資", en: "Check-in")

    static let flowWords = ["報到流程", "報到動線", "check-in", "checkin", "registration desk"]

    let labels: [String: LocalizedText] = RegistrationWords.with([
        "checkin_flow": .init("報到流程", "Check-in flow"),
        "checkin_flow_default": .init("T8 沒有寫報到流程（「## 報到流程」），以下是一般流程：", "T8 has no check-in flow (“## Check-in flow”); a usual one:"),
        "checkin_step1": .init("參加者出示 QR Code（手機或列印），或報上姓名／手機末三碼。", "The attendee shows the ticket's QR code (phone or print), or gives their name or the last digits of their phone."),
        "checkin_step2": .init("工作人員掃描或在名冊查找，確認票種與付款狀態（待付款者請現場補繳並開立收據）。",
                               "Staff scan it or look the person up in the roster and check the ticket type and payment (anyone still owing pays on site and gets a receipt)."),
        "checkin_step3": .init("在簽到表簽名（或由系統記錄報到時間）。", "The attendee signs the sign-in sheet (or the desk records the time)."),
        "checkin_step4": .init("發給名牌與資料袋；依票種引導至會場。", "Hand over the badge and the delegate pack; direct them by ticket type."),
        "checkin_desks": .init("各票種人數（分櫃參考）", "People per ticket type (to split the desks)"),
        "checkin_supplies": .init("報到處物資", "Desk supplies"),
        "checkin_headcount": .init("報名 {registered} 人 + 工作人員 {staff} 人 = {total} 人", "{registered} registered + {staff} staff = {total} people"),
        "checkin_expected": .init("預計 {registered} 人 + 工作人員 {staff} 人 = {total} 人", "{registered} expected + {staff} staff = {total} people"),
        "col_ready": .init("準備", "Ready"),
        "col_needed": .init("需要", "Needed"),
        "supplies_short": .init("不足", "short"),
        "supplies_ok": .init("足夠", "enough"),
        "supplies_empty": .init("在 T8 的「## 物資」表列出報到處的物品與數量（名牌、名牌套、手冊、簽到筆 …）。",
                                "List the desk's items and quantities in T8's “## Desk supplies” table (badges, lanyards, handbooks, pens …)."),
        "card_checkin": .init("{n} 項物資", "{n} supplies"),
    ])

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        switch outputCode {
        case "O8.2.1": return !T8Prose.sections(context.plan, headed: Self.flowWords).isEmpty || !context.plan.registration.roster.isEmpty
        case "O8.2.2": return !context.plan.registration.supplies.isEmpty
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let supplies = context.plan.registration.supplies.count
        let empty = supplies == 0 && T8Prose.sections(context.plan, headed: Self.flowWords).isEmpty
        return DeliverableCard(summary: empty ? context.label("card_empty") : context.filled("card_checkin", ["n": "\(supplies)"]), isEmpty: empty)
    }

    func viewModel(_ context: RenderContext) -> CheckInViewModel { CheckInViewModel(context) }
}

struct CheckInViewModel: TemplateValue {
    struct Desk: TemplateValue {
        let type: String
        let colour: String
        let count: Int
    }

    struct Supply: TemplateValue {
        let item: String
        let ready: String
        let needed: String
        let isShort: Bool
        let status: String
        let note: String
    }

    let page: PageChrome
    let l: [String: String]
    let hasFlow: Bool
    let flow: [ProseBlock]
    let desks: [Desk]
    let hasDesks: Bool
    let headcount: String
    let hasHeadcount: Bool
    let supplies: [Supply]
    let hasSupplies: Bool

    init(_ context: RenderContext) {
        let registration = context.plan.registration
        let colours = TicketColours.assign(context.plan)
        page = context.chrome(for: CheckInPage())
        l = context.labels
        flow = T8Prose.sections(context.plan, headed: CheckInPage.flowWords).map { ProseBlock($0, showFileTitle: false) }
        hasFlow = !flow.isEmpty
        desks = registration.roster.activeByType.map {
            Desk(type: $0.type, colour: colours[TicketColours.typeKey($0.type)] ?? TicketColours.palette[0], count: $0.attendees.count)
        }
        hasDesks = !desks.isEmpty
        let total = registration.headcount(expected: context.plan.event?.expectedAttendance?.value)
        let staff = registration.settings.staff?.value ?? 0
        if let total {
            headcount = context.filled(registration.roster.isEmpty ? "checkin_expected" : "checkin_headcount",
                                       ["registered": "\(total - staff)", "staff": "\(staff)", "total": "\(total)"])
        } else {
            headcount = ""
        }
        hasHeadcount = total != nil
        supplies = registration.supplies.map { supply in
            let needed = supply.perPerson ? total : nil
            let short = needed.map { (supply.quantity?.value ?? 0) < $0 } ?? false
            return Supply(item: supply.item.value, ready: supply.quantity.map { "\($0.value)" } ?? supply.quantityText ?? "", needed: needed.map(String.init) ?? "",
                          isShort: short, status: needed == nil ? "" : context.label(short ? "supplies_short" : "supplies_ok"), note: supply.note ?? "")
        }
        hasSupplies = !supplies.isEmpty
    }
}

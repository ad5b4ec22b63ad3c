import EvplanModel
import Foundation

/// receipts.html: O8.3.3 開立活動繳費證明 — one numbered receipt (收據) per paid ticket with a price, when event.md
/// says `receipts: true`, with the organiser's 統一編號 (`tax_id:`).
struct ReceiptsPage: PageDeliverable {
    let id = "receipts"
    let audience = Audience.internal
    let outputCodes = ["O8.3.3"]
    let title = LocalizedText(zh: "收據", en: "Receipts")

    let labels: [String: LocalizedText] = RegistrationWords.with([
        "receipts_off": .init("要開立收據時，在 event.md 寫 receipts: true 與主辦單位的統一編號 tax_id:。",
                              "To issue receipts, set receipts: true and the organiser's business ID (tax_id:) in event.md."),
        "receipts_no_tax_id": .init("event.md 沒有主辦單位的統一編號（tax_id:），收據上會空白。",
                                    "event.md gives no organiser business ID (tax_id:); the receipts leave it blank."),
        "receipt_title": .init("收據", "RECEIPT"),
        "receipt_number": .init("收據編號", "Receipt no."),
        "receipt_payer": .init("繳款人", "Received from"),
        "receipt_item": .init("項目", "For"),
        "receipt_amount": .init("金額", "Amount"),
        "receipt_amount_words": .init("新臺幣（大寫）", "In words"),
        "receipt_issuer": .init("收款單位", "Issued by"),
        "receipt_tax_id": .init("統一編號", "Business ID"),
        "receipt_date": .init("日期", "Date"),
        "receipt_seal": .init("收款單位印章", "Seal"),
        "receipt_for": .init("{event}「{type}」報名費", "{event}: {type} registration"),
        "card_receipts": .init("{n} 張收據", "{n} receipts"),
    ])

    static func receipted(_ plan: Plan) -> [Attendee] {
        plan.registration.roster.attendees.filter { $0.status == .paid && ($0.price ?? 0) > 0 }
    }

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        context.plan.registration.settings.receipts && !Self.receipted(context.plan).isEmpty
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        guard covers("O8.3.3", in: context) else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_receipts", ["n": "\(Self.receipted(context.plan).count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> ReceiptsViewModel { ReceiptsViewModel(context) }

    /// An amount in the capital numerals receipts use: 1290 → 壹仟貳佰玖拾元整.
    static func capitalNumerals(_ amount: Decimal) -> String {
        let value = NSDecimalNumber(decimal: amount).intValue
        guard value >= 0, value < 100_000_000, Decimal(value) == amount else { return DecimalText.grouped(amount) + "元" }
        if value == 0 { return "零元整" }
        let digits = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"], units = ["", "拾", "佰", "仟"]
        func section(_ number: Int) -> String {
            var text = "", pendingZero = false
            for position in stride(from: 3, through: 0, by: -1) {
                let digit = number / [1, 10, 100, 1000][position] % 10
                if digit == 0 {
                    if !text.isEmpty { pendingZero = true }
                } else {
                    if pendingZero { text += "零"; pendingZero = false }
                    text += digits[digit] + units[position]
                }
            }
            return text
        }
        let high = value / 10_000, low = value % 10_000
        var text = high > 0 ? section(high) + "萬" : ""
        if high > 0, low > 0, low < 1000 { text += "零" }
        if low > 0 { text += section(low) }
        return text + "元整"
    }
}

struct ReceiptsViewModel: TemplateValue {
    struct Receipt: TemplateValue {
        let number: String
        let payer: String
        let item: String
        let amount: String
        let amountWords: String
        let issuer: String
        let taxID: String
        let date: String
    }

    let page: PageChrome
    let l: [String: String]
    let notice: PersonalDataNotice
    let enabled: Bool
    let missingTaxID: Bool
    let receipts: [Receipt]
    let hasReceipts: Bool

    init(_ context: RenderContext) {
        let plan = context.plan, settings = plan.registration.settings
        page = context.chrome(for: ReceiptsPage())
        l = context.labels
        notice = PersonalDataNotice(context)
        enabled = settings.receipts
        missingTaxID = settings.receipts && settings.taxID == nil
        let firstDay = plan.event?.dates?.value.start
        let prefix = settings.receiptPrefix ?? firstDay.map { String(format: "%04d%02d%02d-", $0.year, $0.month, $0.day) } ?? ""
        let issuer = plan.event?.organizer ?? "", taxID = settings.taxID?.value ?? ""
        let date = firstDay.map { "\($0)" } ?? ""
        let people = settings.receipts ? ReceiptsPage.receipted(plan) : []
        receipts = people.enumerated().map { index, attendee in
            let price = attendee.price ?? 0
            // A receipt is handed to the payer: it carries the full name whatever the page's privacy setting.
            return Receipt(number: prefix + String(format: "%04d", index + 1), payer: attendee.name,
                           item: context.filled("receipt_for", ["event": context.eventName, "type": attendee.ticketType.value]),
                           amount: context.money.format(price), amountWords: ReceiptsPage.capitalNumerals(price), issuer: issuer, taxID: taxID, date: date)
        }
        hasReceipts = !receipts.isEmpty
    }
}

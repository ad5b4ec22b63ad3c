import EvplanModel

/// signin.html: O8.1.1 活動參與人員簽到表單 — a printable sign-in sheet sorted by name, names and phones masked.
struct SignInPage: PageDeliverable {
    let id = "signin"
    let audience = Audience.internal
    let outputCodes = ["O8.1.1"]
    let title = LocalizedText(zh: "簽到表", en: "Sign-in sheet")

    let labels: [String: LocalizedText] = RegistrationWords.with([
        "signin_signature": .init("簽名", "Signature"),
        "signin_time": .init("時間", "Time"),
        "signin_summary": .init("共 {n} 人，依姓名排序", "{n} people, sorted by name"),
        "card_signin": .init("{n} 列", "{n} lines"),
    ])

    func covers(_ outputCode: String, in context: RenderContext) -> Bool { !context.plan.registration.roster.active.isEmpty }

    func card(in context: RenderContext) -> DeliverableCard? {
        let count = context.plan.registration.roster.active.count
        guard count > 0 else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_signin", ["n": "\(count)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> SignInViewModel { SignInViewModel(context) }
}

struct SignInViewModel: TemplateValue {
    let page: PageChrome
    let l: [String: String]
    let notice: PersonalDataNotice
    let hasPeople: Bool
    let summary: String
    let rows: [PersonRow]

    init(_ context: RenderContext) {
        let colours = TicketColours.assign(context.plan)
        page = context.chrome(for: SignInPage())
        l = context.labels
        notice = PersonalDataNotice(context)
        // Sorted by the full name (then ticket number), so the sheet's order does not depend on the masking.
        let people = context.plan.registration.roster.active.sorted { ($0.name, $0.ticketNumber) < ($1.name, $1.ticketNumber) }
        hasPeople = !people.isEmpty
        summary = context.filled("signin_summary", ["n": "\(people.count)"])
        rows = people.enumerated().map { PersonRow($1, no: $0 + 1, context: context, colours: colours) }
    }
}

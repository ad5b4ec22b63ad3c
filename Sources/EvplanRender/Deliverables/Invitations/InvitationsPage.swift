import EvplanModel
import Foundation
import Mustache

/// invitations.html and invitations/NN-name.eml: O7.2.2 體驗邀請函. One printable letter a page, from the overridable
/// `invitation` template, and one RFC 5322 message per invitee with an address, for the planner to send (no SMTP).
/// Internal: it holds the invitees' names, organisations and addresses.
struct InvitationsPage: PageDeliverable {
    let id = "invitations"
    let audience = Audience.internal
    let outputCodes = ["O7.2.2"]
    let title = LocalizedText(zh: "邀請函", en: "Invitations")
    var templateNames: [String] { [id, "invitation"] }

    let labels: [String: LocalizedText] = [
        "inv_empty": .init("在 T7 行銷檔寫下「## 邀請名單 Invitees」表（姓名 | 稱謂 | 單位 | 電子郵件 | 邀請場次）與「## 邀請函 Invitation」內文。",
                           "Write an `## Invitees` table (Name | Title | Organisation | Email | Invited to) and the letter under `## Invitation` in a T7 marketing file."),
        "inv_list": .init("邀請名單", "Invitees"),
        "inv_no": .init("編號", "No."),
        "inv_name": .init("姓名", "Name"),
        "inv_title": .init("稱謂", "Title"),
        "inv_org": .init("單位", "Organisation"),
        "inv_email": .init("電子郵件", "Email"),
        "inv_sessions": .init("邀請場次", "Invited to"),
        "inv_file": .init("郵件檔", "Message file"),
        "inv_no_file": .init("（未產生）", "(none)"),
        "inv_files_note": .init("每位有電子郵件的受邀者一封 .eml 郵件檔（invitations/ 資料夾），用郵件軟體開啟後寄出；evplan 不會寄信。",
                                "One .eml message per invitee with an address (the invitations/ folder): open it in a mail program and send it; evplan sends nothing."),
        "inv_no_contact": .init("event.md 沒有 `contact:`（寄件人，例如 `contact: 王小明 <pr@example.org>`），所以沒有產生郵件檔。",
                                "event.md has no `contact:` (the sender, e.g. `contact: Wang Hsiao-ming <pr@example.org>`), so no message files were written."),
        "inv_no_dates": .init("event.md 沒有活動日期，郵件的日期無從決定，所以沒有產生郵件檔。",
                              "event.md has no dates, so the messages have no date and none were written."),
        "inv_no_letter": .init("尚未寫邀請函內文（「## 邀請函 Invitation」），以下使用預設文字。",
                               "No letter text yet (`## Invitation`); the letters below use the default wording."),
        "inv_people": .init("本頁含個人資料（受邀者姓名、單位與電子郵件），僅供內部作業使用，請勿公開或轉寄。",
                            "This page holds personal data (invitees' names, organisations and addresses): internal use only, do not publish or forward."),
        "inv_to": .init("致", "To"),
        "inv_subject": .init("邀請函｜{event}", "Invitation: {event}"),
        "inv_default_body": .init("誠摯邀請您蒞臨「{event}」。", "We would be delighted to welcome you to {event}."),
        "inv_event": .init("活動", "Event"),
        "inv_dates": .init("日期", "Dates"),
        "inv_venue": .init("地點", "Venue"),
        "inv_contact": .init("聯絡窗口", "Contact"),
        "card_invitations": .init("{n} 位受邀者，{files} 封郵件", "{n} invitees, {files} messages"),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool { !context.plan.marketing.invitees.isEmpty }

    func card(in context: RenderContext) -> DeliverableCard? {
        let invitees = context.plan.marketing.invitees
        guard !invitees.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        let files = InvitationSet(context).messages.count
        return DeliverableCard(summary: context.filled("card_invitations", ["n": "\(invitees.count)", "files": "\(files)"]), isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> InvitationsViewModel { InvitationsViewModel(context, set: InvitationSet(context)) }

    func render(_ context: RenderContext, templates: MustacheLibrary) -> [RenderedFile] {
        let set = InvitationSet(context)
        let html = templates.render(InvitationsViewModel(context, set: set), withTemplate: id) ?? ""
        var files = [RenderedFile(path: entryFile, contents: Data(html.utf8))]
        for message in set.messages {
            let letterHTML = templates.render(message.letter, withTemplate: "invitation") ?? ""
            files.append(RenderedFile(path: message.path, contents: Data(message.eml(letterHTML: letterHTML, context: context).utf8)))
        }
        return files
    }
}

/// Every invitee's letter, and the messages that can be written (an address, a sender and a date are needed).
struct InvitationSet {
    struct Message {
        let path: String
        let letter: InvitationLetterValue
        let invitee: Invitee
        let from: MailAddress
        let date: PlanDate
        let number: Int
    }

    let letters: [InvitationLetterValue]
    let messages: [Message]
    let sender: MailAddress?
    let sendDate: PlanDate?

    init(_ context: RenderContext) {
        let invitees = context.plan.marketing.invitees
        let width = invitees.count > 99 ? 3 : 2
        sender = context.plan.event?.contact.flatMap { MailAddress(parsing: $0.value) }
        // Invitations go out four weeks before the first day, at 09:00 Taipei time: a date from the plan, never the clock.
        sendDate = context.plan.event?.dates?.value.start.adding(days: -28)
        var letters: [InvitationLetterValue] = []
        var messages: [Message] = []
        for (index, invitee) in invitees.enumerated() {
            let number = Padding2.digits(index + 1, width)
            let path = "invitations/\(number)-\(InvitationSet.fileName(invitee.name.value)).eml"
            let canSend = invitee.email != nil && sender != nil && sendDate != nil
            let letter = InvitationLetterValue(invitee, number: number, file: canSend ? path : "", context: context)
            letters.append(letter)
            if canSend, let sender, let sendDate {
                messages.append(Message(path: path, letter: letter, invitee: invitee, from: sender, date: sendDate, number: index + 1))
            }
        }
        self.letters = letters
        self.messages = messages
    }

    /// A name safe in a file name on every system: letters and digits kept (陳淑芬 stays), anything else a hyphen.
    static func fileName(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isLetter || character.isNumber { result.append(character) } else if !result.hasSuffix("-") { result.append("-") }
        }
        let trimmed = String(result.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(40))
        return trimmed.isEmpty ? "invitee" : trimmed
    }
}

enum Padding2 {
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// One invitee's letter as the `invitation` template reads it.
struct InvitationLetterValue: TemplateValue {
    let l: [String: String]
    let number: String
    let file: String
    let hasFile: Bool
    let name: String
    let title: String
    let organisation: String
    let email: String
    let recipient: String
    let bodyHTML: String
    let bodyText: String
    let eventName: String
    let dates: String
    let hasDates: Bool
    let venue: String
    let hasVenue: Bool
    let sessions: String
    let hasSessions: Bool
    let organizer: String
    let hasOrganizer: Bool
    let contact: String
    let hasContact: Bool
    let subject: String

    init(_ invitee: Invitee, number: String, file: String, context: RenderContext) {
        l = context.labels
        self.number = number
        self.file = file
        hasFile = !file.isEmpty
        name = invitee.name.value
        title = invitee.title ?? ""
        organisation = invitee.organisation ?? ""
        email = invitee.email?.value ?? ""
        switch context.language {
        case .zhTW: recipient = [organisation, [name, title].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }.joined(separator: "　")
        case .en: recipient = [[title, name].filter { !$0.isEmpty }.joined(separator: " "), organisation].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        eventName = context.eventName
        if let letter = context.plan.marketing.invitation {
            bodyHTML = letter.html
            bodyText = letter.text
        } else {
            let text = context.label("inv_default_body").replacingOccurrences(of: "{event}", with: context.eventName)
            bodyHTML = "<p>\(HTMLText.escape(text))</p>\n"
            bodyText = text
        }
        dates = context.plan.event?.dates.map { context.dates.range($0.value) } ?? ""
        hasDates = !dates.isEmpty
        venue = [context.plan.venue?.name?.value, context.plan.venue?.address].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "　")
        hasVenue = !venue.isEmpty
        sessions = invitee.sessions ?? ""
        hasSessions = !sessions.isEmpty
        organizer = context.plan.event?.organizer ?? ""
        hasOrganizer = !organizer.isEmpty
        contact = context.plan.event?.contact?.value ?? ""
        hasContact = !contact.isEmpty
        subject = context.label("inv_subject").replacingOccurrences(of: "{event}", with: context.eventName)
    }
}

/// invitations.html: the list, then one letter a page.
struct InvitationsViewModel: TemplateValue {
    let page: PageChrome
    let l: [String: String]
    let hasInvitees: Bool
    let letters: [InvitationLetterValue]
    let hasLetterText: Bool
    let hasMessages: Bool
    let missingContact: Bool
    let missingDates: Bool

    init(_ context: RenderContext, set: InvitationSet) {
        page = context.chrome(for: InvitationsPage())
        l = context.labels
        letters = set.letters
        hasInvitees = !letters.isEmpty
        hasLetterText = context.plan.marketing.invitation != nil
        hasMessages = !set.messages.isEmpty
        missingContact = set.sender == nil
        missingDates = set.sendDate == nil
    }
}

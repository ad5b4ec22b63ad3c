import EvplanModel
import Foundation
import Mustache

/// press-release.html: O7.2.1 新聞稿, laid out as a release a newsroom expects.
struct PressReleaseViewModel: TemplateValue {
    let page: PageChrome
    let l: [String: String]
    let hasRelease: Bool
    let isChinese: Bool
    let organizer: String
    let hasOrganizer: Bool
    let headline: String
    let dateline: String
    let hasDateline: Bool
    /// The body as the parser sanitised it.
    let bodyHTML: String
    /// The body with the dateline opening its first paragraph, the way wire releases run.
    let datelinedBodyHTML: String
    let hasBody: Bool
    let contact: String
    let hasContact: Bool
    let endMark: String
    let missingParts: [String]
    let hasMissingParts: Bool

    init(_ context: RenderContext) {
        let release = context.plan.pressRelease
        page = context.chrome(for: PressReleasePage())
        l = context.labels
        isChinese = context.language == .zhTW
        organizer = context.plan.event?.organizer ?? ""
        hasOrganizer = !organizer.isEmpty

        let writtenHeadline = release?.headline?.value ?? ""
        headline = writtenHeadline.isEmpty ? context.eventName : writtenHeadline
        dateline = release?.dateline?.value ?? ""
        hasDateline = !dateline.isEmpty
        bodyHTML = release?.bodyHTML ?? ""
        hasBody = !bodyHTML.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        datelinedBodyHTML = PressReleaseViewModel.dateline(dateline, into: bodyHTML)
        contact = release?.contact?.value ?? ""
        hasContact = !contact.isEmpty
        hasRelease = release != nil && (hasBody || !writtenHeadline.isEmpty)
        endMark = context.language == .zhTW ? "（完）" : "###"

        var missing: [String] = []
        if writtenHeadline.isEmpty { missing.append(context.label("press_part_headline")) }
        if !hasDateline { missing.append(context.label("press_part_dateline")) }
        if !hasBody { missing.append(context.label("press_part_body")) }
        if !hasContact { missing.append(context.label("press_part_contact")) }
        missingParts = release == nil ? [] : missing
        hasMissingParts = !missingParts.isEmpty
    }

    static func dateline(_ dateline: String, into body: String) -> String {
        guard !dateline.isEmpty else { return body }
        let lead = "<strong class=\"release-dateline\">\(HTMLText.escape(dateline))</strong> — "
        let trimmed = body.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<p>") { return "<p>" + lead + trimmed.dropFirst(3) }
        return "<p>" + lead + "</p>\n" + body
    }
}

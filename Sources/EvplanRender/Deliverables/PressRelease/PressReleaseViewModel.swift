import EvplanModel
import Foundation
import Mustache

/// press-release.html: O7.2.1 新聞稿, laid out as a newsroom expects. A Chinese release follows 新聞稿 practice:
/// 主標 and 副標 on their own lines, a date and place line such as 【2027年2月23日／臺北訊】 (or the plan's own form),
/// the body with its quotes, 關於主辦單位 when written, （完）, then 新聞聯絡人; it carries no English label. An
/// English release runs its dateline into the first paragraph and ends with ###.
struct PressReleaseViewModel: TemplateValue {
    let page: PageChrome
    let l: [String: String]
    let hasRelease: Bool
    let isChinese: Bool
    let organizer: String
    let hasOrganizer: Bool
    let headline: String
    let subheadline: String
    let hasSubheadline: Bool
    let dateline: String
    let hasDateline: Bool
    /// The date and place line on its own, as a Chinese release prints it.
    let datelineLine: String
    let hasDatelineLine: Bool
    /// The body as the parser sanitised it.
    let bodyHTML: String
    /// The body with the dateline opening its first paragraph, the way English wire releases run.
    let datelinedBodyHTML: String
    let hasBody: Bool
    let aboutHeading: String
    let aboutHTML: String
    let hasAbout: Bool
    let contact: String
    /// The contact split where the planner spaced it (name, unit, phone, mobile, e-mail), each kept whole.
    let contactParts: [String]
    let hasContact: Bool
    let endMark: String

    init(_ context: RenderContext) {
        let release = context.plan.pressRelease
        page = context.chrome(for: PressReleasePage())
        l = context.labels
        isChinese = context.language == .zhTW
        organizer = context.plan.event?.organizer ?? ""
        hasOrganizer = !organizer.isEmpty

        let writtenHeadline = release?.headline?.value ?? ""
        // 「主標　副標」 in one 標題, split by a full-width space as planners write it, prints as two lines.
        let split = release?.subheadline == nil ? writtenHeadline.split(separator: "　", maxSplits: 1).map(String.init) : []
        let main = split.count == 2 ? split[0].trimmingCharacters(in: .whitespaces) : writtenHeadline
        headline = main.isEmpty ? context.eventName : main
        subheadline = split.count == 2 ? split[1].trimmingCharacters(in: .whitespaces) : (release?.subheadline?.value ?? "")
        hasSubheadline = !subheadline.isEmpty
        dateline = release?.dateline?.value ?? ""
        hasDateline = !dateline.isEmpty
        datelineLine = PressReleaseViewModel.datelineLine(release, context: context)
        hasDatelineLine = isChinese && !datelineLine.isEmpty
        bodyHTML = release?.bodyHTML ?? ""
        hasBody = !bodyHTML.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        datelinedBodyHTML = isChinese ? bodyHTML : PressReleaseViewModel.dateline(dateline, into: bodyHTML)
        aboutHTML = release?.aboutHTML ?? ""
        hasAbout = !aboutHTML.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        aboutHeading = release?.aboutHeading.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? context.label("press_about")
        contact = release?.contact?.value ?? ""
        contactParts = PressReleaseViewModel.parts(of: contact)
        hasContact = !contact.isEmpty
        hasRelease = release != nil && (hasBody || !writtenHeadline.isEmpty)
        endMark = context.language == .zhTW ? "（完）" : "###"
    }

    /// 【2027年2月23日／臺北訊】: the plan's own line when it already has that form, else the date (in the plan's date
    /// style; an unset style writes 2027年2月23日, not ISO) and the place with 訊.
    static func datelineLine(_ release: PressRelease?, context: RenderContext) -> String {
        guard let release, let written = release.dateline?.value, !written.isEmpty else { return "" }
        if written.hasPrefix("【") || written.hasPrefix("［") { return written }
        guard let date = release.datelineDate else { return written }
        let style = context.plan.event?.dateStyle ?? .western
        let dateText = DateText(language: context.language, style: style).plain(date)
        guard let place = release.datelinePlace else { return "【\(dateText)】" }
        return "【\(dateText)／\(place.hasSuffix("訊") ? place : place + "訊")】"
    }

    static func dateline(_ dateline: String, into body: String) -> String {
        guard !dateline.isEmpty else { return body }
        let lead = "<strong class=\"release-dateline\">\(HTMLText.escape(dateline))</strong> — "
        let trimmed = body.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<p>") { return "<p>" + lead + trimmed.dropFirst(3) }
        return "<p>" + lead + "</p>\n" + body
    }

    /// `黃詩涵　02-2758-3690　0912-345-678` → its parts, split at full-width spaces, double spaces, commas and slashes.
    static func parts(of contact: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var previousSpace = false
        for character in contact {
            let isBreak = character == "　" || character == "，" || character == "、" || character == "\n" || character == "｜" || character == "|"
                || (character == "," ) || (character == " " && previousSpace)
            if isBreak {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previousSpace = character == " "
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

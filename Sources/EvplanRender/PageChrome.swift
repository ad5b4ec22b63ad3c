import EvplanModel
import Mustache

/// What every page shares: its language, title, navigation, who it is for and, on pages handed to a client, who
/// issues it (the organisers), its version and issue date. Competency codes and the tool's footer are for the team
/// only: they appear on internal pages (the overview), never on client pages.
struct PageChrome: TemplateValue {
    struct Organiser: TemplateValue {
        let role: String
        let names: String
    }

    let lang: String
    let title: String
    let documentTitle: String
    let eventName: String
    let outputCodes: String
    let nav: [NavLink]
    let landscape: Bool
    let isClient: Bool
    let isInternal: Bool
    /// 指導／主辦／承辦／協辦／贊助單位, in that order, each with its names.
    let organisers: [Organiser]
    let hasOrganisers: Bool
    let version: String
    let hasVersion: Bool
    let issued: String
    let hasIssued: Bool
    /// `版本 v1.2 · 發行日期 2027-02-01`, for the page head and the printed page's foot.
    let versionLine: String
    let hasVersionLine: Bool
    /// The document title and the version line as CSS strings, for `@page` margin boxes (already escaped for CSS and
    /// free of `<`, so they are safe inside `<style>`).
    let cssTitle: String
    let cssVersionLine: String
    /// `"第 " counter(page) " 頁，共 " counter(pages) " 頁"`: the page number in the printed page's foot.
    let cssPageNumber: String

    init(page: some PageDeliverable, context: RenderContext) {
        lang = context.language.rawValue
        title = context.label(page.titleKey)
        eventName = context.eventName
        documentTitle = "\(title) · \(context.eventName)"
        outputCodes = page.outputCodes.joined(separator: " · ")
        // A page handed to a client links only to the other client pages; the team's pages link to everything.
        nav = DeliverableCatalogue.pages.filter { page.audience == .internal || $0.audience == .client }
            .map { NavLink(href: $0.entryFile, label: context.label($0.titleKey), isCurrent: $0.id == page.id) }
        landscape = page.printsLandscape
        isClient = page.audience == .client
        isInternal = !isClient
        let separator = context.language == .zhTW ? "、" : ", "
        var lines = context.plan.event?.organisers ?? []
        if lines.isEmpty, let organizer = context.plan.event?.organizer, !organizer.isEmpty {
            lines = [OrganiserLine(role: .organizer, names: [organizer])]
        }
        organisers = lines.map {
            Organiser(role: $0.role.title.text(in: context.language), names: $0.names.joined(separator: separator))
        }
        hasOrganisers = !organisers.isEmpty
        version = context.plan.event?.version ?? ""
        hasVersion = !version.isEmpty
        issued = context.issueDate.map { context.dates.plain($0) } ?? ""
        hasIssued = !issued.isEmpty
        var parts: [String] = []
        if hasVersion { parts.append(context.label("meta_version") + " " + version) }
        if hasIssued { parts.append(context.label("meta_issued") + " " + issued) }
        versionLine = parts.joined(separator: " · ")
        hasVersionLine = !versionLine.isEmpty
        cssTitle = PageChrome.cssString(documentTitle)
        cssVersionLine = PageChrome.cssString(versionLine)
        cssPageNumber = context.label("page_of")
            .components(separatedBy: "{n}").map { part in
                part.components(separatedBy: "{m}").map(PageChrome.cssString).joined(separator: " counter(pages) ")
            }
            .joined(separator: " counter(page) ")
    }

    /// A CSS string literal: quotes and backslashes escaped, `<` and line breaks written as CSS escapes.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "&": out += "\\26 "
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

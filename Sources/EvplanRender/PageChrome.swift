import EvplanModel
import Mustache

/// What every page shares: its language, title, navigation and the standard's outputs it delivers.
struct PageChrome: TemplateValue {
    let lang: String
    let title: String
    let documentTitle: String
    let eventName: String
    let outputCodes: String
    let nav: [NavLink]
    let landscape: Bool

    init(page: some PageDeliverable, context: RenderContext) {
        lang = context.language.rawValue
        title = context.label(page.titleKey)
        eventName = context.eventName
        documentTitle = "\(title) · \(context.eventName)"
        outputCodes = page.outputCodes.joined(separator: " · ")
        nav = DeliverableCatalogue.pages.map { NavLink(href: $0.entryFile, label: context.label($0.titleKey), isCurrent: $0.id == page.id) }
        landscape = page.printsLandscape
    }
}

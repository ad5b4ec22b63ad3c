import EvplanModel
import Mustache

/// A prose section ready for the template: `html` is already safe (sanitised by the parser), the heading is plain text.
struct ProseBlock: TemplateValue {
    let hasHeading: Bool
    let heading: String
    /// `3`, `4` or `5`: the page's own headings take h1 and h2.
    let headingLevel: String
    let isFileTitle: Bool
    let html: String

    /// A file's own title (level 1) is shown only when the task has several files; otherwise the section heading says it.
    init(_ section: ProseSection, showFileTitle: Bool) {
        let text = section.heading ?? ""
        isFileTitle = section.level <= 1
        hasHeading = !text.isEmpty && (!isFileTitle || showFileTitle)
        heading = text
        headingLevel = "\(min(max(section.level + 1, 3), 5))"
        html = section.html
    }
}

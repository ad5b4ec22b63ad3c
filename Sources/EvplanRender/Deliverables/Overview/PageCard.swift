import Mustache

/// A link from the home page to one deliverable, with what it currently holds.
struct PageCard: TemplateValue {
    let href: String
    let title: String
    let codes: String
    let summary: String
    let isEmpty: Bool
}

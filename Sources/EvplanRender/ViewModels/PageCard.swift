import Mustache

/// A link from the home page to one deliverable, with what it currently holds.
struct PageCard {
    let href: String
    let title: String
    let codes: String
    let summary: String
    let isEmpty: Bool
}

extension PageCard: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "href": href
        case "title": title
        case "codes": codes
        case "summary": summary
        case "isEmpty": isEmpty
        default: nil
        }
    }
}

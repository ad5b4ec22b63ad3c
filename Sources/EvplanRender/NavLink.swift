import Mustache

struct NavLink {
    let href: String
    let label: String
    let isCurrent: Bool
}

extension NavLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "href": href
        case "label": label
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

import Mustache

struct NavLink: TemplateValue {
    let href: String
    let label: String
    let isCurrent: Bool
}

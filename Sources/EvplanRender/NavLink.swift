struct NavLink {
    let href: String
    let label: String
    let isCurrent: Bool
}

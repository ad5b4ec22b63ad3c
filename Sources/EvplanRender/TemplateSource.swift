/// A template's text and where it came from.
struct TemplateSource {
    /// The name partials use: the relative path without `.mustache` (`budget`, `partials/style`).
    let name: String
    let text: String
    /// The file to point at when the template is broken: the plan's own file for an override.
    let file: String
}

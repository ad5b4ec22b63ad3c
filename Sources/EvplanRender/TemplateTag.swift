/// One `{{…}}` tag of a template, where the planner's editor shows it.
struct TemplateTag: Equatable {
    /// `#`, `^`, `/`, `>`, `<`, `$`, `!`, `&`, `=`, or nil for a plain variable.
    let sigil: Character?
    let name: String
    let line: Int
    let column: Int
}

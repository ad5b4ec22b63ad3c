import Mustache

/// A labelled value on a summary card, such as 日期 / 2027-03-12 (週五).
struct Fact: TemplateValue {
    let label: String
    let value: String
    /// Long values (a date range) take two grid cells.
    let wide: Bool

    init(label: String, value: String, wide: Bool = false) {
        self.label = label
        self.value = value
        self.wide = wide
    }
}

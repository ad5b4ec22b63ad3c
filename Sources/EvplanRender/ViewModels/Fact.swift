/// A labelled value on a summary card, such as 日期 / 2027-03-12 (週五).
struct Fact {
    let label: String
    let value: String
}

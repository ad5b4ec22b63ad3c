/// A table's HTML, rendered when first asked for. Most tables become the plan's budget, agenda or schedule and are
/// never shown as HTML; rendering every one while loading cost a twentieth of `evplan check` and kept a second copy of
/// each large table in memory. A deferred table is parsed again from its own lines, which renders it exactly as in
/// the whole file unless it has a link (that may use a reference defined elsewhere): those are rendered at once.
enum TableHTML: Sendable {
    case rendered(String)
    case deferred(source: SourceText, lines: ClosedRange<Int>, allowRawHTML: Bool)

    var html: String {
        switch self {
        case let .rendered(html):
            return html
        case let .deferred(source, lines, allowRawHTML):
            var bytes: [UInt8] = []
            for line in lines {
                bytes += source.lineBytes(line)
                bytes.append(UInt8(ascii: "\n"))
            }
            let markdown = String(decoding: bytes, as: UTF8.self)
            return CommonMarkParser(markdown: markdown, source: SourceText(path: source.path, text: markdown), allowRawHTML: allowRawHTML)
                .firstTableHTML()
        }
    }
}

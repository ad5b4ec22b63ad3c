import CCmarkGFM
import EvplanModel
import Foundation

/// Every call into cmark-gfm lives in this file: parse a Markdown body with GitHub's extensions and
/// source positions, and turn the top-level nodes into `Block`s.
final class CommonMarkParser {
    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    private let parser: OpaquePointer
    private let root: OpaquePointer
    private let source: SourceText
    private let allowRawHTML: Bool
    /// The plan folder, for images the file shows from it; nil when the text is not read from a plan folder.
    private let planRoot: String?
    /// What rendering the file's images found: remote images, local ones that cannot be embedded.
    private(set) var diagnostics: [Diagnostic] = []
    /// Placeholder URL → `data:` URI of an embedded image, swapped in after cmark has rendered the HTML
    /// (cmark's safe mode would blank a `data:image/svg+xml` URL).
    private var embeddedImages: [(placeholder: String, dataURI: String)] = []
    private let placeholderPrefix = "evplan-image-\(UUID().uuidString)-"

    init(markdown: String, source: SourceText, allowRawHTML: Bool, planRoot: String? = nil) {
        _ = CommonMarkParser.registerExtensions
        self.source = source
        self.allowRawHTML = allowRawHTML
        self.planRoot = planRoot
        let parser: OpaquePointer = cmark_parser_new(CMARK_OPT_SOURCEPOS)
        for name in CommonMarkParser.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = CommonMarkParser.cappingTableCells(Array(markdown.utf8))
        self.parser = parser
        root = CommonMarkParser.parsing.withLock {
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    cmark_parser_feed(parser, pointer, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    /// cmark-gfm 0.29.0.gfm.6 adds the extensions' characters to a process-wide table while it parses inlines and
    /// takes them out again when it is done (github/cmark-gfm#221, #176), so two parses at once would miss each
    /// other's strikethrough and autolinks. Files load in parallel; only this step takes turns.
    private static let parsing = NSLock()

    /// cmark-gfm 0.29.0.gfm.6 (Debian 12's) splits a table row in time quadratic in its cells: a line of ten thousand
    /// pipes takes seconds, one of a million never ends. Pipes past the `maximumCells`-th of a line are escaped before
    /// cmark sees them, so they stay text in the row's last cell; evplan's own scan of the line still finds every cell.
    static let maximumCells = 100
    /// Past this many cells beyond a row's header, the rest are summed up on the last one.
    static let maximumReportedCellsBeyondHeader = 20

    static func cappingTableCells(_ bytes: [UInt8]) -> [UInt8] {
        let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        var needsCapping = false
        var pipes = 0
        var index = 0
        while index < bytes.count, !needsCapping {
            switch bytes[index] {
            case backslash where index + 1 < bytes.count && bytes[index + 1] != newline: index += 1
            case pipe: pipes += 1; needsCapping = pipes > maximumCells
            case newline: pipes = 0
            default: break
            }
            index += 1
        }
        guard needsCapping else { return bytes }
        var capped: [UInt8] = []
        capped.reserveCapacity(bytes.count + bytes.count / 2)
        pipes = 0
        index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash, index + 1 < bytes.count, bytes[index + 1] != newline {
                capped.append(byte)
                capped.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == pipe {
                pipes += 1
                if pipes > maximumCells { capped.append(backslash) }
            } else if byte == newline {
                pipes = 0
            }
            capped.append(byte)
            index += 1
        }
        return capped
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    func blocks() -> [Block] {
        var blocks: [Block] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            blocks.append(block(for: current))
            node = cmark_node_next(current)
        }
        return blocks
    }

    /// The HTML of the first top-level table.
    func firstTableHTML() -> String {
        var node = cmark_node_first_child(root)
        while let current = node {
            if typeName(current) == "table" { return html(of: current) }
            node = cmark_node_next(current)
        }
        return ""
    }

    // MARK: - Blocks

    private func block(for node: OpaquePointer) -> Block {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let location = source.location(line: line, byteColumn: column)
        if cmark_node_get_type(node) == CMARK_NODE_HEADING {
            return .heading(Heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node),
                                    location: location, textLocation: headingTextLocation(line: line, fallback: location)))
        }
        if typeName(node) == "table" {
            return .table(table(node, location: location))
        }
        return .prose(Prose(html: html(of: node), text: plainText(of: node), location: location))
    }

    private func table(_ node: OpaquePointer, location: SourceLocation) -> Table {
        var header: [Cell] = []
        var linkSeen = false
        var rows: [[Cell]] = []
        var beyond: [Cell] = []
        var row = cmark_node_first_child(node)
        while let currentRow = row {
            let line = Int(cmark_node_get_start_line(currentRow))
            let lineBytes = source.lineBytes(line)
            let cellRanges = TableLineScanner.cellRanges(in: lineBytes)
            // Only the cells cmark keeps are located at once: a hostile row may hold millions.
            let columnLocations = source.locations(line: line, byteColumns: cellRanges.prefix(CommonMarkParser.maximumCells + 1).map { $0.lowerBound + 1 })
            var cells: [Cell] = []
            var cellNode = cmark_node_first_child(currentRow)
            while let currentCell = cellNode {
                let location = cells.count < columnLocations.count ? columnLocations[cells.count]
                    : source.location(line: line, byteColumn: Int(cmark_node_get_start_column(currentCell)))
                cells.append(Cell(text: plainText(of: currentCell, linkSeen: &linkSeen).trimmedOfWhitespace, location: location))
                cellNode = cmark_node_next(currentCell)
            }
            if header.isEmpty, rows.isEmpty, cmark_gfm_extensions_get_table_row_is_header(currentRow) != 0 {
                header = cells
            } else {
                rows.append(cells)
                // GFM drops cells past the header's width; a planner's data must not vanish silently.
                if cellRanges.count > header.count, !header.isEmpty {
                    var reported = 0
                    for index in header.count..<cellRanges.count where !cellRanges[index].isEmpty {
                        if reported == CommonMarkParser.maximumReportedCellsBeyondHeader, var last = beyond.popLast() {
                            // One warning per cell up to here; the rest are counted on the last one, not listed.
                            let rest = cellRanges[index...].filter { !$0.isEmpty }.count
                            last.text += " … (+\(rest))"
                            beyond.append(last)
                            break
                        }
                        let range = cellRanges[index]
                        let text = String(decoding: lineBytes[(lineBytes.startIndex + range.lowerBound)..<(lineBytes.startIndex + range.upperBound)], as: UTF8.self)
                        let location = index < columnLocations.count ? columnLocations[index]
                            : source.location(line: line, byteColumn: range.lowerBound + 1)
                        beyond.append(Cell(text: text, location: location))
                        reported += 1
                    }
                }
            }
            row = cmark_node_next(currentRow)
        }
        // A link may point at a reference defined elsewhere in the file, which the table's own lines do not hold.
        let htmlSource: TableHTML = linkSeen ? .rendered(html(of: node))
            : .deferred(source: source, lines: Int(cmark_node_get_start_line(node))...Int(cmark_node_get_end_line(node)), allowRawHTML: allowRawHTML)
        return Table(header: header, rows: rows, location: location, cellsBeyondHeader: beyond, htmlSource: htmlSource)
    }

    private func headingTextLocation(line: Int, fallback: SourceLocation) -> SourceLocation {
        let bytes = source.lineBytes(line)
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "#") else { return fallback }
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: "#") { index += 1 }
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return source.location(line: line, byteColumn: index - bytes.startIndex + 1)
    }

    // MARK: - Text and HTML

    private func typeName(_ node: OpaquePointer) -> String {
        guard let name = cmark_node_get_type_string(node) else { return "" }
        return String(cString: name)
    }

    /// The words of a node: emphasis, links and code reduced to their text; line breaks become spaces.
    private func plainText(of node: OpaquePointer) -> String {
        var linkSeen = false
        return plainText(of: node, linkSeen: &linkSeen)
    }

    /// `linkSeen` is set when the text comes from a link or an image.
    private func plainText(of node: OpaquePointer, linkSeen: inout Bool) -> String {
        // The usual table cell: one piece of text.
        if let only = cmark_node_first_child(node), cmark_node_next(only) == nil, cmark_node_get_type(only) == CMARK_NODE_TEXT {
            return cmark_node_get_literal(only).map { String(cString: $0) } ?? ""
        }
        var text = ""
        var stack: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        // Iterative walk, children in order, so deeply nested input cannot exhaust the stack.
        var pending: [OpaquePointer] = []
        while let current = child {
            pending.append(current)
            child = cmark_node_next(current)
        }
        stack = pending.reversed()
        while let current = stack.popLast() {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(current) {
                // `<br>` is how planners break a line inside a table cell.
                let tag = String(cString: literal)
                text += tag.lowercased().hasPrefix("<br") ? "\n" : tag
            } else if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else {
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { linkSeen = true }
                var children: [OpaquePointer] = []
                var grandchild = cmark_node_first_child(current)
                while let next = grandchild {
                    children.append(next)
                    grandchild = cmark_node_next(next)
                }
                stack.append(contentsOf: children.reversed())
            }
        }
        return text
    }

    /// The node as HTML. Unless the plan opts in, raw HTML is turned into text first, so it shows as written
    /// instead of reaching the page.
    private func html(of node: OpaquePointer) -> String {
        if !allowRawHTML, cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
            // A top-level raw HTML block: render its text in a paragraph of its own instead.
            // The paragraph sits in a document of its own: cmark's HTML renderer reads a paragraph's parent.
            guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { return "" }
            defer { cmark_node_free(document) }
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let text = cmark_node_new(CMARK_NODE_TEXT) else { return "" }
            cmark_node_append_child(document, paragraph)
            cmark_node_set_literal(text, cmark_node_get_literal(node))
            cmark_node_append_child(paragraph, text)
            return render(document)
        }
        if !allowRawHTML { escapeRawHTML(in: node) }
        rewriteImages(in: node)
        var html = render(node)
        for image in embeddedImages where html.contains(image.placeholder) {
            html = html.replacingOccurrences(of: image.placeholder, with: image.dataURI)
        }
        return html
    }

    /// Pages load nothing from the network: a remote image becomes a link to it, with its alt text, and a local one
    /// is embedded as a `data:` URI (or becomes a link when it cannot be: missing, outside the plan, too large).
    private func rewriteImages(in node: OpaquePointer) {
        var images: [(image: OpaquePointer, insideLink: Bool)] = []
        var stack: [(node: OpaquePointer, insideLink: Bool)] = [(node, false)]
        while let (current, insideLink) = stack.popLast() {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_IMAGE { images.append((current, insideLink)) }
            var child = cmark_node_first_child(current)
            while let next = child {
                stack.append((next, insideLink || type == CMARK_NODE_LINK))
                child = cmark_node_next(next)
            }
        }
        for (image, insideLink) in images.reversed() {
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            let trimmed = url.trimmingCharacters(in: .whitespaces)
            let location = source.location(line: Int(cmark_node_get_start_line(image)), byteColumn: Int(cmark_node_get_start_column(image)))
            let lowered = trimmed.lowercased()
            if lowered.hasPrefix("data:image/") { continue }
            if LocalImage.isRemote(lowered) {
                diagnostics.append(Diagnostic(FormatRules.remoteResource, at: location, LocalizedText(
                    zh: "圖片「\(url)」在網路上；頁面不從網路載入任何東西，所以它以連結顯示",
                    en: "The image “\(url)” is on the network; pages load nothing from the network, so it is shown as a link")))
                replaceWithLink(image, url: url, insideLink: insideLink)
                continue
            }
            guard let planRoot else {
                replaceWithLink(image, url: url, insideLink: insideLink)
                continue
            }
            let problem: LocalizedText
            switch LocalImage.resolve(url, markdownPath: source.path, planRoot: planRoot) {
            case let .embedded(dataURI):
                let placeholder = placeholderPrefix + "\(embeddedImages.count)"
                embeddedImages.append((placeholder, dataURI))
                cmark_node_set_url(image, placeholder)
                continue
            case .missing:
                problem = LocalizedText(zh: "找不到圖片「\(url)」（路徑從這個 Markdown 檔所在的資料夾算起）",
                                        en: "The image “\(url)” is not there (the path counts from this Markdown file's folder)")
            case .outsidePlan:
                problem = LocalizedText(zh: "圖片「\(url)」在企劃資料夾外面，不會嵌入頁面",
                                        en: "The image “\(url)” is outside the plan folder; it is not embedded")
            case let .tooLarge(bytes):
                let size = String(format: "%.1f", Double(bytes) / 1_048_576)
                problem = LocalizedText(zh: "圖片「\(url)」有 \(size) MB，超過每張 2 MB 的上限，不會嵌入頁面",
                                        en: "The image “\(url)” is \(size) MB, more than the 2 MB an image may have; it is not embedded")
            case .notAnImage:
                problem = LocalizedText(zh: "「\(url)」不是 PNG、JPEG、GIF、WebP 或 SVG 圖片，不會嵌入頁面",
                                        en: "“\(url)” is not a PNG, JPEG, GIF, WebP or SVG image; it is not embedded")
            }
            diagnostics.append(Diagnostic(FormatRules.image, at: location, problem))
            replaceWithLink(image, url: url, insideLink: insideLink)
        }
    }

    /// The image's alt text as a link to where it is (plain text inside another link).
    private func replaceWithLink(_ image: OpaquePointer, url: String, insideLink: Bool) {
        guard let replacement = cmark_node_new(insideLink ? CMARK_NODE_EMPH : CMARK_NODE_LINK) else { return }
        if !insideLink { cmark_node_set_url(replacement, url) }
        while let child = cmark_node_first_child(image) {
            cmark_node_unlink(child)
            cmark_node_append_child(replacement, child)
        }
        if cmark_node_first_child(replacement) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, url)
            cmark_node_append_child(replacement, text)
        }
        cmark_node_replace(image, replacement)
        cmark_node_free(image)
    }

    private func render(_ node: OpaquePointer) -> String {
        let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let rendered = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func escapeRawHTML(in node: OpaquePointer) {
        var rawNodes: [OpaquePointer] = []
        var stack: [OpaquePointer] = [node]
        while let current = stack.popLast() {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                rawNodes.append(current)
                continue
            }
            var child = cmark_node_first_child(current)
            while let next = child {
                stack.append(next)
                child = cmark_node_next(next)
            }
        }
        for raw in rawNodes {
            let literal = cmark_node_get_literal(raw)
            let isBlock = cmark_node_get_type(raw) == CMARK_NODE_HTML_BLOCK
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(text, literal)
            var replacement = text
            if isBlock, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                cmark_node_append_child(paragraph, text)
                replacement = paragraph
            }
            cmark_node_replace(raw, replacement)
            cmark_node_free(raw)
        }
    }
}

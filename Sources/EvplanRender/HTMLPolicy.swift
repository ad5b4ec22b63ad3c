import Foundation

/// The rule every page obeys unless the plan sets `raw_html: true`: no scripts and nothing loaded from the network.
///
/// A light, forgiving tag scanner (not a full HTML parser) that errs on the strict side: it looks at every tag it can
/// find, also inside `<style>`, `<title>` and the like, since in SVG those are ordinary elements. It serves twice:
/// on a plan's template text (with the `{{…}}` tags taken out), to report the offending tag at its line and column,
/// and on the pages rendered from a plan's templates, to take out whatever got past that (defence in depth).
enum HTMLPolicy {
    enum Violation: Equatable {
        /// `<script>`, `<iframe>`, `<object>`, `<embed>`, `<base>` …
        case forbiddenElement(String)
        /// `onerror=`, `onclick=` …
        case eventHandler(String)
        /// A `javascript:`, `vbscript:` or non-image `data:` URL in the named attribute.
        case scriptURL(String)
        /// `<meta http-equiv="refresh">`
        case metaRefresh
        /// Something the browser would fetch from the network: an image, a stylesheet, a font.
        case remoteResource(String)
        /// CSS `@import`
        case cssImport
        /// A CSS escape (`\75 rl(`), which could hide a `url(` from this scan.
        case cssEscape

        var isRemoteResource: Bool {
            switch self {
            case .remoteResource, .cssImport, .cssEscape: true
            default: false
            }
        }
    }

    struct Finding: Equatable {
        /// Byte offset in the scanned text where the tag, attribute or CSS function starts.
        var offset: Int
        var violation: Violation
    }

    /// Elements that run script, embed other documents or change where the page's links go.
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "fencedframe",
    ]

    /// Attributes that hold a URL a browser may follow or run.
    private static let urlAttributes: Set<String> = [
        "href", "xlink:href", "src", "action", "formaction", "poster", "background", "data", "cite", "codebase",
        "dynsrc", "lowsrc", "longdesc", "usemap", "manifest", "ping", "srcset", "to", "from", "values", "by", "icon",
    ]

    /// Attributes whose URL is fetched as the page loads (on every element).
    private static let loadingAttributes: Set<String> = [
        "src", "srcset", "poster", "background", "data", "dynsrc", "lowsrc", "manifest", "ping", "codebase", "icon",
    ]

    /// Elements whose `href` is fetched as the page loads, not followed when clicked.
    private static let loadingHrefElements: Set<String> = ["link", "image", "use", "feimage", "script", "tref", "cursor"]

    // MARK: - Scanning

    /// What the text breaks, in reading order.
    static func findings(in text: String) -> [Finding] {
        scan(Array(text.utf8)).findings
    }

    /// The text with every violation taken out: a forbidden element's `<` becomes `&lt;` (it shows as text), an
    /// offending attribute is removed, a remote `url(…)` or `@import` in CSS stops working. Text that breaks
    /// nothing comes back unchanged.
    static func sanitise(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let edits = scan(bytes).edits
        guard !edits.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= position {
            output += bytes[position..<edit.range.lowerBound]
            output += edit.replacement
            position = edit.range.upperBound
        }
        output += bytes[position...]
        return String(decoding: output, as: UTF8.self)
    }

    private struct Edit {
        var range: Range<Int>
        var replacement: [UInt8]
    }

    private struct Attribute {
        var name: String
        var range: Range<Int>
        var value: [UInt8]
        var valueStart: Int
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = true) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            var matches = true
            for offset in 0..<needle.count {
                let byte = bytes[index + offset]
                let folded = caseInsensitive && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if folded != needle[offset] { matches = false; break }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }

    private static func scan(_ bytes: [UInt8]) -> (findings: [Finding], edits: [Edit]) {
        var findings: [Finding] = []
        var edits: [Edit] = []
        let count = bytes.count
        var index = 0
        while index < count {
            guard bytes[index] == lt, index + 1 < count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == bang || next == question {
                // A comment, doctype or processing instruction: nothing in it reaches the page.
                if next == bang, index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? count
                } else {
                    index = find([gt], in: bytes, from: index + 2).map { $0 + 1 } ?? count
                }
                continue
            }
            var cursor = index + 1
            let closing = next == slash
            if closing { cursor += 1 }
            guard cursor < count, isLetter(bytes[cursor]) else { index += 1; continue }
            let nameStart = cursor
            while cursor < count, !isSpace(bytes[cursor]), bytes[cursor] != slash, bytes[cursor] != gt { cursor += 1 }
            let name = lowercased(bytes[nameStart..<cursor])
            if closing {
                index = cursor
                continue
            }
            var attributes: [Attribute] = []
            while cursor < count {
                while cursor < count, isSpace(bytes[cursor]) || bytes[cursor] == slash { cursor += 1 }
                guard cursor < count else { break }
                if bytes[cursor] == gt { cursor += 1; break }
                let attributeStart = cursor
                // The first character of a name may be `=`; `<` ends a tag the way browsers read `<a <b`: not at all.
                cursor += 1
                while cursor < count, !isSpace(bytes[cursor]), bytes[cursor] != slash, bytes[cursor] != gt, bytes[cursor] != equals { cursor += 1 }
                let attributeName = lowercased(bytes[attributeStart..<cursor])
                var lookahead = cursor
                while lookahead < count, isSpace(bytes[lookahead]) { lookahead += 1 }
                var value: [UInt8] = []
                var valueStart = cursor
                if lookahead < count, bytes[lookahead] == equals {
                    cursor = lookahead + 1
                    while cursor < count, isSpace(bytes[cursor]) { cursor += 1 }
                    if cursor < count, bytes[cursor] == quote || bytes[cursor] == apostrophe {
                        let delimiter = bytes[cursor]
                        valueStart = cursor + 1
                        let end = find([delimiter], in: bytes, from: valueStart, caseInsensitive: false) ?? count
                        value = Array(bytes[valueStart..<end])
                        cursor = min(end + 1, count)
                    } else {
                        valueStart = cursor
                        while cursor < count, !isSpace(bytes[cursor]), bytes[cursor] != gt { cursor += 1 }
                        value = Array(bytes[valueStart..<cursor])
                    }
                }
                attributes.append(Attribute(name: attributeName, range: attributeStart..<cursor, value: value, valueStart: valueStart))
            }
            let tagEnd = cursor

            if forbiddenElements.contains(name) {
                findings.append(Finding(offset: index, violation: .forbiddenElement(name)))
                edits.append(Edit(range: index..<(index + 1), replacement: Array("&lt;".utf8)))
            } else if name == "meta", let equiv = attributes.first(where: { $0.name == "http-equiv" }),
                      normalised(equiv.value).hasPrefix("refresh") {
                findings.append(Finding(offset: index, violation: .metaRefresh))
                edits.append(Edit(range: index..<(index + 1), replacement: Array("&lt;".utf8)))
            } else {
                for attribute in attributes {
                    guard let violation = check(attribute, of: name) else { continue }
                    findings.append(Finding(offset: attribute.range.lowerBound, violation: violation))
                    edits.append(Edit(range: attribute.range, replacement: []))
                }
            }

            if name == "style" {
                let end = find(Array("</style".utf8), in: bytes, from: tagEnd) ?? count
                let css = checkCSS(bytes, tagEnd..<end)
                findings += css.findings
                edits += css.edits
            }
            // Go on right after the tag: what follows `<script>` or `<style>` is scanned for tags too.
            index = max(tagEnd, index + 1)
        }
        findings.sort { $0.offset < $1.offset }
        return (findings, edits)
    }

    private static func check(_ attribute: Attribute, of element: String) -> Violation? {
        let name = attribute.name
        if name.hasPrefix("on"), name.count > 2 { return .eventHandler(name) }
        if name == "srcdoc" { return .forbiddenElement("iframe srcdoc") }
        let decoded = decodeEntities(attribute.value)
        let lowered = decoded.lowercased()
        if name == "style" || lowered.contains("url(") || lowered.contains("image-set(") || lowered.contains("@import") {
            let bytes = Array(decoded.utf8)
            if let violation = checkCSS(bytes, 0..<bytes.count).findings.first?.violation { return violation }
        }
        guard urlAttributes.contains(name) else { return nil }
        let urls = name == "srcset" ? decoded.split(separator: ",").map { String($0.trimmingPrefix(while: { $0.isWhitespace }).prefix { !$0.isWhitespace }) } : [decoded]
        for url in urls {
            let value = normalised(Array(url.utf8))
            if isScriptURL(value, allowingSVG: element == "img" && name == "src") { return .scriptURL(name) }
            let loads = loadingAttributes.contains(name) || ((name == "href" || name == "xlink:href") && loadingHrefElements.contains(element))
            if loads, isRemote(value) { return .remoteResource(url.trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }

    /// `@import`, `url(…)` and `image-set(…)` that reach outside the page, in CSS text.
    private static func checkCSS(_ bytes: [UInt8], _ range: Range<Int>) -> (findings: [Finding], edits: [Edit]) {
        var findings: [Finding] = []
        var edits: [Edit] = []
        let text = Array(bytes[range])
        let base = range.lowerBound
        // CSS escapes (`\75 rl(`) would hide a function's name from this scan; pages never need them.
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\\") {
            findings.append(Finding(offset: base + offset, violation: .cssEscape))
            edits.append(Edit(range: (base + offset)..<(base + offset + 1), replacement: []))
        }
        var start = 0
        while let at = find(Array("@import".utf8), in: text, from: start) {
            findings.append(Finding(offset: base + at, violation: .cssImport))
            edits.append(Edit(range: (base + at)..<(base + at + 7), replacement: Array("@blocked".utf8)))
            start = at + 7
        }
        for function in ["url(", "image-set("] {
            start = 0
            while let at = find(Array(function.utf8), in: text, from: start) {
                let open = at + function.utf8.count
                let close = find([UInt8(ascii: ")")], in: text, from: open, caseInsensitive: false) ?? text.count
                start = max(open, close)
                let argument = String(decoding: text[open..<close], as: UTF8.self)
                // `url("a")`, `url(a)`, `image-set("a" 1x, url(b) 2x)`: every quoted or bare piece.
                let pieces = argument.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\"" || $0 == "'" })
                guard let remote = pieces.first(where: { isRemote(normalised(Array($0.utf8))) }) else { continue }
                findings.append(Finding(offset: base + at, violation: .remoteResource(String(remote))))
                edits.append(Edit(range: (base + at)..<(base + min(close + 1, text.count)), replacement: Array("none".utf8)))
            }
        }
        return (findings, edits)
    }

    // MARK: - URLs

    /// The value as a browser compares a URL's scheme: entities decoded, whitespace and control characters gone, lowercased.
    static func normalised(_ value: [UInt8]) -> String {
        let decoded = decodeEntities(value)
        return String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)).lowercased()
    }

    /// Fetched from elsewhere: a URL with a scheme other than `data:`, or one that starts `//` (or `\\`, which browsers read alike).
    static func isRemote(_ url: String) -> Bool {
        let start = url.prefix(2)
        if start == "//" || start == "\\\\" || start == "/\\" || start == "\\/" { return true }
        guard let scheme = scheme(of: url) else { return false }
        return scheme != "data" && scheme != "#"
    }

    /// Runs script when followed or loaded: `javascript:`, `vbscript:`, or a `data:` URL that is not an image.
    static func isScriptURL(_ url: String, allowingSVG: Bool) -> Bool {
        guard let scheme = scheme(of: url) else { return false }
        switch scheme {
        case "javascript", "vbscript", "livescript": return true
        case "data":
            let safe = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"] + (allowingSVG ? ["data:image/svg+xml"] : [])
            return !safe.contains { url.hasPrefix($0 + ";") || url.hasPrefix($0 + ",") }
        default: return false
        }
    }

    private static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        return String(scheme)
    }

    private static let namedEntities: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "amp": "&", "quot": "\"",
        "apos": "'", "lt": "<", "gt": ">", "bsol": "\\", "period": ".", "comma": ",", "num": "#", "commat": "@",
    ]

    /// Character references as a browser decodes them in an attribute: numeric ones with or without `;`, and the
    /// named ones that could spell out a scheme or a CSS function.
    static func decodeEntities(_ value: [UInt8]) -> String {
        let text = String(decoding: value, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "&" else { result.unicodeScalars.append(scalar); continue }
            if scalars.first == "#" {
                var digits = scalars.dropFirst()
                var radix = 10
                if let x = digits.first, x == "x" || x == "X" { radix = 16; digits = digits.dropFirst() }
                let number = digits.prefix { $0.properties.numericType != nil || (radix == 16 && $0.isASCIIHexLetter) }
                if !number.isEmpty, let code = UInt32(String(String.UnicodeScalarView(number)), radix: radix) {
                    result.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                    scalars = digits.dropFirst(number.count)
                    if scalars.first == ";" { scalars = scalars.dropFirst() }
                    continue
                }
            } else {
                let name = scalars.prefix { $0.properties.isAlphabetic }
                if let replacement = namedEntities[String(String.UnicodeScalarView(name)).lowercased()] {
                    result += replacement
                    scalars = scalars.dropFirst(name.count)
                    if scalars.first == ";" { scalars = scalars.dropFirst() }
                    continue
                }
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

private extension Unicode.Scalar {
    var isASCIIHexLetter: Bool { ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}

import Foundation

// Usage: TemplateLookupGenerator OUTPUT.swift SOURCE.swift...
//
// Writes swift-mustache's `MustacheParent.child(named:)` for every type that declares `TemplateValue`: a `switch`
// over its stored properties, so templates look values up without `Mirror` (which took about half of a build) and
// nobody keeps hundreds of `case "x": x` lines by hand. The sources are scanned, not compiled: comments and string
// literals are blanked, braces counted, and `let`/`var` declarations directly inside the type's body taken as stored
// properties unless a `{` follows them (a computed property or observers). `ViewModelLookupTests` checks
// the result against `Mirror` on real plans, so a property this scan missed fails a test.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: TemplateLookupGenerator OUTPUT.swift SOURCE.swift...\n".utf8))
    exit(2)
}

struct TemplateType {
    var name: String
    var properties: [String] = []
}

/// The source with comments and string literals replaced by spaces, line breaks kept, so braces and keywords
/// inside them are not counted.
func blankCommentsAndStrings(_ source: String) -> [Character] {
    let characters = Array(source)
    var result = characters
    var index = 0
    func blank(_ range: Range<Int>) {
        for position in range where result[position] != "\n" { result[position] = " " }
    }
    while index < characters.count {
        let character = characters[index]
        let next = index + 1 < characters.count ? characters[index + 1] : "\0"
        if character == "/" && next == "/" {
            var end = index
            while end < characters.count && characters[end] != "\n" { end += 1 }
            blank(index..<end)
            index = end
        } else if character == "/" && next == "*" {
            var end = index + 2
            while end + 1 < characters.count && !(characters[end] == "*" && characters[end + 1] == "/") { end += 1 }
            end = min(end + 2, characters.count)
            blank(index..<end)
            index = end
        } else if character == "\"" {
            let isMultiline = index + 2 < characters.count && characters[index + 1] == "\"" && characters[index + 2] == "\""
            var end = index + (isMultiline ? 3 : 1)
            while end < characters.count {
                if characters[end] == "\\" { end += 2; continue }
                if isMultiline {
                    if end + 2 < characters.count && characters[end] == "\"" && characters[end + 1] == "\"" && characters[end + 2] == "\"" {
                        end += 3
                        break
                    }
                } else if characters[end] == "\"" || characters[end] == "\n" {
                    end += 1
                    break
                }
                end += 1
            }
            end = min(end, characters.count)
            blank(index + 1..<max(index + 1, end - 1))
            index = end
        } else {
            index += 1
        }
    }
    return result
}

let declaration = try NSRegularExpression(pattern: #"\b(struct|enum|class|actor|extension)\s+([A-Za-z_][A-Za-z0-9_.]*)(.*)"#)
let storedProperty = try NSRegularExpression(
    pattern: #"^\s*(?:(?:public|internal|fileprivate|private|package|nonisolated)(?:\(set\))?\s+)*(?:let|var)\s+([A-Za-z_][A-Za-z0-9_]*)"#)

func firstMatch(_ regex: NSRegularExpression, in line: String) -> [String]? {
    let range = NSRange(line.startIndex..., in: line)
    guard let match = regex.firstMatch(in: line, range: range) else { return nil }
    return (1..<match.numberOfRanges).map { group in
        Range(match.range(at: group), in: line).map { String(line[$0]) } ?? ""
    }
}

var found: [TemplateType] = []
for path in arguments.dropFirst(2).sorted() {
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
    // Each open scope: the qualified name of the type it declares (nil for a function or other block) and,
    // for a template type, its index in `found`.
    var scopes: [(typeName: String?, templateIndex: Int?)] = []
    var pendingDeclaration: (name: String, isTemplate: Bool)?
    var segment = ""
    // A segment is the code between two of `\n ; { }`: one declaration or statement, or the start of one.
    func finish(segment: String, openingBrace: Bool) {
        if let owner = scopes.last, let index = owner.templateIndex, !openingBrace,
           let match = firstMatch(storedProperty, in: segment) {
            found[index].properties.append(match[0])
        }
        if let match = firstMatch(declaration, in: segment) {
            let name = match[0] == "extension" ? match[1] : (scopes.last?.typeName.map { "\($0).\(match[1])" } ?? match[1])
            pendingDeclaration = (name, match[0] == "struct" && match[2].contains("TemplateValue"))
        }
    }
    for character in blankCommentsAndStrings(source) {
        switch character {
        case "\n", ";":
            finish(segment: segment, openingBrace: false)
            segment = ""
        case "{":
            finish(segment: segment, openingBrace: true)
            segment = ""
            if let declared = pendingDeclaration {
                var templateIndex: Int?
                if declared.isTemplate {
                    found.append(TemplateType(name: declared.name))
                    templateIndex = found.count - 1
                }
                scopes.append((declared.name, templateIndex))
                pendingDeclaration = nil
            } else {
                scopes.append((nil, nil))
            }
        case "}":
            finish(segment: segment, openingBrace: false)
            segment = ""
            _ = scopes.popLast()
        default:
            segment.append(character)
        }
    }
}

found.sort { $0.name < $1.name }
var output = "// Generated by TemplateLookupGenerator from the EvplanRender sources. Do not edit.\n"
for type in found {
    output += "\nextension \(type.name) {\n    func child(named key: String) -> Any? {\n        switch key {\n"
    for property in type.properties {
        output += "        case \"\(property)\": \(property)\n"
    }
    output += "        default: nil\n        }\n    }\n}\n"
}
let outputURL = URL(fileURLWithPath: arguments[1])
if (try? String(contentsOf: outputURL, encoding: .utf8)) != output {
    try output.write(to: outputURL, atomically: true, encoding: .utf8)
}

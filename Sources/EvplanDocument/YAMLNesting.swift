/// An upper bound on how deeply YAML text nests, found by a single pass over its bytes before any parsing:
/// Yams composes recursively, so ten thousand `[` in a front matter overflow the stack before it can report
/// anything. The bound counts indentation levels, compact `- ` / `? ` indicators and open flow brackets
/// outside quotes and comments; it may count a little high, never low for the constructs that nest.
enum YAMLNesting {
    /// The 1-based line of `yaml` where the bound first exceeds `limit`, or nil when it never does.
    static func firstLine(exceeding limit: Int, in yaml: String) -> Int? {
        var scanner = Scanner()
        var line = 1
        var lineBytes: [UInt8] = []
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "\n") {
                if scanner.scanLine(lineBytes) > limit { return line }
                lineBytes.removeAll(keepingCapacity: true)
                line += 1
            } else {
                lineBytes.append(byte)
            }
        }
        return scanner.scanLine(lineBytes) > limit ? line : nil
    }

    private struct Scanner {
        enum Quote { case none, double, single }

        var quote = Quote.none
        var flowDepth = 0
        var indentation: [Int] = []

        /// Reads one line and returns the nesting bound at its deepest point.
        mutating func scanLine(_ bytes: [UInt8]) -> Int {
            let space = UInt8(ascii: " ")
            var index = 0
            while index < bytes.count, bytes[index] == space { index += 1 }
            let isBlank = index == bytes.count || bytes[index] == UInt8(ascii: "#")
            var indicators = 0
            if quote == .none, flowDepth == 0, !isBlank {
                while let last = indentation.last, last > index { indentation.removeLast() }
                if indentation.last != index { indentation.append(index) }
                // `- - - x` and `? ? x` nest on one line.
                while index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"),
                      index + 1 == bytes.count || bytes[index + 1] == space {
                    indicators += 1
                    index += 1
                    while index < bytes.count, bytes[index] == space { index += 1 }
                }
            }
            // A mapping on the line adds one more level.
            let blockDepth = indentation.count + indicators + 1
            var deepest = blockDepth + flowDepth
            var atValueStart = true
            while index < bytes.count {
                let byte = bytes[index]
                switch quote {
                case .double:
                    if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { quote = .none; atValueStart = false }
                case .single:
                    if byte == UInt8(ascii: "'") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") { index += 1 } else { quote = .none; atValueStart = false }
                    }
                case .none:
                    switch byte {
                    case space, UInt8(ascii: "\t"):
                        break
                    case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == space || bytes[index - 1] == UInt8(ascii: "\t"):
                        return deepest
                    case UInt8(ascii: "\"") where atValueStart:
                        quote = .double
                    case UInt8(ascii: "'") where atValueStart:
                        quote = .single
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        if atValueStart || flowDepth > 0 {
                            flowDepth += 1
                            deepest = max(deepest, blockDepth + flowDepth)
                        }
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        if flowDepth > 0 { flowDepth -= 1 }
                    case UInt8(ascii: ","):
                        if flowDepth > 0 { atValueStart = true }
                    case UInt8(ascii: ":"):
                        if index + 1 == bytes.count || bytes[index + 1] == space || flowDepth > 0 { atValueStart = true }
                    case UInt8(ascii: "!") where atValueStart:
                        // A tag before a collection: the collection may still follow. Tags may hold brackets.
                        while index + 1 < bytes.count, bytes[index + 1] != space { index += 1 }
                    case UInt8(ascii: "&") where atValueStart:
                        // An anchor before a collection; its name ends at the first character that is not a word's.
                        while index + 1 < bytes.count, Scanner.isAnchorCharacter(bytes[index + 1]) { index += 1 }
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        if !(index + 1 == bytes.count || bytes[index + 1] == space) { atValueStart = false }
                    default:
                        atValueStart = false
                    }
                }
                index += 1
            }
            return deepest
        }

        static func isAnchorCharacter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...0xFF: true
            default: false
            }
        }
    }
}

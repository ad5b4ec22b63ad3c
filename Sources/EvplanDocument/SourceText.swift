import EvplanModel

/// The text of a plan file with its lines indexed, so that cmark's byte positions can be told
/// to a planner as line and character column.
struct SourceText {
    let path: String
    let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0).
    private let lineStarts: [Int]

    init(path: String, text: String) {
        self.path = path
        bytes = Array(text.utf8)
        var starts = [0]
        // A plain loop over the buffer: the generic `enumerated()` walk was half of checking a 10 MB line in a debug build.
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0..<buffer.count where buffer[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The bytes of a line, without its line end.
    func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// A position given as 1-based line and 1-based byte column, told in characters.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        let lineBytes = lineBytes(line)
        let prefixLength = min(max(byteColumn - 1, 0), lineBytes.count)
        let prefix = lineBytes.prefix(prefixLength)
        let characters = String(decoding: prefix, as: UTF8.self).count
        return SourceLocation(file: path, line: max(line, 1), column: characters + 1)
    }

    /// The same as `location(line:byteColumn:)` for several columns of one line (a table row's cells), counting
    /// the line's characters once instead of once per cell: that was a sixteenth of `evplan check` on a large plan.
    /// Equal for every column that starts a Unicode scalar, as cell starts always do; inside a scalar's bytes,
    /// where `location` counts the cut-off bytes as one more character, this counts the scalar once.
    func locations(line: Int, byteColumns: [Int]) -> [SourceLocation] {
        let lineBytes = lineBytes(line)
        let prefixLengths = byteColumns.map { min(max($0 - 1, 0), lineBytes.count) }
        let columns: [Int]
        if lineBytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII without a line end inside: one byte, one character.
            columns = prefixLengths
        } else {
            // A prefix that ends inside a character counts that character, as decoding the prefix would.
            let text = String(decoding: lineBytes, as: UTF8.self)
            var characterStarts: [Int] = []
            var offset = 0
            // Splitting into characters is the slow part; a line of scalars that each stand alone as a character
            // (ASCII, CJK, kana, their punctuation: most plan lines) gives the same starts from its scalars.
            for scalar in text.unicodeScalars {
                guard SourceText.isWholeCharacter(scalar) else { characterStarts = []; break }
                characterStarts.append(offset)
                offset += UTF8.width(scalar)
            }
            if characterStarts.isEmpty {
                offset = 0
                for character in text {
                    characterStarts.append(offset)
                    offset += character.utf8.count
                }
            }
            columns = prefixLengths.map { length in
                var low = 0, high = characterStarts.count
                while low < high {
                    let middle = (low + high) / 2
                    if characterStarts[middle] < length { low = middle + 1 } else { high = middle }
                }
                return low
            }
        }
        return columns.map { SourceLocation(file: path, line: max(line, 1), column: $0 + 1) }
    }

    /// Scalars that always make a character of their own: no combining mark, joiner, variation selector, Hangul jamo
    /// or regional indicator among them, so no neighbour can join them into one character.
    static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E,
             0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF65:
            true
        default:
            false
        }
    }

    func start(ofLine line: Int) -> SourceLocation { SourceLocation(file: path, line: max(line, 1), column: 1) }
}

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
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
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

    func start(ofLine line: Int) -> SourceLocation { SourceLocation(file: path, line: max(line, 1), column: 1) }
}

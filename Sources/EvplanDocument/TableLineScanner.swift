/// Finds the cells of one GFM table line the way GFM splits them: on pipes not escaped by a backslash.
/// cmark-gfm gives no reliable position for a cell, and drops cells past the header, so evplan reads the line itself.
enum TableLineScanner {
    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Byte ranges (relative to the line) of each cell's content, trimmed. One pass over the line's buffer: a hostile
    /// row holds millions of cells, and the generic walk it replaced took seconds on one in a debug build.
    static func cellRanges(in line: ArraySlice<UInt8>) -> [Range<Int>] {
        let bytes = Array(line)
        return bytes.withUnsafeBufferPointer { buffer in
            var segments: [Range<Int>] = []
            var start = 0
            var index = 0
            var sawPipe = false
            while index < buffer.count {
                let byte = buffer[index]
                if byte == backslash { index += 2; continue }
                if byte == pipe {
                    segments.append(start..<index)
                    start = index + 1
                    sawPipe = true
                }
                index += 1
            }
            segments.append(start..<buffer.count)
            // A leading pipe leaves an empty first segment; a trailing pipe an empty last one.
            var first = 0, end = segments.count
            if sawPipe, isBlank(buffer, segments[0]) { first = 1 }
            if sawPipe, end - first > 1, isBlank(buffer, segments[end - 1]) { end -= 1 }
            var trimmed: [Range<Int>] = []
            trimmed.reserveCapacity(end - first)
            for segment in segments[first..<end] {
                var lower = segment.lowerBound
                var upper = segment.upperBound
                while lower < upper, buffer[lower] == space || buffer[lower] == tab { lower += 1 }
                while upper > lower, buffer[upper - 1] == space || buffer[upper - 1] == tab { upper -= 1 }
                trimmed.append(lower..<upper)
            }
            return trimmed
        }
    }

    private static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { buffer[$0] == space || buffer[$0] == tab }
    }

    /// 1-based byte columns where each cell's content starts.
    static func cellStarts(in line: ArraySlice<UInt8>) -> [Int] {
        cellRanges(in: line).map { $0.lowerBound + 1 }
    }

    /// Each cell's raw text, trimmed.
    static func cellTexts(in line: ArraySlice<UInt8>) -> [String] {
        let bytes = Array(line)
        return cellRanges(in: line).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}

/// Finds the cells of one GFM table line the way GFM splits them: on pipes not escaped by a backslash.
/// cmark-gfm gives no reliable position for a cell, and drops cells past the header, so evplan reads the line itself.
enum TableLineScanner {
    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Byte ranges (relative to the line) of each cell's content, trimmed.
    private static func cellRanges(in line: ArraySlice<UInt8>) -> [Range<Int>] {
        let bytes = Array(line)
        var boundaries: [Int] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == backslash { index += 2; continue }
            if bytes[index] == pipe { boundaries.append(index) }
            index += 1
        }
        var segments: [Range<Int>] = []
        var start = 0
        for boundary in boundaries {
            segments.append(start..<boundary)
            start = boundary + 1
        }
        segments.append(start..<bytes.count)
        // A leading pipe leaves an empty first segment; a trailing pipe an empty last one.
        if let first = segments.first, boundaries.first != nil, isBlank(bytes[first]) { segments.removeFirst() }
        if segments.count > 1, let last = segments.last, boundaries.last != nil, isBlank(bytes[last]) { segments.removeLast() }
        return segments.map { segment in
            var lower = segment.lowerBound
            var upper = segment.upperBound
            while lower < upper, bytes[lower] == space || bytes[lower] == tab { lower += 1 }
            while upper > lower, bytes[upper - 1] == space || bytes[upper - 1] == tab { upper -= 1 }
            return lower..<upper
        }
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == space || $0 == tab }
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

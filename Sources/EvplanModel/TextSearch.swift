/// Substring tests on UTF-8 bytes. Foundation's `contains` goes through CFString and folds grapheme clusters
/// on every call, which made telling breaks from sessions a quarter of `evplan check` on a large agenda.
public enum TextSearch {
    /// True when `word` occurs in `text` byte for byte (both are expected already lowercased where that matters).
    /// With `wholeWord`, an occurrence counts only when no ASCII letter touches it, so `break` is not found
    /// in `breakout` (words in Chinese have no such boundary and are found anywhere).
    public static func contains(_ text: String, _ word: String, wholeWord: Bool = false) -> Bool {
        guard !word.isEmpty else { return true }
        guard text.utf8.count >= word.utf8.count else { return false }
        // Native strings hand out their UTF-8 without a copy; only a bridged one is copied into an array.
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            word.utf8.withContiguousStorageIfAvailable { needle in search(haystack, needle, wholeWord) }
        }
        if let found, let found { return found }
        return search(Array(text.utf8), Array(word.utf8), wholeWord)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func search<Haystack: RandomAccessCollection, Needle: RandomAccessCollection>(
        _ haystack: Haystack, _ needle: Needle, _ wholeWord: Bool) -> Bool
        where Haystack.Element == UInt8, Haystack.Index == Int, Needle.Element == UInt8, Needle.Index == Int {
        guard haystack.count >= needle.count else { return false }
        let first = needle[needle.startIndex]
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[needle.startIndex + offset] { offset += 1 }
                if offset == needle.count {
                    let before = start > haystack.startIndex ? haystack[start - 1] : nil
                    let after = start + needle.count < haystack.endIndex ? haystack[start + needle.count] : nil
                    if !wholeWord || (!(before.map(isLetter) ?? false) && !(after.map(isLetter) ?? false)) { return true }
                }
            }
            start += 1
        }
        return false
    }

    /// One text searched for many words (a session title against every break word): the pairs of adjacent bytes it
    /// holds are noted once, so a word whose first two bytes never stand together in the text is ruled out without a
    /// search. Answers are `TextSearch.contains`'s.
    public struct Text {
        public let text: String
        /// Bit `h` set when some adjacent byte pair of the text hashes to `h` (0..<256).
        private var pairs = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))

        public init(_ text: String) {
            self.text = text
            var previous: UInt8?
            for byte in text.utf8 {
                if let previous { mark(Self.hash(previous, byte)) }
                previous = byte
            }
        }

        @inline(__always)
        private static func hash(_ first: UInt8, _ second: UInt8) -> Int {
            Int((first &* 31) ^ second)
        }

        private mutating func mark(_ bit: Int) {
            let mask = UInt64(1) << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: pairs.0 |= mask
            case 1: pairs.1 |= mask
            case 2: pairs.2 |= mask
            default: pairs.3 |= mask
            }
        }

        private func isMarked(_ bit: Int) -> Bool {
            let mask = UInt64(1) << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: return pairs.0 & mask != 0
            case 1: return pairs.1 & mask != 0
            case 2: return pairs.2 & mask != 0
            default: return pairs.3 & mask != 0
            }
        }

        public func contains(_ word: String, wholeWord: Bool = false) -> Bool {
            var bytes = word.utf8.makeIterator()
            if let first = bytes.next(), let second = bytes.next(), !isMarked(Self.hash(first, second)) { return false }
            return TextSearch.contains(text, word, wholeWord: wholeWord)
        }
    }
}

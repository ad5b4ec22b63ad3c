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
}

import EvplanModel
import Foundation

/// Reads a press release's date and place line: `2027-02-23 台北`, `【2027年2月23日／臺北訊】`, `116年2月23日 臺北`,
/// `Taipei, 6 April 2027`, `April 6, 2027 — Taipei`. The date is the first full date in the line (ISO, Chinese, ROC,
/// or an English day and month name with a four-digit year); the place is what is left once brackets, separators and
/// the 訊 of 臺北訊 are taken away.
public enum Dateline {
    public static func read(_ text: String) -> (date: PlanDate?, place: String?) {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices where (start == 0 || !isDigit(scalars[start - 1])) && !scalars[start].properties.isWhitespace {
            var scanner = ScalarScanner(String(String.UnicodeScalarView(scalars[start...])))
            guard let date = DateParser.scanDate(&scanner) else { continue }
            let before = String(String.UnicodeScalarView(scalars[..<start]))
            var after = scanner.scalars[scanner.position...]
            // A weekday after the date, as in 2027年2月23日（二）.
            if let open = after.first, "(（".unicodeScalars.contains(open), let close = after.firstIndex(where: { ")）".unicodeScalars.contains($0) }),
               after.distance(from: after.startIndex, to: close) <= 5 {
                after = after[after.index(after: close)...]
            }
            return (date, place(before + " " + String(String.UnicodeScalarView(after))))
        }
        if let english = englishDate(text) { return (english.date, place(english.rest)) }
        return (nil, place(text))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func place(_ rest: String) -> String? {
        let separators = Set("【】[]〔〕()（）／/|｜,，、—–-:：".unicodeScalars)
        var text = String(String.UnicodeScalarView(rest.unicodeScalars.map { separators.contains($0) ? " " : $0 }))
            .trimmedOfWhitespace
        for suffix in ["電", "訊"] where text.hasSuffix(suffix) && text.count > 1 { text = String(text.dropLast()) }
        let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `6 April 2027`, `April 6, 2027`, `6 Apr. 2027`: the date and the words around it.
    private static func englishDate(_ text: String) -> (date: PlanDate, rest: String)? {
        let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        func month(_ token: String) -> Int? {
            let key = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard key.count >= 3 else { return nil }
            return months.firstIndex { key.hasPrefix($0) }.map { $0 + 1 }
        }
        for (index, token) in tokens.enumerated() {
            guard let month = month(token) else { continue }
            let neighbours = [index - 1, index + 1].filter { tokens.indices.contains($0) }
            guard let dayIndex = neighbours.first(where: { Int(tokens[$0]).map { (1...31).contains($0) } ?? false }),
                  let day = Int(tokens[dayIndex]) else { continue }
            let yearIndex = max(index, dayIndex) + 1
            guard tokens.indices.contains(yearIndex), tokens[yearIndex].count == 4, let year = Int(tokens[yearIndex]),
                  let date = PlanDate(year: year, month: month, day: day) else { continue }
            let used: Set<Int> = [index, dayIndex, yearIndex]
            return (date, tokens.enumerated().filter { !used.contains($0.offset) }.map(\.element).joined(separator: " "))
        }
        return nil
    }
}

import EvplanModel
import Foundation

/// A price the 4P table's Price row gives for a ticket type that differs from the T8 ticket type's price.
public struct MarketingPriceMismatch: Rule {
    public static let descriptor = RuleDescriptor(
        id: "marketing.price-mismatch", severity: .warning, task: .t7, competency: ["P7.1.2", "O7.1.1"],
        summary: LocalizedText(zh: "4P 的價格與 T8 票價不符", en: "A 4P price differs from the T8 ticket price"),
        hint: LocalizedText(
            zh: "改正 4P「價格」列或 T8 票種表其中一邊，讓同一票種寫同一個價格（在 4P 寫出票種名稱，後面接票價，例如「早鳥票 1,200 元」）。",
            en: "Correct the 4P Price row or the T8 ticket table so one ticket type has one price (name the ticket type in the 4P row followed by its price, e.g. “Early bird 1,200”)."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let rows = context.plan.marketing.mix.filter { $0.aspect == .price }
        guard !rows.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for row in rows {
            for ticket in context.plan.tickets {
                guard let price = ticket.price?.value, !price.isNaN,
                      let written = Self.price(of: ticket.name.value, in: row.content.value), written != price else { continue }
                let w = AmountText.format(written), p = AmountText.format(price)
                let seen = LineReference.text(for: ticket.location, seenFrom: row.content.location)
                diagnostics.append(diagnostic(at: row.content.location, LocalizedText(
                    zh: "4P 價格寫「\(ticket.name.value)」\(w) 元，但 T8 票種「\(ticket.name.value)」票價是 \(p)（\(seen.zhTW)）",
                    en: "The 4P price row gives “\(ticket.name.value)” as \(w), but the T8 ticket type “\(ticket.name.value)” costs \(p) (\(seen.en))")))
            }
        }
        return diagnostics
    }

    /// The amount written right after a ticket type's name (`早鳥票 1,200 元`, `團體票（五人以上）每張 1,400 元`), or after
    /// its name without 票 / "ticket" (`早鳥 800`); nil when the text does not name it or gives no amount next to it.
    static func price(of name: String, in text: String) -> Decimal? {
        var names = [name]
        for suffix in ["票", "券", " ticket", " tickets"] where name.lowercased().hasSuffix(suffix) && name.count - suffix.count >= 2 {
            names.append(String(name.dropLast(suffix.count)))
        }
        let lowered = text.lowercased()
        for candidate in names {
            var searchStart = lowered.startIndex
            while let range = lowered.range(of: candidate.lowercased(), range: searchStart..<lowered.endIndex) {
                searchStart = range.upperBound
                if let amount = amount(after: lowered[range.upperBound...]) { return amount }
            }
        }
        return nil
    }

    private static func amount(after rest: Substring) -> Decimal? {
        var skipped = 0
        var depth = 0
        var digits = ""
        for character in rest {
            if digits.isEmpty {
                if "（(".contains(character) { depth += 1; continue }
                if "）)".contains(character) { depth = max(0, depth - 1); continue }
                if depth > 0 { continue }
                if character.isASCII, character.isNumber { digits.append(character); continue }
                // Another item of the list began before any amount: this name has none of its own.
                if "、，,；;。\n".contains(character) { return nil }
                skipped += 1
                if skipped > 8 { return nil }
            } else if character.isASCII, character.isNumber || character == "," || character == "." {
                if character != "," { digits.append(character) }
            } else {
                break
            }
        }
        while digits.hasSuffix(".") { digits.removeLast() }
        return digits.isEmpty ? nil : Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }
}

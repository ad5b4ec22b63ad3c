import Foundation

/// Amounts with the symbol planners use for the plan's currency: `NT$1,500,000`, `US$1,200.50`.
struct MoneyText {
    let currency: String

    var symbol: String {
        switch currency.uppercased() {
        case "TWD", "NTD": "NT$"
        case "USD": "US$"
        case "HKD": "HK$"
        case "SGD": "S$"
        case "AUD": "A$"
        case "CAD": "C$"
        case "EUR": "€"
        case "GBP": "£"
        case "JPY": "¥"
        case "CNY", "RMB": "CN¥"
        case "KRW": "₩"
        default: currency.uppercased() + " "
        }
    }

    /// With the currency symbol, for totals and summaries.
    func format(_ amount: Decimal) -> String {
        let digits = DecimalText.grouped(amount, padCents: true)
        return digits.hasPrefix("-") ? "-" + symbol + digits.dropFirst() : symbol + digits
    }

    /// Without the symbol, for table cells under a header that names the currency.
    func plain(_ amount: Decimal) -> String {
        DecimalText.grouped(amount, padCents: true)
    }
}

import Foundation

/// How many people an event or a session expects, as planners state it: a head count (`300`, people at once), per day
/// (`每日 8,000 人次`, `8,000人/日`, `per day`) or in visits (`12,000 人次`, one person coming twice counts twice).
/// Capacity rules compare the peak (people on one day); the budget's cost per head divides by the visits.
public struct Attendance: Hashable, Sendable {
    public enum Unit: Hashable, Sendable {
        /// People (人, 位, 名, people): the same people throughout.
        case people
        /// Visits (人次): a day's or the event's total of arrivals, not people at once.
        case visits
    }

    public var count: Int
    public var unit: Unit
    /// True for a figure per day (`每日`, `/日`, `per day`).
    public var perDay: Bool

    public init(count: Int, unit: Unit = .people, perDay: Bool = false) {
        self.count = count
        self.unit = unit
        self.perDay = perDay
    }

    /// The most people expected on one day of an event of `days` days: a per-day figure as it is, a total of visits
    /// spread over the days (rounded up), a head count as it is.
    public func peak(days: Int) -> Int {
        guard !perDay, unit == .visits, days > 1 else { return count }
        return (count + days - 1) / days
    }

    /// The heads the budget serves over `days` days: visits per day times the days, a total of visits as it is, a
    /// head count as it is (the same 300 people on both days of a conference).
    public func headcount(days: Int) -> Int {
        guard perDay, days > 1 else { return count }
        let (product, overflow) = count.multipliedReportingOverflow(by: days)
        return overflow ? count : product
    }
}

/// An amount with its currency (ISO code: TWD, USD, JPY …).
public struct Money: Hashable, Sendable {
    public var amount: Decimal
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// Currency codes written the same way: NTD is TWD.
    public static func normalizedCode(_ code: String) -> String {
        let upper = code.uppercased()
        switch upper {
        case "NTD", "NT", "NT$": return "TWD"
        case "RMB": return "CNY"
        default: return upper
        }
    }
}

import Foundation

/// A kind of ticket on sale (T8): its price, how many are offered (名額) and when.
public struct TicketType: Sendable {
    public var name: Located<String>
    public var price: Located<Decimal>?
    public var quantity: Located<Int>?
    /// When it is on sale (報名期間).
    public var salePeriod: Located<DateRange>?
    public var note: String?
    public var location: SourceLocation

    public init(name: Located<String>, price: Located<Decimal>? = nil, quantity: Located<Int>? = nil, salePeriod: Located<DateRange>? = nil, note: String? = nil,
                location: SourceLocation) {
        self.name = name
        self.price = price
        self.quantity = quantity
        self.salePeriod = salePeriod
        self.note = note
        self.location = location
    }
}

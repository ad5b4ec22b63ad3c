import Foundation

/// A kind of ticket on sale (T8): its price and how many are offered.
public struct TicketType: Sendable {
    public var name: Located<String>
    public var price: Located<Decimal>?
    public var quantity: Located<Int>?
    public var note: String?
    public var location: SourceLocation

    public init(name: Located<String>, price: Located<Decimal>? = nil, quantity: Located<Int>? = nil, note: String? = nil, location: SourceLocation) {
        self.name = name
        self.price = price
        self.quantity = quantity
        self.note = note
        self.location = location
    }
}

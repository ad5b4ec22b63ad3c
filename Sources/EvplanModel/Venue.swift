import Foundation

public struct Room: Sendable {
    public var name: Located<String>
    public var capacity: Located<Int>?
    public var layout: Located<String>?
    /// Floor area in square metres; an area written in 坪 is converted (1 坪 = 400/121 m²).
    public var areaSquareMeters: Located<Decimal>?
    /// The area as the planner wrote it, for display (`45 坪`, `150 m²`).
    public var areaAsWritten: String?
    public var extra: [ExtraCell]
    /// Shared (a course, a plaza, a market): activities in it at the same time are not clashes. Marked by a 共用/Shared
    /// column, a 形式 of `共用`/`shared`, or an open area.
    public var isShared = false
    /// An open area (形式 `開放式`/`open area`): people walk in and out all day, so its activities need no break and
    /// are shared.
    public var isOpenArea = false
    public var location: SourceLocation

    public init(name: Located<String>, capacity: Located<Int>? = nil, layout: Located<String>? = nil, areaSquareMeters: Located<Decimal>? = nil,
                areaAsWritten: String? = nil, extra: [ExtraCell] = [], location: SourceLocation) {
        self.name = name
        self.capacity = capacity
        self.layout = layout
        self.areaSquareMeters = areaSquareMeters
        self.areaAsWritten = areaAsWritten
        self.extra = extra
        self.location = location
    }

    public static let squareMetersPerPing = Decimal(400) / Decimal(121)
}

public struct Venue: Sendable {
    public var name: Located<String>?
    public var address: String?
    /// How many people the whole venue holds at once.
    public var capacity: Located<Int>?
    public var hours: Located<TimeRange>?
    public var availableDates: [Located<DateRange>] = []
    public var extraHeaders: [String] = []
    public var rooms: [Room] = []
    public var location: SourceLocation

    public init(location: SourceLocation) { self.location = location }

    /// Room names compared as planners write them: case and white space do not matter.
    public static func normalizedRoomName(_ name: String) -> String {
        // Most names are plain ASCII (Room A, 301) or CJK with no case; only those with capitals or spaces need the
        // Unicode-aware lowercasing and filtering, which costs more than everything else a room lookup does.
        let needsWork = name.utf8.contains { byte in
            byte >= 0x80 ? false : (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == 0x20 || (0x09...0x0D).contains(byte)
        } || name.unicodeScalars.contains { $0.value >= 0x80 && !isCaselessHan($0) && ($0.properties.isWhitespace || $0.properties.changesWhenLowercased) }
        guard needsWork else { return name }
        // ASCII names (`Hall A`): lowercase the capitals and drop the white space (tab to carriage return, space) byte
        // by byte, which is what Unicode-aware lowercasing and `Character.isWhitespace` do to ASCII.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return name.lowercased().filter { !$0.isWhitespace }
    }

    /// Kana, CJK ideographs and Hangul syllables: no case and no white space, so no property look-up is needed
    /// (a test walks these ranges to hold this).
    @inline(__always)
    static func isCaselessHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x9FFF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// For one lookup; many lookups build a `RoomDirectory` once.
    public func room(named name: String) -> Room? {
        RoomDirectory(venue: self).room(named: name)
    }
}

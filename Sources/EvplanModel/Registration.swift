import Foundation

/// Where a ticket stands, as the ticketing export says.
public enum TicketStatus: String, Sendable, CaseIterable {
    /// Paid (or free and confirmed): the person is coming.
    case paid
    /// Ordered but not yet paid (an ATM or convenience-store payment still open).
    case pending
    case cancelled
    case refunded

    /// Whether the ticket counts as sold: paid or awaiting payment, not cancelled or refunded.
    public var isActive: Bool { self == .paid || self == .pending }

    /// The word the check-in desk's attendance export writes in its 票券狀態 / Status column, and evplan reads back:
    /// 已付款 / 待付款 / 已取消 / 已退款, or in English paid / pending / cancelled / refunded.
    public func attendanceWord(_ language: Language) -> String {
        switch (self, language) {
        case (.paid, .zhTW): "已付款"
        case (.pending, .zhTW): "待付款"
        case (.cancelled, .zhTW): "已取消"
        case (.refunded, .zhTW): "已退款"
        case (_, .en): rawValue
        }
    }
}

/// The ticketing systems whose exports evplan recognises by their headers.
public enum TicketExportFormat: String, Sendable {
    /// KKTIX's attendee export (報名序號, 票種, QR Code 序號 …; Chinese or English headers).
    case kktixAttendees = "KKTIX attendees"
    /// KKTIX's order export (訂單編號, 票券狀態, 付款狀態 …): one row per order, used for cancellations and refunds.
    case kktixOrders = "KKTIX orders"
    /// Accupass's participant export (訂單編號, 票號, 狀態, 參加人姓名 …, 票價(NT)).
    case accupass = "Accupass"
    /// The check-in desk's attendance export (`evplan desk`: 票號, QR Code 序號, 姓名, 票種, 票券狀態, 報到時間, 報到櫃台,
    /// 報到次數): one row per ticket of the roster with its first check-in, the check-ins of the roster (O8.3.4).
    case deskAttendance = "evplan desk attendance"
}

/// One person registered: a ticket of the export, with what the ticketing system asked them.
public struct Attendee: Sendable {
    /// The ticket's number in its system (KKTIX 報名序號, Accupass 票號).
    public var ticketNumber: String
    /// What the ticket's QR code holds (KKTIX QR Code 序號); badges print it as a QR code.
    public var qrSerial: String?
    /// KKTIX's four-letter 檢查碼, which the desk can type instead of scanning.
    public var checkinCode: String?
    public var name: String
    /// The phone as it should be dialled: a mobile whose leading 0 a spreadsheet dropped is given it back.
    public var phone: String?
    public var email: String?
    public var ticketType: Located<String>
    public var orderID: String?
    public var status: TicketStatus
    public var price: Decimal?
    /// The custom questions of the registration form and their answers, in the export's column order.
    public var answers: [ExtraCell]
    /// The export's row.
    public var location: SourceLocation

    public init(ticketNumber: String, qrSerial: String? = nil, checkinCode: String? = nil, name: String, phone: String? = nil,
                email: String? = nil, ticketType: Located<String>, orderID: String? = nil, status: TicketStatus, price: Decimal? = nil,
                answers: [ExtraCell] = [], location: SourceLocation) {
        self.ticketNumber = ticketNumber
        self.qrSerial = qrSerial
        self.checkinCode = checkinCode
        self.name = name
        self.phone = phone
        self.email = email
        self.ticketType = ticketType
        self.orderID = orderID
        self.status = status
        self.price = price
        self.answers = answers
        self.location = location
    }

    /// What the badge's QR code holds and the desk scans: the QR serial, else the ticket number.
    public var scanCode: String { qrSerial ?? ticketNumber }
}

/// One order of an order export (KKTIX): how many tickets, for how much, and whether it was cancelled or refunded.
public struct TicketOrder: Sendable {
    public var id: String
    public var status: TicketStatus
    public var ticketCount: Int
    public var total: Decimal?
    public var location: SourceLocation

    public init(id: String, status: TicketStatus, ticketCount: Int, total: Decimal?, location: SourceLocation) {
        self.id = id
        self.status = status
        self.ticketCount = ticketCount
        self.total = total
        self.location = location
    }
}

/// One ticketing export file read from the plan folder.
public struct TicketExportSource: Sendable {
    public var path: String
    public var format: TicketExportFormat
    /// `UTF-8`, `UTF-8 with BOM` or `Big5`.
    public var encoding: String
    public var rowCount: Int

    public init(path: String, format: TicketExportFormat, encoding: String, rowCount: Int) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.rowCount = rowCount
    }
}

/// Everyone registered, from the ticketing exports in the plan folder (`attendees.csv`, `T8-*.csv`).
public struct Roster: Sendable {
    public var sources: [TicketExportSource] = []
    /// Every ticket, cancelled and refunded ones too (their `status` says so), in export order.
    public var attendees: [Attendee] = []
    /// Orders of an order export; cancelled orders without tickets are only here.
    public var orders: [TicketOrder] = []
    /// The check-ins of the desk's attendance exports, one per ticket of `attendees` (by its ticket number), in the
    /// order the tickets were first met; tickets that were never checked in are here too (`checkedIn` false).
    public var checkIns: [CheckIn] = []

    public init(sources: [TicketExportSource] = [], attendees: [Attendee] = [], orders: [TicketOrder] = [], checkIns: [CheckIn] = []) {
        self.sources = sources
        self.attendees = attendees
        self.orders = orders
        self.checkIns = checkIns
    }

    public var isEmpty: Bool { sources.isEmpty }
    /// Tickets sold and not cancelled or refunded: the people expected.
    public var active: [Attendee] { attendees.filter(\.status.isActive) }
    public var paidCount: Int { attendees.count { $0.status == .paid } }
    public func count(_ status: TicketStatus) -> Int { attendees.count { $0.status == status } }
    /// Orders cancelled (or refunded) that have no ticket in an attendee export.
    public var ticketlessOrders: [TicketOrder] {
        let ticketed = Set(attendees.compactMap(\.orderID))
        return orders.filter { !$0.status.isActive && !ticketed.contains($0.id) }
    }

    /// Whether a desk attendance export was read: the event has happened and its check-ins are known (O8.3.4).
    public var hasAttendance: Bool { sources.contains { $0.format == .deskAttendance } }

    /// The check-in of each ticket that was checked in, by ticket number.
    public var checkedInTickets: [String: CheckIn] {
        Dictionary(checkIns.filter(\.checkedIn).map { ($0.ticketNumber, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Per ticket type, in the order types first appear among the active tickets: the active tickets and how many of
    /// them were checked in. Check-ins of cancelled or refunded tickets are not counted (see `withdrawnCheckIns`).
    public var attendanceByType: [(type: String, registered: Int, checkedIn: Int)] {
        let checked = checkedInTickets
        return activeByType.map { group in
            (group.type, group.attendees.count, group.attendees.count { checked[$0.ticketNumber] != nil })
        }
    }

    /// Check-ins of tickets that were cancelled or refunded: people let in on a ticket that no longer counts.
    public var withdrawnCheckIns: [CheckIn] {
        let withdrawn = Set(attendees.filter { !$0.status.isActive }.map(\.ticketNumber))
        return checkIns.filter { $0.checkedIn && withdrawn.contains($0.ticketNumber) }
    }

    /// Active tickets per ticket type, in the order types first appear.
    public var activeByType: [(type: String, attendees: [Attendee])] {
        var order: [String] = []
        var groups: [String: [Attendee]] = [:]
        for attendee in active {
            let type = attendee.ticketType.value
            if groups[type] == nil { order.append(type) }
            groups[type, default: []].append(attendee)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }
}

/// A moment of the event day as the check-in desk writes it, `2026-12-05 09:12:33`, in the event's local time.
public struct CheckInTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: PlanDate
    /// Seconds after midnight, 0 ..< 86 400.
    public var second: Int

    public init(date: PlanDate, second: Int) {
        self.date = date
        self.second = second
    }

    public var time: TimeOfDay { TimeOfDay(minutes: second / 60) }

    /// `2026-12-05 09:12:33`, as the desk writes it.
    public var description: String {
        "\(date) \(Padding.digits(second / 3600, 2)):\(Padding.digits(second / 60 % 60, 2)):\(Padding.digits(second % 60, 2))"
    }

    public static func < (lhs: CheckInTime, rhs: CheckInTime) -> Bool { (lhs.date, lhs.second) < (rhs.date, rhs.second) }
}

/// One ticket's line of the check-in desk's attendance export (`T8-attendance.csv`, written by `evplan desk`): whether
/// the ticket was checked in, when and at which desk first, and how many times it was scanned.
public struct CheckIn: Sendable {
    /// The roster attendee's ticket number (KKTIX 報名序號, Accupass 票號).
    public var ticketNumber: String
    public var qrSerial: String?
    /// The first check-in; nil for a ticket that was not checked in, or whose time could not be read (reported).
    public var firstAt: CheckInTime?
    /// The desk of the first check-in (`A`, `櫃台 2`).
    public var desk: String?
    /// How many times the ticket was scanned (0 when it was not checked in).
    public var scans: Int
    /// Whether the person came: a first check-in time (even one that could not be read) or a scan.
    public var checkedIn: Bool
    /// The export's row.
    public var location: SourceLocation

    public init(ticketNumber: String, qrSerial: String? = nil, firstAt: CheckInTime? = nil, desk: String? = nil, scans: Int,
                checkedIn: Bool, location: SourceLocation) {
        self.ticketNumber = ticketNumber
        self.qrSerial = qrSerial
        self.firstAt = firstAt
        self.desk = desk
        self.scans = scans
        self.checkedIn = checkedIn
        self.location = location
    }
}

/// A thing the check-in desk needs (名牌, 名牌套, 手冊 …) and how many are ready (T8 `## 物資`).
public struct DeskSupply: Sendable {
    public var item: Located<String>
    public var quantity: Located<Int>?
    /// The quantity as written (`3 台、400 張`, `一箱`), shown when it is not a plain count.
    public var quantityText: String?
    public var note: String?
    /// One for each person (attendees + staff): a badge, a lanyard, a handbook, a meal.
    public var perPerson: Bool
    public var location: SourceLocation

    public init(item: Located<String>, quantity: Located<Int>? = nil, quantityText: String? = nil, note: String? = nil, perPerson: Bool,
                location: SourceLocation) {
        self.item = item
        self.quantity = quantity
        self.quantityText = quantityText
        self.note = note
        self.perPerson = perPerson
        self.location = location
    }
}

/// How people are shown on pages that list them.
public enum PrivacyLevel: String, Sendable {
    /// Names and phones masked as Taiwanese organisers do (許○文, 0912-***-678).
    case masked
    /// Names and phones in full (`privacy: full` in event.md).
    case full
}

/// The registration settings in event.md's front matter.
public struct RegistrationSettings: Sendable {
    public var privacy: PrivacyLevel = .masked
    /// `receipts: true`: numbered receipts (收據) for every paid ticket.
    public var receipts = false
    /// The organiser's 統一編號 (`tax_id:` or `統一編號:`), printed on receipts.
    public var taxID: Located<String>?
    /// `staff:` — the team on site, counted with attendees for badges, meals and supplies.
    public var staff: Located<Int>?
    /// `receipt_prefix:` — what receipt numbers start with (default: the event's first date, `20270312-`).
    public var receiptPrefix: String?
    /// `wifi:` — the network and password for the handbook.
    public var wifi: String?

    public init() {}
}

/// T8 registration: the ticketing exports' roster, the desk supplies, and the settings that govern pages listing people.
public struct Registration: Sendable {
    public var roster = Roster()
    public var supplies: [DeskSupply] = []
    public var settings = RegistrationSettings()

    public init() {}

    /// People on site: active registrations (or, with no export, the expected attendance) plus staff.
    public func headcount(expected: Int?) -> Int? {
        let people = roster.isEmpty ? expected : roster.active.count
        guard let people else { return nil }
        return people + (settings.staff?.value ?? 0)
    }
}

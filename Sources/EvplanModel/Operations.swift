import Foundation

/// A date with a time of day, for load-in, teardown and run-sheet moments.
public struct PlanMoment: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: PlanDate
    public var time: TimeOfDay

    public init(date: PlanDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// Minutes since 1970-01-01 00:00.
    public var minutes: Int { date.dayNumber * 1440 + time.minutes }
    public static func < (lhs: PlanMoment, rhs: PlanMoment) -> Bool { lhs.minutes < rhs.minutes }
    public var description: String { "\(date) \(time)" }
}

/// One dated payment a contract's terms give (`簽約 30%、完工 70%`, `活動後 14 天內`).
public struct PaymentMilestone: Sendable, Hashable {
    /// The piece of the terms as written (`活動後 14 天內`).
    public var label: String
    public var percent: Decimal?
    public var amount: Decimal?
    /// The day it is due, when the terms say one (an explicit date, or days before/after the event).
    public var due: PlanDate?
    /// The terms say it is paid before the event (`活動前`, `訂金`, `簽約`).
    public var beforeEvent: Bool

    public init(label: String, percent: Decimal? = nil, amount: Decimal? = nil, due: PlanDate? = nil, beforeEvent: Bool = false) {
        self.label = label
        self.percent = percent
        self.amount = amount
        self.due = due
        self.beforeEvent = beforeEvent
    }
}

/// T6 承包廠商: one contractor.
public struct Contractor: Sendable {
    public var name: Located<String>
    /// 統一編號 as written.
    public var taxID: Located<String>?
    public var scope: String?
    public var contact: String?
    public var phone: String?
    public var amount: Located<Decimal>?
    public var paymentTerms: Located<String>?
    /// The day the contract says everything is paid by (a 付款期限 column), if it says one.
    public var paymentDeadline: Located<PlanDate>?
    public var milestones: [PaymentMilestone] = []
    public var extra: [ExtraCell] = []
    public var location: SourceLocation

    public init(name: Located<String>, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// T6 報價比較: the quotes for one package, and the one chosen.
public struct QuotePackage: Sendable {
    public struct Offer: Sendable {
        /// The column's header (`廠商甲`, or a supplier's name).
        public var supplier: String
        public var amount: Located<Decimal>
        public init(supplier: String, amount: Located<Decimal>) {
            self.supplier = supplier
            self.amount = amount
        }
    }

    public var item: Located<String>
    public var offers: [Offer] = []
    public var chosen: Located<String>?
    public var reason: String?
    public var location: SourceLocation

    public init(item: Located<String>, location: SourceLocation) {
        self.item = item
        self.location = location
    }

    /// The offer the chosen cell names: by its column's header (`廠商甲（聲光整合）` names 廠商甲) or its amount.
    public var chosenOffer: Offer? {
        guard let chosen = chosen?.value else { return nil }
        let key = chosen.lowercased().filter { !$0.isWhitespace }
        let byHeader = offers.filter { offer in
            let header = offer.supplier.lowercased().filter { !$0.isWhitespace }
            return !header.isEmpty && (key.hasPrefix(header) || key.contains(header))
        }
        if let best = byHeader.max(by: { $0.supplier.count < $1.supplier.count }) { return best }
        return nil
    }

    /// The supplier the chosen cell names in brackets or as written (`廠商甲（聲光整合）` → 聲光整合).
    public var chosenName: String? {
        guard let chosen = chosen?.value else { return nil }
        if let open = chosen.firstIndex(where: { $0 == "（" || $0 == "(" }) {
            let inner = chosen[chosen.index(after: open)...].prefix { $0 != "）" && $0 != ")" }
            if !inner.isEmpty { return String(inner) }
        }
        return chosen
    }
}

/// T6 工作流程: one line of the run sheet.
public struct RunSheetItem: Sendable {
    public var date: Located<PlanDate>?
    /// A range, or a moment written as a single time (start = end).
    public var time: Located<TimeRange>?
    public var task: Located<String>
    public var owners: [Located<String>] = []
    public var place: Located<String>?
    public var note: String?
    public var location: SourceLocation

    public init(task: Located<String>, location: SourceLocation) {
        self.task = task
        self.location = location
    }
}

/// T6 人力分工: one person's shift.
public struct StaffShift: Sendable {
    public var person: Located<String>
    public var role: String?
    public var date: Located<PlanDate>?
    public var time: Located<TimeRange>?
    public var place: Located<String>?
    public var location: SourceLocation

    public init(person: Located<String>, location: SourceLocation) {
        self.person = person
        self.location = location
    }
}

/// T6 風險: one risk, rated on a 3- or 5-step scale.
public struct Risk: Sendable {
    public var name: Located<String>
    /// 1 … scale.
    public var likelihood: Located<Int>?
    public var impact: Located<Int>?
    /// 3 (低/中/高) or 5 (1–5).
    public var scale: Int = 3
    public var response: String?
    public var owners: [Located<String>] = []
    public var location: SourceLocation

    public init(name: Located<String>, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// T6 講師費: what one speaker or performer is paid, before withholding.
public struct SpeakerFee: Sendable {
    public var name: Located<String>
    public var nonResident: Bool
    public var payments: Int
    public var perPayment: Located<Decimal>?
    public var location: SourceLocation

    public init(name: Located<String>, nonResident: Bool, payments: Int, perPayment: Located<Decimal>?, location: SourceLocation) {
        self.name = name
        self.nonResident = nonResident
        self.payments = payments
        self.perPayment = perPayment
        self.location = location
    }

    public var gross: Decimal? { perPayment.map { $0.value * Decimal(payments) } }
}

/// Everything T6 holds as records.
public struct Operations: Sendable {
    public var contractors: [Contractor] = []
    public var quotes: [QuotePackage] = []
    public var runSheet: [RunSheetItem] = []
    public var staff: [StaffShift] = []
    public var risks: [Risk] = []
    public var fees: [SpeakerFee] = []

    public init() {}

    public var isEmpty: Bool {
        contractors.isEmpty && quotes.isEmpty && runSheet.isEmpty && staff.isEmpty && risks.isEmpty && fees.isEmpty
    }

    /// Names compared as planners write them: spaces and case do not matter.
    public static func key(_ name: String) -> String { Venue.normalizedRoomName(name) }
}

/// A person on the team (T2's team list), with where the list names them.
public struct TeamMember: Sendable {
    public var name: Located<String>
    public var role: String?

    public init(name: Located<String>, role: String?) {
        self.name = name
        self.role = role
    }
}

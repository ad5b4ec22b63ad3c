import Foundation

/// T5 候選場地: one venue considered.
public struct VenueCandidate: Sendable {
    public var name: Located<String>
    public var available: Bool?
    public var capacity: Located<Int>?
    public var rent: Located<Decimal>?
    public var transport: String?
    /// The score as written.
    public var score: Located<Decimal>?
    /// Criterion → score, from columns the plan weighs (`weights:` in T5 front matter).
    public var criteria: [String: Decimal] = [:]
    public var chosen: Located<Bool>?
    public var location: SourceLocation

    public init(name: Located<String>, location: SourceLocation) {
        self.name = name
        self.location = location
    }

    public var isChosen: Bool { chosen?.value == true }
}

/// T5 場地合約: the booking contract's facts.
public struct VenueContract: Sendable {
    public var deposit: Located<Decimal>?
    public var depositDue: Located<PlanDate>?
    public var balance: Located<Decimal>?
    /// The balance's terms as written (`活動後 14 天內`).
    public var balanceTerms: String?
    public var balanceDue: PlanDate?
    public var loadIn: Located<PlanMoment>?
    public var teardown: Located<PlanMoment>?
    public var cancellation: String?
    public var overtime: String?
    /// Rows the contract table had that evplan does not read, kept as written.
    public var other: [ExtraCell] = []
    public var location: SourceLocation

    public init(location: SourceLocation) { self.location = location }
}

/// T5 保險: one policy.
public struct InsurancePolicy: Sendable {
    public var kind: Located<String>
    public var insurer: String?
    public var period: Located<DateRange>?
    public var perPerson: Located<Decimal>?
    public var perAccident: Located<Decimal>?
    public var property: Located<Decimal>?
    public var aggregate: Located<Decimal>?
    public var location: SourceLocation

    public init(kind: Located<String>, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The minimum amounts public-liability insurance must carry.
///
/// The default is 臺北市大型群眾活動安全管理自治條例 (2011, §6; the 臺北市政府 notice 「大型群眾活動投保公共意外責任險
/// 最低保險金額」): per person bodily injury NT$3,000,000, per accident bodily injury NT$15,000,000, per accident
/// property NT$2,000,000, aggregate in the period NT$34,000,000. 臺中市大型群眾活動安全管理自治條例 sets the same
/// figures. A plan sets its own with `insurance_minimum:` in event.md.
public struct InsuranceMinimum: Sendable, Hashable {
    public var perPerson: Decimal = 3_000_000
    public var perAccident: Decimal = 15_000_000
    public var property: Decimal = 2_000_000
    public var aggregate: Decimal = 34_000_000
    /// Where the figures come from, for messages.
    public var source = "臺北市大型群眾活動安全管理自治條例"

    public init() {}
}

/// Everything T5 holds beyond the sites and rooms.
public struct VenueDeal: Sendable {
    public var candidates: [VenueCandidate] = []
    /// Criterion → weight, from `weights:` in T5 front matter.
    public var weights: [(criterion: String, weight: Decimal)] = []
    public var contract: VenueContract?
    public var insurance: [InsurancePolicy] = []
    /// The planner's own requirements (a 場地需求 table), as written.
    public var requirements: [ExtraCell] = []

    public init() {}

    public var isEmpty: Bool { candidates.isEmpty && contract == nil && insurance.isEmpty && requirements.isEmpty }

    /// A candidate's weighted score when the plan gives weights and the candidate scores on them.
    public func weightedScore(_ candidate: VenueCandidate) -> Decimal? {
        let scored = weights.filter { candidate.criteria[$0.criterion] != nil }
        let total = scored.reduce(Decimal(0)) { $0 + $1.weight }
        guard !scored.isEmpty, total > 0 else { return nil }
        let sum = scored.reduce(Decimal(0)) { $0 + $1.weight * candidate.criteria[$1.criterion]! }
        return sum / total
    }
}

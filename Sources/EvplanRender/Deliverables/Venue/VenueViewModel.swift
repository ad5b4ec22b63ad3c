import EvplanModel
import Foundation
import Mustache

/// venue.html.
struct VenueViewModel: TemplateValue {
    struct Fact: TemplateValue {
        let label: String
        let value: String
    }

    struct DayNeed: TemplateValue {
        let day: String
        let peak: String
        let roomsAtOnce: String
        let rooms: String
    }

    struct Candidate: TemplateValue {
        let name: String
        let available: String
        let capacity: String
        let rent: String
        let transport: String
        let criteria: [String]
        let weighted: String
        let score: String
        let chosen: Bool
    }

    struct Site: TemplateValue {
        let name: String
        let address: String
        let hours: String
        let dates: String
    }

    struct Policy: TemplateValue {
        let kind: String
        let insurer: String
        let period: String
        let perPerson: String
        let perAccident: String
        let property: String
        let aggregate: String
    }

    let page: PageChrome
    let l: [String: String]
    let hasContent: Bool
    let needs: [Fact]
    let days: [DayNeed]
    let own: [Fact]
    let hasOwn: Bool
    let sites: [Site]
    let criteria: [String]
    let weightsText: String
    let hasWeights: Bool
    let candidates: [Candidate]
    let hasCandidates: Bool
    let contract: [Fact]
    let hasContract: Bool
    let policies: [Policy]
    let hasPolicies: Bool
    let minimumNote: String

    init(_ context: RenderContext) {
        let plan = context.plan
        let deal = plan.venueDeal
        page = context.chrome(for: VenuePage())
        l = context.labels
        hasContent = plan.venue != nil || !deal.isEmpty

        let requirements = VenueRequirements(plan)
        var needs: [Fact] = []
        if let attendance = plan.event?.expectedAttendance?.value { needs.append(Fact(label: context.label("venue_expected"), value: context.counted("people", attendance))) }
        needs.append(Fact(label: context.label("venue_peak"), value: context.counted("people", requirements.peakPeople)))
        for related in plan.event?.relatedDates ?? [] {
            needs.append(Fact(label: context.label("venue_related_days"), value: context.dates.range(related.range.value) + (related.purpose.map { "（\($0)）" } ?? "")))
        }
        self.needs = needs
        days = requirements.days.map { day in
            DayNeed(day: day.date.map { context.dates.day($0) } ?? day.title, peak: context.counted("people", day.peakAudience),
                    roomsAtOnce: "\(day.roomsAtOnce)",
                    rooms: day.rooms.map { room in room.name + (room.layout.map { "（\($0)）" } ?? "") }.joined(separator: "、"))
        }
        own = deal.requirements.map { Fact(label: $0.header, value: $0.value) }
        hasOwn = !own.isEmpty

        let siteList = plan.sites.isEmpty ? [plan.venue].compactMap { $0 } : plan.sites
        sites = siteList.map { site in
            Site(name: site.name?.value ?? "", address: site.address ?? "", hours: site.hours.map { $0.value.description } ?? "",
                 dates: site.availableDates.map { context.dates.range($0.value) }.joined(separator: "、"))
        }

        criteria = deal.weights.map(\.criterion)
        weightsText = deal.weights.map { "\($0.criterion) \(DecimalText.grouped($0.weight))" }.joined(separator: "、")
        hasWeights = !deal.weights.isEmpty
        let yes = context.language == .zhTW ? "是" : "yes", no = context.language == .zhTW ? "否" : "no"
        candidates = deal.candidates.map { candidate in
            Candidate(name: candidate.name.value, available: candidate.available.map { $0 ? yes : no } ?? "",
                      capacity: candidate.capacity.map { DecimalText.grouped(Decimal($0.value)) } ?? "",
                      rent: candidate.rent.map { context.money.format($0.value) } ?? "", transport: candidate.transport ?? "",
                      criteria: deal.weights.map { candidate.criteria[$0.criterion].map { DecimalText.grouped($0) } ?? "—" },
                      weighted: deal.weightedScore(candidate).map { DecimalText.grouped($0, maximumFraction: 1) } ?? "",
                      score: candidate.score.map { DecimalText.grouped($0.value) } ?? "", chosen: candidate.isChosen)
        }
        hasCandidates = !candidates.isEmpty

        var contract: [Fact] = []
        if let terms = deal.contract {
            func add(_ key: String, _ value: String?) { if let value, !value.isEmpty { contract.append(Fact(label: context.label(key), value: value)) } }
            add("venue_deposit", [terms.deposit.map { context.money.format($0.value) }, terms.depositDue.map { context.dates.day($0.value) }].compactMap { $0 }.joined(separator: "，"))
            add("venue_balance", [terms.balance.map { context.money.format($0.value) }, terms.balanceTerms].compactMap { $0 }.joined(separator: "，"))
            add("venue_load_in", terms.loadIn.map { "\(context.dates.day($0.value.date)) \($0.value.time)" })
            add("venue_teardown", terms.teardown.map { "\(context.dates.day($0.value.date)) \($0.value.time)" })
            add("venue_cancellation", terms.cancellation)
            add("venue_overtime", terms.overtime)
            contract += terms.other.map { Fact(label: $0.header, value: $0.value) }
        }
        self.contract = contract
        hasContract = !contract.isEmpty

        func money(_ amount: Located<Decimal>?) -> String { amount.map { context.money.format($0.value) } ?? "" }
        policies = deal.insurance.map { policy in
            Policy(kind: policy.kind.value, insurer: policy.insurer ?? "", period: policy.period.map { context.dates.range($0.value) } ?? "",
                   perPerson: money(policy.perPerson), perAccident: money(policy.perAccident), property: money(policy.property), aggregate: money(policy.aggregate))
        }
        hasPolicies = !policies.isEmpty
        let minimum = plan.event?.insuranceMinimum ?? InsuranceMinimum()
        minimumNote = context.label("venue_minimum").replacingOccurrences(of: "{source}", with:
            "\(minimum.source)：\(context.money.format(minimum.perPerson)) / \(context.money.format(minimum.perAccident)) / \(context.money.format(minimum.property)) / \(context.money.format(minimum.aggregate))")
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class RuleCatalogueTests: XCTestCase {
    private let expected: [String: Severity] = [
        "budget.amount-mismatch": .error, "budget.total-mismatch": .error, "budget.over-cap": .error, "budget.deficit": .warning,
        "venue.over-capacity": .error, "venue.room-over-capacity": .error, "venue.unknown-room": .error, "venue.area-capacity": .warning,
        "agenda.room-overlap": .error, "agenda.speaker-overlap": .error, "agenda.end-before-start": .error,
        "agenda.outside-event-dates": .error, "agenda.outside-venue-hours": .error, "agenda.no-break": .warning,
        "venue.unavailable-dates": .error,
        "schedule.duplicate-id": .error, "schedule.unknown-dependency": .error, "schedule.dependency-cycle": .error,
        "schedule.starts-before-dependency": .error, "schedule.missing-owner": .warning, "schedule.after-event": .error,
        "schedule.deadline-missed": .error, "schedule.non-working-day": .warning, "schedule.behind": .warning,
        "schedule.owner-overload": .warning, "schedule.unofficial-calendar": .info, "schedule.duration-mismatch": .warning,
        "press.missing-part": .error,
        "marketing.cost-mismatch": .warning, "marketing.after-event": .warning, "marketing.price-mismatch": .warning,
        "budget.funding-summary-mismatch": .warning,
        "budget.funding-mismatch": .warning, "budget.subsidised-surplus": .warning, "press.dateline-mismatch": .warning,
        "supplier.invalid-tax-id": .error, "quote.chosen-mismatch": .warning, "quote.too-few": .info, "payment.after-deadline": .warning,
        "runsheet.outside-hours": .warning, "staff.double-booked": .warning, "risk.owner-unknown": .warning,
        "venue.chosen-mismatch": .warning, "venue.requirement-unmet": .warning, "venue.contract-outside-availability": .error,
        "insurance.period-gap": .error, "insurance.below-minimum": .warning,
        "registration.over-quota": .error, "registration.income-mismatch": .warning, "registration.over-capacity": .warning,
        "registration.unknown-ticket": .warning, "registration.catering-count": .info, "registration.check-in-outside-event": .warning, "supplies.short": .warning,
    ]

    func testEveryRuleHasItsIdAndSeverity() {
        let rules = Dictionary(uniqueKeysWithValues: RuleCatalogue.rules.map { ($0.descriptor.id, $0.descriptor.defaultSeverity) })
        XCTAssertEqual(rules, expected)
    }

    func testDescriptorsListFormatAndCheckRulesSortedById() {
        let ids = RuleCatalogue.descriptors.map(\.id)
        XCTAssertEqual(ids, ids.sorted())
        XCTAssertEqual(Set(ids), Set(expected.keys).union(FormatRules.all.map(\.id)))
        XCTAssertEqual(ids.count, Set(ids).count, "ids are unique")
        XCTAssertEqual(RuleCatalogue.descriptor(id: "agenda.no-break")?.defaultSeverity, .warning)
        XCTAssertEqual(RuleCatalogue.descriptor(id: "format.encoding")?.id, "format.encoding")
        XCTAssertNil(RuleCatalogue.descriptor(id: "agenda.nope"))
    }

    func testDescriptorsCiteTheStandardAndSpeakBothLanguages() {
        let code = try? NSRegularExpression(pattern: "^[KSPO][0-9]+(\\.[0-9]+)*$")
        for rule in RuleCatalogue.rules {
            let descriptor = rule.descriptor
            XCTAssertTrue(TaskCode(rawValue: descriptor.task.rawValue) != nil, descriptor.id)
            XCTAssertFalse(descriptor.competency.isEmpty, descriptor.id)
            for competency in descriptor.competency {
                let range = NSRange(competency.startIndex..., in: competency)
                XCTAssertNotNil(code?.firstMatch(in: competency, range: range), "\(descriptor.id): \(competency)")
            }
            for text in [descriptor.summary.zhTW, descriptor.summary.en, descriptor.hint.zhTW, descriptor.hint.en] {
                XCTAssertFalse(text.isEmpty, descriptor.id)
            }
        }
    }
}

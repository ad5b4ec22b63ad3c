import Evplan
import EvplanModel
import Foundation
import XCTest

/// The T5/T6 rules on a plan written as planners write it (Fixtures/plans/race-zh: a one-day race with a packet-pickup
/// day, contractors, quotes, a run sheet, staff, risks, a venue contract and insurance). The plan as written checks
/// clean; each test plants one mistake and expects exactly its diagnostic at its cell.
final class OperationsRulesTests: XCTestCase {
    static let fixture = "Tests/EvplanTests/Fixtures/plans/race-zh"

    private func files() throws -> [String: String] {
        let folder = EvplanBinary.repositoryRoot.appendingPathComponent(Self.fixture)
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The fixture with `old` replaced by `new` (which carries the markers) in `file`.
    private func planted(_ edits: [(file: String, old: String, new: String)]) throws -> MarkedPlan {
        var files = try files()
        for edit in edits {
            let text = try XCTUnwrap(files[edit.file])
            XCTAssertTrue(text.contains(edit.old), "fixture lacks “\(edit.old)”")
            files[edit.file] = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        return try MarkedPlan(self, files: files)
    }

    func testThePlanAsWrittenChecksCleanAndItsTablesAreRecords() throws {
        let result = try planted([]).assertDiagnostics([:])
        let plan = result.plan
        XCTAssertEqual(plan.operations.contractors.count, 3)
        XCTAssertEqual(plan.operations.quotes.first?.chosenOffer?.supplier, "廠商甲")
        XCTAssertEqual(plan.operations.runSheet.first?.date?.value, PlanDate(year: 2027, month: 10, day: 16))
        XCTAssertEqual(plan.operations.risks.first?.impact?.value, 3)
        XCTAssertEqual(plan.operations.contractors.first?.milestones.map(\.percent), [30, 70])
        XCTAssertEqual(plan.operations.contractors.first?.milestones.last?.due, PlanDate(year: 2027, month: 11, day: 16))
        XCTAssertEqual(plan.venueDeal.contract?.loadIn?.value, PlanMoment(date: PlanDate(year: 2027, month: 10, day: 16)!, time: TimeOfDay(hour: 13, minute: 0)!))
        XCTAssertEqual(plan.venueDeal.contract?.deposit?.value, 20_000)
        XCTAssertEqual(plan.venueDeal.insurance.first?.perAccident?.value, 15_000_000)
        XCTAssertEqual(plan.team.map(\.name.value), ["陳冠廷", "林雅婷", "黃柏翰", "吳佳穎", "蔡明宏"])
        XCTAssertEqual(plan.event?.relatedDates.first?.purpose, "物資領取、進場佈置")
        // No T5/T6 table is left as prose.
        XCTAssertFalse(result.diagnostics.contains { $0.rule.id == "format.prose-table" })
    }

    func testFivePlantedMistakesAreReportedExactlyAtTheirRows() throws {
        try planted([
            ("T6-operations.md", "| 大吉舞台工程 | 12345675 |", "| 大吉舞台工程 | ⟨tax⟩12345678 |"),
            ("T5-venue.md", "| 2027-10-16 ~ 2027-10-17 | 300萬", "| ⟨insurance⟩2027-10-16 ~ 2027-10-16 | 300萬"),
            ("T6-operations.md", "| 吳佳穎 | 寄物與成績查詢 |", "| ⟨twice⟩陳冠廷 | 賽道巡查 | 10/17 | 06:00-07:00 | 綠川賽道 |\n| 吳佳穎 | 寄物與成績查詢 |"),
            ("T6-operations.md", "預備 10 名機動志工 | 林雅婷 |", "預備 10 名機動志工 | ⟨owner⟩王志強 |"),
            ("T6-operations.md", "| 舞台音響 | 280,000 |", "| 舞台音響 | ⟨quote⟩265,000 |"),
        ]).assertDiagnostics([
            "tax": ["supplier.invalid-tax-id"], "insurance": ["insurance.period-gap"], "twice": ["staff.double-booked"],
            "owner": ["risk.owner-unknown"], "quote": ["quote.chosen-mismatch"],
        ])
    }

    func testAContractThatIsNotWhatT3BudgetsIsReportedNamingTheSupplierColumn() throws {
        let result = try planted([
            ("T6-operations.md", "| 04-2222-1234 | 180,000 |", "| 04-2222-1234 | ⟨amount⟩180,000 |"),
            ("T3-budget.md", "| 晶片計時 | 賽務 | 180,000 |", "| 晶片計時 | 賽務 | 150,000 |"),
            ("T3-budget.md", "| 合計 | | 538,000 |", "| 合計 | | 508,000 |"),
            ("T6-operations.md", "| 晶片計時 | 180,000 |", "| 晶片計時 | ⟨quote⟩180,000 |"),
        ]).assertDiagnostics(["amount": ["quote.chosen-mismatch"]])
        XCTAssertTrue(result.diagnostics.contains { $0.message.en.contains("linked by T3's supplier column") })
    }

    func testFewerThanThreeQuotesIsANote() throws {
        try planted([("T6-operations.md", "| 晶片計時 | 180,000 | 165,000 | 198,000 |", "| ⟨item⟩晶片計時 | 180,000 | 165,000 | |")])
            .assertDiagnostics(["item": ["quote.too-few"]])
    }

    func testRunSheetWorkOutsideTheContractOrTheHoursIsReported() throws {
        try planted([
            ("T6-operations.md", "| 10/16 | 13:00-18:00 |", "| 10/16 | ⟨early⟩10:00-18:00 |"),
            ("T6-operations.md", "| 10/17 | 09:45-12:00 |", "| 10/17 | ⟨late⟩09:45-13:00 |"),
        ]).assertDiagnostics(["early": ["runsheet.outside-hours"], "late": ["runsheet.outside-hours"]])
    }

    func testADepositDueAfterTheEventIsReported() throws {
        try planted([("T5-venue.md", "| 訂金 | 20,000，2027-08-31 前 |", "| 訂金 | ⟨deposit⟩20,000，2027-10-20 前 |")])
            .assertDiagnostics(["deposit": ["payment.after-deadline"]])
        try planted([("T6-operations.md", "| 活動後 15 天 |", "| ⟨terms⟩簽約 2027-10-20 前 |")])
            .assertDiagnostics(["terms": ["payment.after-deadline"]])
    }

    func testTheChosenCandidateMustBeThePlansVenueAndHoldItsPeak() throws {
        try planted([
            ("T5-venue.md", "| 綠川水岸起終點區 | 是 | 2,000 | 0 | 臺中車站步行 5 分鐘 | 85 | 95 | ✓ |", "| ⟨other⟩綠川水岸起終點區 | 是 | 2,000 | 0 | 臺中車站步行 5 分鐘 | 85 | 95 | |"),
            ("T5-venue.md", "| 捷運文心森林公園站 | 90 | 75 | |", "| 捷運文心森林公園站 | 90 | 75 | ✓ |"),
            ("T5-venue.md", "| 文心森林公園 |", "| ⟨chosen⟩文心森林公園 |"),
        ]).assertDiagnostics(["chosen": ["venue.chosen-mismatch"]])
        try planted([("T5-venue.md", "| 是 | 2,000 | 0 | 臺中車站", "| 是 | ⟨small⟩1,000 | 0 | 臺中車站")])
            .assertDiagnostics(["small": ["venue.requirement-unmet"]])
    }

    func testAContractDayTheVenueIsNotAvailableIsReported() throws {
        try planted([
            ("T5-venue.md", "available: 2027-10-16 ~ 2027-10-17", "available: 2027-10-17"),
            ("T5-venue.md", "| 進場 | 2027-10-16 13:00 |", "| 進場 | ⟨loadin⟩2027-10-16 13:00 |"),
        ])
            .assertDiagnostics(["loadin": ["venue.contract-outside-availability"]])
    }

    func testCoverBelowTheCitedMinimumIsReportedAndEventMdMayLowerIt() throws {
        try planted([("T5-venue.md", "| 300萬 | 1,500萬 |", "| ⟨person⟩200萬 | 1,500萬 |")])
            .assertDiagnostics(["person": ["insurance.below-minimum"]])
        try planted([
            ("T5-venue.md", "| 300萬 | 1,500萬 |", "| 200萬 | 1,500萬 |"),
            ("event.md", "budget: 1,800,000\n", "budget: 1,800,000\ninsurance_minimum:\n  per_person: 200萬\n"),
        ]).assertDiagnostics([:])
    }
}

/// Several T5 files are several sites, each with its own hours; related days are event days for the agenda.
final class SitesTests: XCTestCase {
    func testEachSessionIsCheckedAgainstItsOwnSitesHoursAndRelatedDaysAreEventDays() throws {
        let event = "---\nname: 城市路跑\ndates: 2027-10-17\nrelated_dates:\n  2027-10-16: 物資領取\nattendees: 500\n---\n# 城市路跑\n"
        let expo = "---\ntask: T5\nvenue: 世貿一館\nhours: 10:00-20:00\n---\n## 場地空間\n\n| 空間 | 容納人數 |\n|---|---:|\n| 領物區 | 800 |\n"
        let course = "---\ntask: T5\nvenue: 市府廣場\nhours: 05:00-12:00\n---\n## 場地空間\n\n| 空間 | 容納人數 |\n|---|---:|\n| 起終點 | 3000 |\n"
        let agenda = """
        ---
        task: T4
        ---
        ## 領物日 2027-10-16

        | 時間 | 議程 | 場地 | 人數 |
        |---|---|---|---:|
        | 10:00-20:00 | 物資領取 | 領物區 | 500 |

        ## 比賽日 2027-10-17

        | 時間 | 議程 | 場地 | 人數 |
        |---|---|---|---:|
        | 06:00-09:00 | 10 公里 | 起終點 | 500 |
        | ⟨late⟩11:00-13:00 | 收尾 | 起終點 | 50 |
        """
        let result = try MarkedPlan(self, files: ["event.md": event, "T5-expo.md": expo, "T5-course.md": course, "T4-agenda.md": agenda])
            .assertDiagnostics(["late": ["agenda.outside-venue-hours"]], ignoring: ["agenda.no-break"])
        // Files are read in name order: T5-course.md, then T5-expo.md.
        XCTAssertEqual(result.plan.sites.map { $0.name?.value ?? "" }, ["市府廣場", "世貿一館"])
    }
}

/// 統一編號: the Ministry of Finance check (weights 1 2 1 2 1 2 4 1, digit sums, divisible by 5 since 2023).
final class TaxIDTests: XCTestCase {
    func testValidNumbersPass() {
        for number in ["12345675", "04595257", "22099131", "０４５９５２５７"] { XCTAssertNil(TaxID.problem(number), number) }
    }

    func testTheSeventhDigitSevenCountsEitherWay() {
        // 7 × 4 = 28 → 10 → 1; the sum with 1 is 31, with 0 it is 30.
        XCTAssertNil(TaxID.problem("75583674"))
        XCTAssertEqual(TaxID.problem("75583675"), .checkDigit(sum: 31))
    }

    func testThe2023RuleAcceptsSumsDivisibleByFiveOnly() {
        XCTAssertNil(TaxID.problem("60717355"))
        XCTAssertNotNil(TaxID.problem("60717355", divisor: 10))
    }

    func testWrongNumbersAndShapesAreReported() {
        // The 7th digit is 7: the lower of the two sums (33 with 28 → 1, 32 with 28 → 0) is reported.
        XCTAssertEqual(TaxID.problem("12345678"), .checkDigit(sum: 32))
        XCTAssertEqual(TaxID.problem("12345664"), .checkDigit(sum: 34))
        XCTAssertEqual(TaxID.problem("1234567"), .notEightDigits)
        XCTAssertEqual(TaxID.problem("1234 5675"), .notEightDigits)
        XCTAssertEqual(TaxID.problem("A2345675"), .notEightDigits)
    }
}

/// Withholding on speakers' fees (各類所得扣繳率標準, 二代健保補充保費).
final class WithholdingTests: XCTestCase {
    func testResidentsAboveTwentyThousandAreWithheldTenPercentAndThePremium() {
        let fee = Withholding(gross: 25_000, nonResident: false, rates: WithholdingRates())
        XCTAssertEqual(fee.tax, 2_500)
        XCTAssertEqual(fee.healthPremium, 528)
        XCTAssertEqual(fee.net, 21_972)
    }

    func testExactlyTwentyThousandCarriesThePremiumButNoTax() {
        let fee = Withholding(gross: 20_000, nonResident: false, rates: WithholdingRates())
        XCTAssertEqual(fee.tax, 0)
        XCTAssertEqual(fee.healthPremium, 422)
    }

    func testNonResidentsAreWithheldTwentyPercentWhateverTheAmount() {
        let fee = Withholding(gross: 5_000, nonResident: true, rates: WithholdingRates())
        XCTAssertEqual(fee.tax, 1_000)
        XCTAssertEqual(fee.healthPremium, 0)
    }
}

import Evplan
import EvplanCheck
import EvplanModel
import Foundation
import XCTest

/// Each registration rule on a plan written as planners write it, with a KKTIX-style export beside it.
final class RegistrationRulesTests: XCTestCase {
    /// A KKTIX attendee export (its own headers) with the given ticket types, one row each, all paid.
    static func export(_ types: [String], price: String = "1290.0") -> String {
        var lines = ["Id,訂單編號,報名序號,檢查碼,票種,票券付款狀態,QR Code 序號,票面價格,聯絡人 姓名,聯絡人 Email,聯絡人 手機"]
        for (index, type) in types.enumerated() {
            lines.append("\(index + 1),\(9000 + index),\(index + 1),C\(index),\(type),paid,qr-\(index + 1),\(price),王小\(index),p\(index)@example.org,09123456\(String(format: "%02d", index % 100))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let tickets = """
    # 報到

    ## 票種
    | 票種 | 票價 | 名額 |
    |---|---:|---:|
    | 早鳥票 | 1,290 | ⟨quota⟩2 |

    """

    private let registrationRules: Set<String> = ["registration.over-quota", "registration.income-mismatch", "registration.over-capacity",
                                                  "registration.unknown-ticket", "registration.catering-count", "supplies.short",
                                                  "registration.check-in-outside-event"]

    private func assertRegistration(_ files: [String: String], _ expected: [String: [String]], file: StaticString = #filePath, line: UInt = #line) throws {
        let plan = try MarkedPlan(self, files: files)
        let ignoring = Set(RuleCatalogueIDs.all).subtracting(registrationRules)
        plan.assertDiagnostics(expected, ignoring: ignoring, file: file, line: line)
    }

    func testOverQuotaIsAnErrorAtTheQuotaCell() throws {
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets,
                                "T8-kktix.csv": Self.export(["早鳥票", "早鳥票", "早鳥票"])],
                               ["quota": ["registration.over-quota"]])
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets,
                                "T8-kktix.csv": Self.export(["早鳥票", "早鳥票"])], [:])
    }

    func testCancelledTicketsDoNotCountAgainstTheQuota() throws {
        let export = Self.export(["早鳥票", "早鳥票", "早鳥票"]).replacingOccurrences(of: "早鳥票,paid,qr-3", with: "早鳥票,cancelled,qr-3")
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "attendees.csv": export], [:])
    }

    func testIncomeMismatchIsAWarningAtTheFirstTicketIncomeLine() throws {
        let budget = """
        ## 收入
        | 項目 | 類別 | 單價 | 數量 | 小計 |
        |---|---|---:|---:|---:|
        | 早鳥票收入 | 票券 | 1,290 | 2 | ⟨income⟩2,580 |
        | 企業贊助 | 贊助 | 50,000 | 1 | 50,000 |
        """
        let result = try MarkedPlan(self, files: ["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "T3-budget.md": budget,
                                                  "attendees.csv": Self.export(["早鳥票"])])
            .assertDiagnostics(["income": ["registration.income-mismatch"]], ignoring: Set(RuleCatalogueIDs.all).subtracting(registrationRules))
        let message = try XCTUnwrap(result.diagnostics.first { $0.rule.id == "registration.income-mismatch" }?.message)
        XCTAssertEqual(message.en, "1 tickets sold come to 1,290 at their prices; T3's ticket income is 2,580 (1,290 more)")
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "T3-budget.md": budget,
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"])], [:])
    }

    func testRegistrationsAboveTheVenueOrAPlenaryRoomAreReported() throws {
        let venue = """
        ---
        capacity: ⟨venue⟩2
        ---
        # 場地

        ## 場地空間
        | 空間 | 容納人數 |
        |---|---:|
        | 國際廳 | 2 |
        | 會議室A | 5 |
        """
        let agenda = """
        ## 第一天 2027-03-12
        | 時間 | 議程 | 場地 |
        |---|---|---|
        | 09:00-10:00 | 開幕 | ⟨plenary⟩國際廳 |
        | 10:00-11:00 | 分場一 | 國際廳 |
        | 10:00-11:00 | 分場二 | 會議室A |
        """
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "T5-venue.md": venue, "T4-day1.md": agenda,
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"]) + "3,9003,3,C3,早鳥票,paid,qr-3,1290.0,李四,l@example.org,0911222333\n"],
                               ["venue": ["registration.over-capacity"], "plenary": ["registration.over-capacity"], "quota": ["registration.over-quota"]])
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "T5-venue.md": venue, "T4-day1.md": agenda,
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"])], [:])
    }

    func testATicketTypeT8DoesNotDefineIsReportedAtItsFirstCellWithASuggestion() throws {
        let plan = try MarkedPlan(self, files: ["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets,
                                                "attendees.csv": Self.export(["早鳥票", "早鳥卷", "早鳥卷"])])
        let found = Pipeline.check(folder: plan.folder.path).diagnostics.filter { $0.rule.id == "registration.unknown-ticket" }
        XCTAssertEqual(found.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column)" }, ["attendees.csv:3:5"])
        XCTAssertEqual(found.first?.message.zhTW, "票種「早鳥卷」（2 張）不在 T8 的票種表裡；是「早鳥票」嗎？")
        try assertRegistration(["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "attendees.csv": Self.export(["早鳥票"])], [:])
    }

    func testDeskSuppliesFewerThanAttendeesPlusStaffAreShort() throws {
        let event = MarkedPlan.event.replacingOccurrences(of: "attendees: 100", with: "attendees: 100\nstaff: 3")
        let supplies = Self.tickets + """
        ## 物資 Desk supplies
        | 物品 | 數量 | 備註 |
        |---|---:|---|
        | 名牌 | ⟨badges⟩4 | 報名人數 + 工作人員 |
        | 簽字筆 | 2 | |
        | 活動手冊 | 5 | |
        """
        try assertRegistration(["event.md": event, "T8-registration.md": supplies, "attendees.csv": Self.export(["早鳥票", "早鳥票"])],
                               ["badges": ["supplies.short"]])
        // Without an export, the expected attendance counts: 100 + 3 staff.
        let plan = try MarkedPlan(self, files: ["event.md": event, "T8-registration.md": supplies])
        XCTAssertEqual(Pipeline.check(folder: plan.folder.path).diagnostics.filter { $0.rule.id == "supplies.short" }.count, 2)
        try assertRegistration(["event.md": event, "T8-registration.md": supplies.replacingOccurrences(of: "⟨badges⟩4", with: "⟨badges⟩5"),
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"])], [:])
    }

    func testMealsPerHeadFewerThanRegistrationsPlusStaffAreNoted() throws {
        let event = MarkedPlan.event.replacingOccurrences(of: "attendees: 100", with: "attendees: 100\nstaff: 1")
        let budget = """
        ## 支出
        | 項目 | 類別 | 單價 | 數量 | 單位 |
        |---|---|---:|---:|---|
        | 午餐便當 | 餐飲 | 100 | ⟨meals⟩2 | 份 |
        | 場地 | 場地 | 1000 | 1 | 天 |
        """
        try assertRegistration(["event.md": event, "T8-registration.md": Self.tickets, "T3-budget.md": budget,
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"])], ["meals": ["registration.catering-count"]])
        try assertRegistration(["event.md": event, "T8-registration.md": Self.tickets, "T3-budget.md": budget.replacingOccurrences(of: "⟨meals⟩2", with: "3"),
                                "attendees.csv": Self.export(["早鳥票", "早鳥票"])], [:])
    }

    /// The desk tried out the week before (2027-03-05) left a check-in in its database; the event is 2027-03-12/13.
    func testACheckInBeforeTheEventIsAWarningAtItsRow() throws {
        let header = "票號,QR Code 序號,姓名,票種,票券狀態,報到時間,報到櫃台,報到次數\n"
        let files = ["event.md": MarkedPlan.event, "T8-registration.md": Self.tickets, "T8-kktix.csv": Self.export(["早鳥票", "早鳥票"])]
        let onTheDay = "1,qr-1,王小0,早鳥票,已付款,2027-03-12 09:02:11,A,1\n2,qr-2,王小1,早鳥票,已付款,2027-03-13 17:40:00,A,1\n"
        try assertRegistration(files.merging(["T8-attendance.csv": header + onTheDay]) { $1 }, [:])
        let withTrial = "1,qr-1,王小0,早鳥票,已付款,2027-03-12 09:02:11,A,1\n⟨trial⟩2,qr-2,王小1,早鳥票,已付款,2027-03-05 15:30:00,測試,1\n"
        try assertRegistration(files.merging(["T8-attendance.csv": header + withTrial]) { $1 }, ["trial": ["registration.check-in-outside-event"]])
    }
}

/// Every rule id evplan knows, to ignore all but those a test is about.
enum RuleCatalogueIDs {
    static var all: [String] {
        RuleCatalogue.descriptors.map(\.id)
    }
}

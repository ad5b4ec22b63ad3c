@testable import EvplanParse
import Evplan
import EvplanModel
import XCTest

/// The words a plan is read with: unit scales in headers and `單位` lines, event kinds, a plan's own `columns:`, and the
/// tables no kind reads. Each with a plan that reports and one that checks clean.
final class VocabularyTests: XCTestCase {
    func testAnAmountColumnIn萬元IsScaledAndCheckedAgainstTheCap() throws {
        let over = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 金額（萬元） |\n|---|---:|\n| 場地 | 24 |\n",
        ])
        let result = over.assertDiagnostics(["cap": ["budget.over-cap"]])
        XCTAssertEqual(result.plan.budget.totalExpenses, 240_000)

        let under = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 單價(千元) | 數量 | Amount (NT$ thousands) |\n|---|---:|---:|---:|\n| 場地 | 90 | 2 | 180 |\n",
        ])
        XCTAssertEqual(under.assertDiagnostics([:]).plan.budget.totalExpenses, 180_000)
    }

    func testAUnitLineAboveABudgetTableScalesItsAmounts() throws {
        let over = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "## 支出\n\n單位：新臺幣萬元\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 24 |\n",
        ])
        XCTAssertEqual(over.assertDiagnostics(["cap": ["budget.over-cap"]]).plan.budget.totalExpenses, 240_000)

        let under = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "## 支出\n\n主辦單位：綠色未來協會 (單位:千元)\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 24 |\n| 合計 | 24 |\n",
        ])
        XCTAssertEqual(under.assertDiagnostics([:]).plan.budget.totalExpenses, 24_000)
    }

    func testATableNoKindClaimsIsReportedAsProse() throws {
        let prose = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "⟨empty⟩## 預算說明\n\n⟨1⟩| 項目 | 金額 |\n|---|---:|\n| 場地 | 1,000 |\n",
            "T6-infra.md": "⟨empty6⟩## 設備清單\n\n⟨2⟩| 設備 | 數量 |\n|---|---|\n| 麥克風 | 4 |\n",
        ])
        // The T3 file gave no budget line at all: said so too. An equipment list is no T6 record kind.
        let result = prose.assertDiagnostics(["1": ["format.prose-table"], "2": ["format.prose-table"], "empty": ["format.empty-task"], "empty6": ["format.empty-task"]])
        XCTAssertEqual(result.plan.budget.totalExpenses, 0)
        XCTAssertTrue(result.plan.files.allSatisfy { $0.prose.contains { $0.html.contains("<table>") } }, "prose tables still reach the pages")

        let records = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T3-budget.md": "## 支出\n\n| 項目 | 金額 |\n|---|---:|\n| 場地 | 1,000 |\n",
        ])
        XCTAssertEqual(records.assertDiagnostics([:]).plan.budget.totalExpenses, 1_000)
    }

    func testAFestivalReadsItsOwnWordsForSessions() throws {
        let agenda = "## 2027-03-12\n\n| 時間 | ⟨title⟩節目 | 演出者 | 舞台 |\n|---|---|---|---|\n| 19:00-20:00 | 開場 | 草東 | 主舞台 |\n| 19:30-20:30 | 壓軸 | ⟨1⟩草東 | 河岸舞台 |\n| 20:30-20:45 | 換場 | | 主舞台 |\n"
        let festival = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event.replacingOccurrences(of: "attendees", with: "kind: festival\nattendees"),
            "T4-day1.md": agenda,
        ])
        let result = festival.assertDiagnostics(["1": ["agenda.speaker-overlap"]])
        XCTAssertEqual(result.plan.agenda.sessions.map(\.room?.value), ["主舞台", "河岸舞台", "主舞台"])
        XCTAssertEqual(result.plan.agenda.sessions.map(\.isBreak), [false, false, true], "換場 is a festival's break")

        // A conference does not know 演出者 (no overlap is seen) and takes 節目 for a misspelt 題目.
        let conference = try MarkedPlan(self, files: ["event.md": MarkedPlan.event, "T4-day1.md": agenda])
        XCTAssertEqual(conference.assertDiagnostics(["title": ["format.unknown-column"]]).plan.agenda.sessions.first?.speakers.count, 0)

        let unknown = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event.replacingOccurrences(of: "attendees", with: "kind: ⟨1⟩circus\nattendees"),
        ])
        unknown.assertDiagnostics(["1": ["format.unparsable-value"]])
    }

    func testAPlansOwnColumnNamesComeOnTop() throws {
        let tasks = "## 工作項目\n\n| ID | 工作 | 負責組別 | 開始 | 工期 |\n|---|---|---|---|---:|\n| A1 | 場勘 | 行政組 | 2027-01-04 | 5 |\n| ⟨1⟩A2 | 簽約 | | 2027-01-11 | 5 |\n"
        let mapped = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event.replacingOccurrences(of: "attendees", with: "columns: {負責組別: owner}\nattendees"),
            "T2-project.md": tasks,
        ])
        let result = mapped.assertDiagnostics(["1": ["schedule.missing-owner"]])
        XCTAssertEqual(result.plan.project.tasks.first?.owners.map(\.value), ["行政組"])
        XCTAssertEqual(result.plan.project.extraHeaders, [])

        let filled = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event.replacingOccurrences(of: "attendees", with: "columns:\n  負責組別: tasks.owner\nattendees"),
            "T2-project.md": tasks.replacingOccurrences(of: "| 簽約 | |", with: "| 簽約 | 行政組 |"),
        ])
        filled.assertDiagnostics([:])

        // 經辦人, as government forms name the person in charge, is an owner in every plan.
        let base = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T2-project.md": tasks.replacingOccurrences(of: "負責組別", with: "經辦人"),
        ])
        base.assertDiagnostics(["1": ["schedule.missing-owner"]])

        let wrongKey = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event.replacingOccurrences(of: "attendees", with: "columns: {負責組別: ⟨1⟩boss}\nattendees"),
        ])
        wrongKey.assertDiagnostics(["1": ["format.unparsable-value"]])
    }

    func testTicketTypesAreReadAndStayInTheProse() throws {
        let tickets = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T8-registration.md": "## 票種\n\n| 票種 | 票價 | 張數 |\n|---|---:|---:|\n| 早鳥票 | 1,200 | 100 |\n| 學生票 | ⟨1⟩半價 | 40 |\n",
        ])
        let result = tickets.assertDiagnostics(["1": ["format.unparsable-value"]])
        XCTAssertEqual(result.plan.tickets.map(\.name.value), ["早鳥票", "學生票"])
        XCTAssertEqual(result.plan.tickets.first?.price?.value, 1_200)
        XCTAssertTrue(result.plan.files.first?.prose.contains { $0.html.contains("<table>") } ?? false)

        let clean = try MarkedPlan(self, files: [
            "event.md": MarkedPlan.event,
            "T8-registration.md": "## 報到流程\n\n| Ticket type | Price | Seats |\n|---|---:|---:|\n| Early bird | 1,200 | 100 |\n",
        ])
        XCTAssertEqual(clean.assertDiagnostics([:]).plan.tickets.first?.quantity?.value, 100)
    }
}

/// Header names are normalised scalar by scalar when every scalar is a Character of its own; the answer is the
/// Character-by-Character one.
final class HeaderNormalizeTests: XCTestCase {
    func testTheScalarPathAgreesWithTheCharacterPathOnEveryAliasAndOddHeaders() {
        var texts = Vocabulary.base.columns.values.flatMap { $0.flatMap(\.aliases) }
        texts += ["預算 *（萬元）", "Owner_Name:", "負責人：", "ＡＢＣ 金額", "ｏｗｎｅｒ", "e\u{301}tat", "時間\r\n", "\u{3000}項目", "Café", "ｶﾞ"]
        for text in texts {
            XCTAssertEqual(HeaderText.normalize(text), HeaderText.slowNormalize(text), text.debugDescription)
        }
        XCTAssertNil(HeaderText.normalizeSimple("ＡＢＣ"), "fullwidth capitals lowercase: the Character path reads them")
        XCTAssertEqual(HeaderText.normalizeSimple("Owner_Name:"), "ownername")
    }
}

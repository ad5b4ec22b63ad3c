@testable import EvplanParse
import Foundation
import XCTest

final class MoneyParserValuesTests: XCTestCase {
    private func money(_ text: String) -> Decimal? { MoneyParser.parse(text) }
    private func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    func testPlainAndGroupedAmounts() {
        XCTAssertEqual(money("120,000"), 120_000)
        XCTAssertEqual(money("120000"), 120_000)
        XCTAssertEqual(money("1,500,000"), 1_500_000)
        XCTAssertEqual(money("0"), 0)
        XCTAssertEqual(money("  312,000  "), 312_000)
    }

    func testCurrencyMarks() {
        XCTAssertEqual(money("NT$120,000"), 120_000)
        XCTAssertEqual(money("NT$ 120,000"), 120_000)
        XCTAssertEqual(money("nt$120,000"), 120_000)
        XCTAssertEqual(money("$1,200.50"), decimal("1200.5"))
        XCTAssertEqual(money("TWD 1,000"), 1000)
        XCTAssertEqual(money("NTD1,000"), 1000)
        XCTAssertEqual(money("1,000 TWD"), 1000)
        XCTAssertEqual(money("1,000元"), 1000)
        XCTAssertEqual(money("1,000 元"), 1000)
        XCTAssertEqual(money("新台幣 120,000 元"), 120_000)
        XCTAssertEqual(money("新臺幣120,000元"), 120_000)
        XCTAssertEqual(money("新台幣 12萬元整"), 120_000)
        XCTAssertEqual(money("¥1,200"), 1200)
        XCTAssertEqual(money("￥1,200"), 1200)
        XCTAssertEqual(money("JPY 1,200"), 1200)
        XCTAssertEqual(money("1,200円"), 1200)
    }

    func testChineseMultipliers() {
        XCTAssertEqual(money("12萬"), 120_000)
        XCTAssertEqual(money("1.5萬"), 15_000)
        XCTAssertEqual(money("12萬元"), 120_000)
        XCTAssertEqual(money("12 萬"), 120_000)
        XCTAssertEqual(money("NT$12萬"), 120_000)
        XCTAssertEqual(money("3億"), 300_000_000)
        XCTAssertEqual(money("1億2,000萬"), 120_000_000)
        XCTAssertEqual(money("2.5億元"), 250_000_000)
        XCTAssertEqual(money("5万円"), 50_000)
        XCTAssertEqual(money("1.23456萬"), decimal("12345.6"))
    }

    func testNegativeAmounts() {
        XCTAssertEqual(money("-5,000"), -5000)
        XCTAssertEqual(money("(5,000)"), -5000)
        XCTAssertEqual(money("（5,000）"), -5000)
        XCTAssertEqual(money("-NT$5,000"), -5000)
        XCTAssertEqual(money("NT$-5,000"), -5000)
        XCTAssertEqual(money("−5,000"), -5000, "U+2212 minus sign, as word processors write it")
        XCTAssertEqual(money("+5,000"), 5000)
        XCTAssertNil(money("-(5,000)"))
        XCTAssertNil(money("--5,000"))
        XCTAssertNil(money("-NT$-5,000"))
    }

    func testFullWidthInput() {
        XCTAssertEqual(money("１２０，０００"), 120_000)
        XCTAssertEqual(money("ＮＴ＄１，２００．５０"), decimal("1200.5"))
        XCTAssertEqual(money("\u{3000}１２萬元\u{3000}"), 120_000)
        XCTAssertEqual(money("－５，０００"), -5000)
    }

    /// Amounts as written in tofuconf's published accounts (Japanese, JPY; cells padded with tabs).
    func testTofuconfReportCells() {
        XCTAssertEqual(money("\t14380\t"), 14380)
        XCTAssertEqual(money("\t-2400\t"), -2400)
        XCTAssertEqual(money("\t43600 "), 43600)
        XCTAssertNil(money("500（過剰）"), "a remark in the cell is not part of the amount")
    }

    /// Amounts from Taiwanese school and NGO budgets (tw_public_budget_examples.md).
    func testTaiwaneseBudgetCells() {
        XCTAssertEqual(money("$392,000"), 392_000)
        XCTAssertEqual(money("$673,800"), 673_800)
        XCTAssertEqual(money("$443,000元"), 443_000)
        XCTAssertEqual(money("$20元"), 20)
        XCTAssertEqual(money("812.48"), decimal("812.48"))
        XCTAssertEqual(money("0.55"), decimal("0.55"))
        XCTAssertEqual(money("3.38"), decimal("3.38"))
        XCTAssertNil(money("$400 (每節)"))
        XCTAssertNil(money("(blank)"))
    }

    func testDecimalsAreExact() {
        // 0.1 + 0.2 must be 0.3 exactly: amounts never pass through Double.
        let sum = (money("0.1") ?? 0) + (money("0.2") ?? 0)
        XCTAssertEqual(sum, decimal("0.3"))
        XCTAssertEqual(money("1,234,567.89"), decimal("1234567.89"))
        XCTAssertEqual(money("123456789012345678901234567890"), decimal("123456789012345678901234567890"))
    }

    func testMalformedGrouping() {
        XCTAssertNil(money("12,00,0"))
        XCTAssertNil(money("1,2345"))
        XCTAssertNil(money("1,00"))
        XCTAssertNil(money("12,34,567"), "Indian grouping is not how Taiwanese budgets group digits")
        XCTAssertNil(money(",000"))
        XCTAssertNil(money("1,000,"))
        XCTAssertNil(money("1,,000"))
        XCTAssertNil(money("0,123"))
        XCTAssertNil(money("1 000"))
    }

    func testGarbageIsNotAnAmount() {
        XCTAssertNil(money(""))
        XCTAssertNil(money("   "))
        XCTAssertNil(money("abc"))
        XCTAssertNil(money("1.2.3"))
        XCTAssertNil(money("12萬萬"))
        XCTAssertNil(money("1千"))
        XCTAssertNil(money("12萬5"), "ambiguous: 125,000 or 120,005")
        XCTAssertNil(money("1億12,000萬"))
        XCTAssertNil(money("-"))
        XCTAssertNil(money("—"))
        XCTAssertNil(money("$"))
        XCTAssertNil(money("萬"))
        XCTAssertNil(money("5."))
        XCTAssertNil(money(".5"))
        XCTAssertNil(money("US$100"), "a foreign currency is not silently read as the plan's")
        XCTAssertNil(money("1e5"))
        XCTAssertNil(money("(5,000"))
        XCTAssertNil(money("約 5,000"))
        XCTAssertNil(money("5,000 左右"))
    }

    func testHugeNumbersAreRejectedWithoutTrapping() {
        XCTAssertNil(money(String(repeating: "9", count: 400)))
        XCTAssertNil(money(String(repeating: "9", count: 31)))
        XCTAssertNil(money("1." + String(repeating: "1", count: 400)))
        XCTAssertNil(money("1" + String(repeating: ",000", count: 200)))
        XCTAssertNil(money(String(repeating: "9", count: 400) + "億"))
        XCTAssertEqual(money(String(repeating: "0", count: 400) + "1"), 1, "leading zeros are not significant")
    }
}

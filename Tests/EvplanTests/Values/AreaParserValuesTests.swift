@testable import EvplanParse
import EvplanModel
import Foundation
import XCTest

final class AreaParserValuesTests: XCTestCase {
    func testBareNumberUsesTheColumnsUnit() {
        let inPing = AreaParser.parse("45", defaultUnit: .ping)
        XCTAssertEqual(inPing?.unit, .ping)
        XCTAssertEqual(inPing?.squareMeters, Decimal(45 * 400) / 121)
        let inSquareMeters = AreaParser.parse("150", defaultUnit: .squareMeters)
        XCTAssertEqual(inSquareMeters?.unit, .squareMeters)
        XCTAssertEqual(inSquareMeters?.squareMeters, 150)
    }

    func testPing() {
        XCTAssertEqual(AreaParser.parse("45坪", defaultUnit: .squareMeters)?.unit, .ping)
        XCTAssertEqual(AreaParser.parse("45 坪", defaultUnit: .squareMeters)?.squareMeters, Decimal(18_000) / 121)
        XCTAssertEqual(AreaParser.parse("121坪", defaultUnit: .squareMeters)?.squareMeters, 400, "121 坪 is exactly 400 m²")
        XCTAssertEqual(AreaParser.parse("45 ping", defaultUnit: .squareMeters)?.unit, .ping)
        // The same factor as the model's constant, to Decimal's precision.
        let converted = AreaParser.parse("160坪", defaultUnit: .squareMeters)?.squareMeters ?? 0
        let viaModel = 160 * Room.squareMetersPerPing
        XCTAssertLessThan(abs(NSDecimalNumber(decimal: converted - viaModel).doubleValue), 1e-20)
    }

    func testSquareMetres() {
        for text in ["150 m²", "150m²", "150m2", "150 M2", "150 平方公尺", "150平方米", "150㎡", "150 sqm", "150 sq m", "１５０ｍ２"] {
            let area = AreaParser.parse(text, defaultUnit: .ping)
            XCTAssertEqual(area?.unit, .squareMeters, text)
            XCTAssertEqual(area?.squareMeters, 150, text)
        }
        XCTAssertEqual(AreaParser.parse("1,200.5 m²", defaultUnit: .ping)?.squareMeters, Decimal(string: "1200.5"))
    }

    func testMalformedAreas() {
        XCTAssertNil(AreaParser.parse("", defaultUnit: .ping))
        XCTAssertNil(AreaParser.parse("-45坪", defaultUnit: .ping))
        XCTAssertNil(AreaParser.parse("45 sq ft", defaultUnit: .ping), "square feet are not converted silently")
        XCTAssertNil(AreaParser.parse("約45坪", defaultUnit: .ping))
        XCTAssertNil(AreaParser.parse("45坪坪", defaultUnit: .ping))
        XCTAssertNil(AreaParser.parse("10x15", defaultUnit: .squareMeters))
        XCTAssertNil(AreaParser.parse("big", defaultUnit: .ping))
        XCTAssertNil(AreaParser.parse(String(repeating: "9", count: 400), defaultUnit: .ping))
    }
}

import XCTest
@testable import EvplanCheck
import EvplanModel

final class VenueAreaCapacityTests: XCTestCase {
    private let rule = VenueAreaCapacity()

    func testCapacityTooLargeForTheAreaInItsLayoutIsWarnedAtTheCapacity() {
        let venue = PlanBuilder.venue(rooms: [
            PlanBuilder.room("201 會議室", at: 6, capacity: 120, layout: "教室型", squareMetres: "148.76", asWritten: "45 坪"),
        ])
        let diagnostics = PlanBuilder.run(rule, on: PlanBuilder.plan(venue: venue))
        PlanBuilder.assertReports(diagnostics, of: VenueAreaCapacity.descriptor, at: ["T5-venue.md:6:15"])
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        XCTAssertEqual(diagnostics.first?.message.zhTW,
                       "「201 會議室」寫可容納 120 人（教室型），但 45 坪（148.8 m²）以每人約 1.4 m² 計只容得下約 106 人")
        XCTAssertTrue(diagnostics.first?.hint.en.contains("CIC") == true, "the hint cites where the densities come from")
    }

    func testTheDesignExampleRoomsFit() {
        let venue = PlanBuilder.venue(rooms: [
            PlanBuilder.room("國際廳", at: 6, capacity: 400, layout: "劇院式", squareMetres: "528.93", asWritten: "160 坪"),
            PlanBuilder.room("201 會議室", at: 7, capacity: 100, layout: "教室型", squareMetres: "148.76", asWritten: "45 坪"),
            PlanBuilder.room("大廳", at: 8, capacity: 500, layout: "酒會", squareMetres: "396.69", asWritten: "120 坪"),
            PlanBuilder.room("Board Room", at: 9, capacity: 12, layout: "Boardroom", squareMetres: "30"),
            PlanBuilder.room("宴會廳", at: 10, capacity: 200, layout: "Banquet rounds", squareMetres: "200"),
        ])
        XCTAssertEqual(PlanBuilder.run(rule, on: PlanBuilder.plan(venue: venue)), [])
    }

    func testUnknownLayoutIsJudgedAsTheatreAndMissingValuesAreSkipped() {
        let venue = PlanBuilder.venue(rooms: [
            PlanBuilder.room("多功能廳", at: 6, capacity: 300, layout: "彈性", squareMetres: "150"),
            PlanBuilder.room("無面積", at: 7, capacity: 300, layout: "劇院式"),
            PlanBuilder.room("零面積", at: 8, capacity: 300, squareMetres: "0"),
            PlanBuilder.room("U 型室", at: 9, capacity: 30, layout: "U型", squareMetres: "50"),
        ])
        let diagnostics = PlanBuilder.run(rule, on: PlanBuilder.plan(venue: venue))
        PlanBuilder.assertReports(diagnostics, of: VenueAreaCapacity.descriptor, at: ["T5-venue.md:6:15", "T5-venue.md:9:15"])
        XCTAssertEqual(diagnostics.first?.message.en,
                       "“多功能廳” claims 300 people (彈性), but 150 m² at about 0.6 m² a person fits about 250")
    }
}

@testable import EvplanDocument
import XCTest

/// The pre-scan that keeps deeply nested front matter away from Yams's recursion: it must stop the hostile and
/// never the plain (brackets in quotes and comments, long lists, anchors) that planners write.
final class YAMLNestingTests: XCTestCase {
    func testOrdinaryFrontMatterIsNeverRefused() {
        let plain = """
            name: "Forum [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 2027"
            organizer: 'Green {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ Future'
            note: a[1] and b{2}   # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
            base: &base {capacity: 300, rooms: [a, b]}
            copy: *base
            available:
              - 2027-03-11 ~ 2027-03-13
              - [2027-03-20, 2027-03-21]
            rules:
              agenda.no-break: info
            """
        XCTAssertNil(YAMLNesting.firstLine(exceeding: 64, in: plain + "\n" + (0..<5000).map { "  - item \($0)" }.joined(separator: "\n")))
    }

    func testDeepFlowBlockAndCompactNestingAreRefusedAtTheirLine() {
        XCTAssertEqual(YAMLNesting.firstLine(exceeding: 64, in: "name: x\nnotes: " + String(repeating: "[", count: 100)), 2)
        XCTAssertEqual(YAMLNesting.firstLine(exceeding: 64, in: "notes:\n  " + String(repeating: "- ", count: 100) + "x"), 2)
        XCTAssertEqual(YAMLNesting.firstLine(exceeding: 64, in: "a: &x " + String(repeating: "{a: ", count: 100)), 1)
        XCTAssertEqual(YAMLNesting.firstLine(exceeding: 64, in: "a: !tag[ " + String(repeating: "[", count: 100)), 1)
        let indented = (0..<100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        XCTAssertEqual(YAMLNesting.firstLine(exceeding: 64, in: indented), 64)
    }
}

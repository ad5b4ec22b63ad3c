import EvplanModel
import XCTest

/// Files, rules and pages are worked on side by side; what comes back must be in the order a plain `map` gives,
/// or diagnostics and pages would change from run to run.
final class ConcurrentMapTests: XCTestCase {
    func testResultsKeepTheOrderOfTheElementsWhateverTheyCost() {
        // Early elements take longest, so on several threads they finish last.
        let sizes = Array((0..<64).reversed()).map { $0 * 2_000 }
        let results = sizes.concurrentMap { size -> Int in
            (0..<size).reduce(0) { ($0 &+ $1) % 1_000_003 }
        }
        XCTAssertEqual(results, sizes.map { size in (0..<size).reduce(0) { ($0 &+ $1) % 1_000_003 } })
    }

    func testEmptyAndSingleElementArrays() {
        XCTAssertEqual([Int]().concurrentMap { $0 + 1 }, [])
        XCTAssertEqual(["一"].concurrentMap { $0 + "日" }, ["一日"])
    }
}

import Foundation
import XCTest
@testable import EvplanServe

final class FolderWatcherTests: XCTestCase {
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    func testBurstsCountOnceAndBuildOutputAndHiddenFilesNotAtAll() async throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try "a".write(to: folder, "event.md")
        try "x".write(to: folder, "build/index.html")
        let counter = Counter()
        let watcher = FolderWatcher(folder: folder.path, excluding: [folder.appendingPathComponent("build").path],
                                    pollInterval: .milliseconds(50), quietPeriod: .milliseconds(150))
        let watching = Task { await watcher.run { counter.increment() } }
        defer { watching.cancel() }
        // Let the watcher take its first look before anything changes.
        try await Task.sleep(for: .milliseconds(500))

        for text in ["b", "bc", "bcd"] { try text.write(to: folder, "event.md") }
        try "t".write(to: folder, "Templates/budget.mustache")
        try await Task.sleep(for: .milliseconds(1000))
        XCTAssertEqual(counter.value, 1, "one burst of saves, one call")

        try "y".write(to: folder, "build/index.html")
        try "swap".write(to: folder, ".event.md.swp")
        try "backup".write(to: folder, "event.md~")
        try await Task.sleep(for: .milliseconds(500))
        XCTAssertEqual(counter.value, 1, "the build output, hidden and backup files are not edits")

        // Same size, same second: only the nanoseconds of the modification time tell.
        try "u".write(to: folder, "Templates/budget.mustache")
        try await Task.sleep(for: .milliseconds(500))
        XCTAssertEqual(counter.value, 2)
    }
}

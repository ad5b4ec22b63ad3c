import Foundation
import XCTest

/// `evplan watch`: `evplan build` again on every save, without a server.
final class WatchCommandTests: XCTestCase {
    func testWatchRebuildsOnSaveAndKeepsTheOutputWhileThePlanHasErrors() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let output = folder.appendingPathComponent("site")
        let index = output.appendingPathComponent("index.html")
        let watch = try RunningEvplan(["watch", plan.path, "-o", output.path], test: self)
        let readIndex = { (try? String(contentsOf: index, encoding: .utf8)) ?? "" }
        XCTAssertTrue(RunningEvplan.eventually(timeout: 20) { readIndex().contains("Taipei Swift Meetup #42") }, watch.stderr)
        // index.html is written before the build ends and the watcher starts: a save in between would be its baseline.
        XCTAssertTrue(RunningEvplan.eventually(timeout: 20) { watch.stderr.contains("Watching") }, watch.stderr)

        let event = plan.appendingPathComponent("event.md")
        let original = try String(contentsOf: event, encoding: .utf8)
        try original.replacingOccurrences(of: "Taipei Swift Meetup #42", with: "Taipei Swift Meetup #43").write(to: event, atomically: false, encoding: .utf8)
        XCTAssertTrue(RunningEvplan.eventually(timeout: 5) { readIndex().contains("Taipei Swift Meetup #43") }, watch.stderr)

        try original.replacingOccurrences(of: "budget: 30,000", with: "budget: lots").write(to: event, atomically: false, encoding: .utf8)
        XCTAssertTrue(RunningEvplan.eventually(timeout: 5) { watch.stdout.contains("event.md:8:9: error:") }, watch.stdout)
        XCTAssertTrue(watch.stderr.contains("nothing was written"), watch.stderr)
        XCTAssertTrue(readIndex().contains("Taipei Swift Meetup #43"), "a plan with errors leaves the last good output")

        watch.interrupt()
        XCTAssertEqual(watch.waitForExit(timeout: 5), 0)
    }
}

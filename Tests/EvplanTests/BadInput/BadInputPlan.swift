import Foundation
import XCTest

/// A plan folder made at run time for inputs that cannot or should not be committed: other encodings, binary junk,
/// file-system oddities and very large files.
struct BadInputPlan {
    static let event = "---\nname: Bad input\nlang: en\ndates: 2027-03-12 ~ 2027-03-13\nattendees: 100\nbudget: 1,000,000\n---\n# Bad input\n"

    let folder: URL

    /// A fresh plan holding a valid event.md (unless `event` is nil), removed when the test ends.
    init(_ test: XCTestCase, event: String? = BadInputPlan.event) throws {
        folder = try EvplanBinary.temporaryFolder(test).appendingPathComponent("plan")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let event { try write(event, to: "event.md") }
    }

    func write(_ text: String, to name: String) throws {
        try write(Data(text.utf8), to: name)
    }

    func write(_ bytes: Data, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func link(_ name: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: destination)
    }

    /// Checks the plan with the watchdog and asserts the exit status and the exact diagnostics.
    @discardableResult
    func assertCheck(reports expected: [String], status: Int32, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws -> WatchedEvplan.Run {
        let run = try WatchedEvplan.check(folder)
        WatchedEvplan.assertEnded(run, with: [status], label, file: file, line: line)
        if !run.hung && !run.signalled {
            XCTAssertEqual(try run.diagnosticLines(), expected, "\(label): \(run.summary)", file: file, line: line)
        }
        return run
    }

    /// Deterministic bytes that look like nothing: a linear congruential generator, so a failure can be replayed.
    static func junk(count: Int, seed: UInt64, avoiding avoided: Set<UInt8> = []) -> Data {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let byte = UInt8(truncatingIfNeeded: state >> 33)
            if !avoided.contains(byte) { bytes.append(byte) }
        }
        return Data(bytes)
    }

    static func budget(_ rows: String) -> String {
        "---\ntask: T3\n---\n# Budget\n\n## Expenses\n\n| Item | Unit price | Qty | Amount |\n|---|---:|---:|---:|\n" + rows
    }
}

import Foundation
import XCTest

/// Runs the built `evplan` with a watchdog: a run that has not ended after `limit` seconds is killed and counted as
/// a hang, and a run ended by a signal (a trap, a stack overflow) is told apart from one that exited.
enum WatchedEvplan {
    struct Run {
        var status: Int32
        /// Ended by a signal: a crash, or the watchdog's kill.
        var signalled: Bool
        var hung: Bool
        var seconds: Double
        var stdout: String
        var stderr: String

        /// `file:line:column severity rule` of every diagnostic of `--format json` output, in the order printed.
        func diagnosticLines() throws -> [String] {
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any], "not JSON:\n\(stdout.prefix(2000))\n\(stderr.prefix(2000))")
            let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
            return diagnostics.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["rule"]!)" }
        }

        var summary: String {
            "status \(status)\(signalled ? " (signal)" : "")\(hung ? " HUNG" : ""), \(String(format: "%.2f", seconds)) s\n\(stdout.prefix(3000))\n\(stderr.prefix(3000))"
        }
    }

    /// 20 s, times `EVPLAN_WATCHDOG_SCALE` where the sanitizers slow every run down (`make test-asan`, `test-tsan`).
    static let limit: TimeInterval = 20 * (ProcessInfo.processInfo.environment["EVPLAN_WATCHDOG_SCALE"].flatMap(Double.init) ?? 1)

    /// Collects a pipe's bytes on another thread, so that a large report cannot fill the pipe and stall the child.
    private final class PipeReader: @unchecked Sendable {
        private(set) var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = EvplanBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let outReader = PipeReader(out), errReader = PipeReader(err)
        let start = DispatchTime.now()
        try process.run()
        var hung = false
        if ended.wait(timeout: .now() + limit) == .timedOut {
            hung = true
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Run(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, hung: hung, seconds: seconds,
                   stdout: String(decoding: outReader.wait(), as: UTF8.self), stderr: String(decoding: errReader.wait(), as: UTF8.self))
    }

    /// `evplan check --format json .` inside `folder`, so that paths are relative to it.
    static func check(_ folder: URL) throws -> Run {
        try run(["check", "--format", "json", "."], in: folder)
    }

    /// Fails unless the run ended by itself, within the limit, with one of `statuses`.
    static func assertEnded(_ run: Run, with statuses: Set<Int32>, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard !run.hung else {
            XCTFail("\(label): hung (killed after \(Int(limit)) s)", file: file, line: line)
            return
        }
        XCTAssertFalse(run.signalled, "\(label): crashed with signal \(run.status)\n\(run.summary)", file: file, line: line)
        XCTAssertTrue(statuses.contains(run.status), "\(label): expected exit \(statuses.sorted()), got \(run.summary)", file: file, line: line)
    }
}

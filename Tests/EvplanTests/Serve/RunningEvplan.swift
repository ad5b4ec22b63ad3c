import Foundation
import XCTest

/// A long-running `evplan` (serve, watch) started from the built binary, its output collected as it comes.
final class RunningEvplan: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var collectedOut = ""
    private var collectedErr = ""

    /// `fileLimit` starts it with that many file descriptors at most (`ulimit -n`), to see what it does when they run out.
    init(_ arguments: [String], in directory: URL? = nil, fileLimit: Int? = nil, test: XCTestCase) throws {
        if let fileLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", EvplanBinary.url.path] + arguments
        } else {
            process.executableURL = EvplanBinary.url
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
        test.addTeardownBlock { [process] in
            if process.isRunning { process.terminate() }
        }
    }

    var stdout: String { lock.withLock { collectedOut } }
    var stderr: String { lock.withLock { collectedErr } }

    private func append(_ data: Data, error: Bool) {
        let text = String(decoding: data, as: UTF8.self)
        lock.withLock {
            if error { collectedErr += text } else { collectedOut += text }
        }
    }

    /// Polls `condition` every 10 ms until it holds or `timeout` passes.
    @discardableResult
    static func eventually(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return try condition()
    }

    /// The URL `serve` printed once it listens.
    func waitForURL(timeout: TimeInterval = 20) throws -> URL {
        var found: URL?
        Self.eventually(timeout: timeout) {
            guard let range = stderr.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) else { return !process.isRunning }
            found = URL(string: String(stderr[range]))
            return true
        }
        return try XCTUnwrap(found, "serve printed no URL; stderr:\n\(stderr)")
    }

    func interrupt() {
        process.interrupt()
    }

    /// SIGKILL: no signal handler runs, nothing is flushed; what the process wrote is only what reached the disk.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The exit status, or nil when the process is still running after `timeout`.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        Self.eventually(timeout: timeout) { !process.isRunning }
        return process.isRunning ? nil : process.terminationStatus
    }
}

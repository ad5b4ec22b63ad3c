import Foundation
import XCTest

/// A fresh git repository in a temporary folder, driven with the real `git` and the built `evplan`, isolated from
/// the machine's git configuration (no system or global config, its own HOME) and from any GIT_* variables of
/// the process running the tests.
final class GitSandbox {
    struct Run {
        var status: Int32
        var output: String
    }

    let root: URL
    private let home: URL

    init(_ test: XCTestCase) throws {
        let base = try EvplanBinary.temporaryFolder(test)
        root = base.appendingPathComponent("repo")
        home = base.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Evplan Test")
        try git("config", "user.email", "test@example.org")
        try git("config", "commit.gpgsign", "false")
    }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        environment["LC_ALL"] = "C.UTF-8"
        return environment
    }

    /// Runs git, failing the test if it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let run = try attempt(["git"] + arguments)
        guard run.status == 0 else {
            throw NSError(domain: "GitSandbox", code: Int(run.status),
                          userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")) failed:\n\(run.output)"])
        }
        return run.output
    }

    /// Runs `git commit` (or anything else) and returns its status and combined output, whatever they are.
    func attempt(_ command: [String], in directory: URL? = nil, extraEnvironment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = directory ?? root
        process.environment = environment.merging(extraEnvironment) { _, extra in extra }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs the built evplan inside the repository.
    func evplan(_ arguments: String..., in directory: URL? = nil) throws -> Run {
        try attempt([EvplanBinary.url.path] + arguments, in: directory)
    }

    func commit(_ message: String, _ extra: String...) throws -> Run {
        try attempt(["git", "commit", "-q", "-m", message] + extra)
    }

    var commitCount: Int {
        let run = try? attempt(["git", "rev-list", "--count", "HEAD"])
        return Int(run?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    func write(_ path: String, _ contents: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A hook script: git runs only executable hooks.
    func writeExecutable(_ path: String, _ contents: String) throws {
        try write(path, contents)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent(path).path)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Replaces `old` by `new` in the file, failing when `old` is not there (so a test cannot silently test nothing).
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard text.contains(old) else {
            throw NSError(domain: "GitSandbox", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(path) has no “\(old)”"])
        }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Copies a plan of the repository (e.g. samples/meetup-en) to `path` inside the sandbox.
    func addPlan(from relativePath: String, at path: String) throws {
        let target = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: EvplanBinary.repositoryRoot.appendingPathComponent(relativePath), to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent("build"))
    }
}

import Foundation

/// One run of the `git` executable found on PATH.
struct GitCommand {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String

        var text: String { String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }

        /// NUL-separated fields, as `-z` prints them.
        var fields: [String] {
            stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Variables that git may hand a hook as paths relative to where the hook started; made absolute so that
    /// the commands below still find the repository (and the temporary index of `git commit <paths>`).
    static let pathVariables = ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"]

    var arguments: [String]
    var directory: String
    var input: Data?

    func run() throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.environment()
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        // Feed and drain on separate threads so that a full pipe on either side cannot stall git.
        let group = DispatchGroup()
        if let input {
            DispatchQueue.global().async(group: group) {
                stdin.fileHandleForWriting.write(input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let errorData = CollectedData()
        DispatchQueue.global().async(group: group) {
            errorData.data = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: outputData,
                      stderr: String(decoding: errorData.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Written by one reader thread, read only after `DispatchGroup.wait()`.
    private final class CollectedData: @unchecked Sendable {
        var data = Data()
    }

    static func environment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let here = FileManager.default.currentDirectoryPath
        for name in pathVariables {
            guard let value = environment[name], !value.isEmpty, !value.hasPrefix("/") else { continue }
            environment[name] = URL(fileURLWithPath: value, relativeTo: URL(fileURLWithPath: here, isDirectory: true)).standardizedFileURL.path
        }
        return environment
    }
}

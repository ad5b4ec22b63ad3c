import Foundation

/// Where the running evplan was started from, for the hook to run the same one later.
public enum RunningExecutable {
    /// An absolute path. Symbolic links are kept, not resolved, so a package manager's `bin/evplan` link
    /// survives upgrades that move the real file.
    public static func path(
        argument0: String = CommandLine.arguments.first ?? "evplan",
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        if argument0.contains("/") {
            let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
            return URL(fileURLWithPath: argument0, relativeTo: base).standardizedFileURL.path
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = (String(folder) as NSString).appendingPathComponent(argument0)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return argument0
    }
}

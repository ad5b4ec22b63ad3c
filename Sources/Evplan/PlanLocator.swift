import EvplanDocument
import EvplanModel
import Foundation

/// Finds the plan folders that command-line arguments name: a folder with event.md is a plan; a folder without one
/// that holds plans in its subfolders is a folder of plans, each checked on its own; a file belongs to the nearest
/// folder above it that holds event.md.
public enum PlanLocator {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String)

        /// One line: what is wrong and what to do, in the language asked.
        public func message(in language: Language) -> String {
            switch self {
            case let .missing(path):
                language == .zhTW ? "找不到 \(path)：請確認路徑，或先用 evplan init \(path) 建立企劃"
                    : "No such file or folder: \(path). Check the path, or create a plan there with evplan init \(path)"
            case let .unreadable(path):
                language == .zhTW ? "無法讀取 \(path)：沒有讀取權限。請用 chmod 或檔案總管給自己讀取權限後再試"
                    : "Cannot read \(path): permission denied. Give yourself read access (chmod, or the file manager) and try again"
            }
        }

        public var description: String { message(in: .en) }

        public var path: String {
            switch self {
            case let .missing(path), let .unreadable(path): path
            }
        }
    }

    /// A plan to check, and the files of it that the command line named (their findings come first).
    public struct Target: Equatable, Sendable {
        public var folder: String
        /// The plan's name as the command line reaches it: its path below a folder of plans, else its folder.
        public var name: String
        /// Files inside the plan named on the command line, as given.
        public var files: [String]
    }

    /// Folders below a folder of plans looked into at most, and how deep.
    static let maximumFoldersSearched = 2_000
    static let maximumDepth = 4

    public static func planFolders(for arguments: [String]) throws -> [String] {
        try targets(for: arguments).map(\.folder)
    }

    public static func targets(for arguments: [String]) throws -> [Target] {
        let manager = FileManager.default
        var targets: [Target] = []
        func add(_ folder: String, name: String? = nil, file: String? = nil) {
            let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            if let index = targets.firstIndex(where: { $0.folder == trimmed }) {
                if let file, !targets[index].files.contains(file) { targets[index].files.append(file) }
            } else {
                targets.append(Target(folder: trimmed, name: name ?? trimmed, files: file.map { [$0] } ?? []))
            }
        }
        for argument in arguments.isEmpty ? ["."] : arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else { throw Failure.missing(argument) }
            guard manager.isReadableFile(atPath: argument) else { throw Failure.unreadable(argument) }
            guard isDirectory.boolValue else {
                add(planFolder(containing: argument), file: argument)
                continue
            }
            let plans = hasEvent(argument) ? [] : plansBelow(argument)
            if plans.isEmpty {
                add(argument)
            } else {
                for relative in plans {
                    let folder = argument == "." ? relative : (argument as NSString).appendingPathComponent(relative)
                    add(folder, name: folder)
                }
            }
        }
        return targets
    }

    static func hasEvent(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("event.md"))
    }

    /// Subfolders (relative, sorted) that hold an event.md, not looking inside a plan, hidden folders, build outputs
    /// or Templates/, and without following symbolic links.
    static func plansBelow(_ root: String) -> [String] {
        let manager = FileManager.default
        var plans: [String] = []
        var pending: [(String, Int)] = [("", 0)]
        var searched = 0
        while let (relative, depth) = pending.popLast(), searched < maximumFoldersSearched {
            searched += 1
            let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted(by: >) where !entry.hasPrefix(".") && !PlanFolderLoader.skippedFolderNames.contains(entry) {
                let child = relative.isEmpty ? entry : (relative as NSString).appendingPathComponent(entry)
                let full = (root as NSString).appendingPathComponent(child)
                guard let type = try? manager.attributesOfItem(atPath: full)[.type] as? FileAttributeType, type == .typeDirectory else { continue }
                if hasEvent(full) {
                    plans.append(child)
                } else if depth + 1 < maximumDepth {
                    pending.append((child, depth + 1))
                }
            }
        }
        return plans.sorted()
    }

    /// The nearest folder above `file` with an event.md; the file's own folder when there is none.
    static func planFolder(containing file: String) -> String {
        var folder = (file as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        var candidate = folder
        for _ in 0..<64 {
            if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent("event.md")) { return candidate }
            let parent = candidate == "." ? ".." : (candidate as NSString).deletingLastPathComponent
            let resolvedParent = URL(fileURLWithPath: parent).standardizedFileURL.path
            if resolvedParent == URL(fileURLWithPath: candidate).standardizedFileURL.path || resolvedParent == "/" { break }
            candidate = parent.isEmpty ? "." : parent
        }
        return folder
    }

    /// The same plan's findings with those in `files` first (in file order), the rest after; only those with `only`.
    public static func ordered(_ result: CheckResult, naming files: [String], only: Bool) -> CheckResult {
        guard !files.isEmpty else { return result }
        let wanted = Set(files.map(canonical))
        var named: [Diagnostic] = [], rest: [Diagnostic] = []
        for diagnostic in result.diagnostics {
            if wanted.contains(canonical(diagnostic.location.file)) { named.append(diagnostic) } else { rest.append(diagnostic) }
        }
        var reordered = result
        reordered.diagnostics = only ? named : named + rest
        return reordered
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The language to speak before a plan is read: the plan's `lang:` when event.md says it, else the user's
    /// locale when it is English, else Traditional Chinese (evplan's default).
    public static func language(of folder: String?) -> Language {
        if let folder, let text = try? String(contentsOfFile: (folder as NSString).appendingPathComponent("event.md"), encoding: .utf8) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(60) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                for key in ["lang:", "language:"] where trimmed.lowercased().hasPrefix(key) {
                    let value = trimmed.dropFirst(key.count).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                    if let language = Language(code: value) { return language }
                }
            }
            return .zhTW
        }
        let environment = ProcessInfo.processInfo.environment
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        return locale.lowercased().hasPrefix("en") ? .en : .zhTW
    }
}

import Foundation

/// Finds the plan folders that command-line arguments name: a folder is a plan; a file belongs to the
/// nearest folder above it that holds event.md.
public enum PlanLocator {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)

        public var description: String {
            switch self {
            case let .missing(path): "no such file or folder: \(path)"
            }
        }
    }

    public static func planFolders(for arguments: [String]) throws -> [String] {
        let manager = FileManager.default
        var folders: [String] = []
        for argument in arguments.isEmpty ? ["."] : arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else { throw Failure.missing(argument) }
            let folder = isDirectory.boolValue ? argument : planFolder(containing: argument)
            let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            if !folders.contains(trimmed) { folders.append(trimmed) }
        }
        return folders
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
}

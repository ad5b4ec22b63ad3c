import Foundation

/// Which plans a commit touches, worked out from the index alone: a path belongs to the nearest folder above it
/// whose index holds an event.md, exactly as `evplan check FILE` walks up on disk.
public struct StagedPlanFolders {
    /// Folders (relative to the repository root, "" for the root itself) that hold an event.md in the index.
    let planFolders: Set<String>
    let indexPaths: [String]

    public init(indexPaths: [String]) {
        self.indexPaths = indexPaths
        planFolders = Set(indexPaths.filter { Self.lastComponent(of: $0).lowercased() == "event.md" }.map(Self.parent(of:)))
    }

    /// The plan `path` belongs to, or nil when no event.md lies above it.
    public func planFolder(of path: String) -> String? {
        var folder = Self.parent(of: path)
        while true {
            if planFolders.contains(folder) { return folder }
            if folder.isEmpty { return nil }
            folder = Self.parent(of: folder)
        }
    }

    /// Each plan touched by `changedPaths`, once, in path order.
    public func plansTouched(by changedPaths: [String]) -> [String] {
        Set(changedPaths.compactMap(planFolder(of:))).sorted()
    }

    /// Every index path inside `folder`: what `evplan check folder` would see on disk.
    public func files(in folder: String) -> [String] {
        folder.isEmpty ? indexPaths : indexPaths.filter { $0.hasPrefix(folder + "/") }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

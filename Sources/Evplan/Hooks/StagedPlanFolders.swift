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
        planFolder(of: path, among: planFolders)
    }

    private func planFolder(of path: String, among plans: Set<String>) -> String? {
        var folder = Self.parent(of: path)
        while true {
            if plans.contains(folder) { return folder }
            if folder.isEmpty { return nil }
            folder = Self.parent(of: folder)
        }
    }

    /// Each plan touched by `changedPaths`, once, in path order. `changedPaths` includes deleted paths (a rename is
    /// a deletion and an addition): a plan whose event.md the commit deletes or renames away is still touched, and
    /// checked as staged it is reported as missing its event.md — unless it is gone whole, its Markdown files with it.
    public func plansTouched(by changedPaths: [String]) -> [String] {
        let indexed = Set(indexPaths)
        let formerPlans = changedPaths
            .filter { Self.lastComponent(of: $0).lowercased() == "event.md" && !indexed.contains($0) }
            .map(Self.parent(of:))
            .filter { !planFolders.contains($0) && files(in: $0).contains(where: Self.isPlanMarkdown) }
        let plans = planFolders.union(formerPlans)
        return Set(changedPaths.compactMap { planFolder(of: $0, among: plans) }).sorted()
    }

    /// A Markdown file the loader would read as part of a plan (READMEs are not).
    static func isPlanMarkdown(_ path: String) -> Bool {
        let name = lastComponent(of: path).lowercased()
        return (name.hasSuffix(".md") || name.hasSuffix(".markdown")) && name != "readme.md"
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

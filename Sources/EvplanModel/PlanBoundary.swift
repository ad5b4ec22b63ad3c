import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan folder as a boundary: evplan reads files only from inside the folder's real path. A symbolic link that
/// resolves outside it (`T1-notes.md → /etc/passwd`) is not read, and neither is one that never resolves (a loop).
/// The loader (plan files), the preview's folder watcher and the renderer (the plan's `Templates/`) all ask here.
public struct PlanBoundary: Sendable {
    /// Where a path leads once every symbolic link on the way is followed.
    public enum Resolution: Equatable, Sendable {
        /// Inside the plan folder (or the folder itself), at this real path.
        case inside(String)
        /// Outside the plan folder, at this real path.
        case outside(String)
        /// The links never end (ELOOP).
        case loop
        /// The path or a link's target does not exist, or cannot be looked at.
        case missing
    }

    /// The plan folder's real path; nil when it cannot be resolved (then nothing is inside).
    public let realRoot: String?

    public init(root: String) {
        realRoot = PlanBoundary.realPath(root).path
    }

    /// Where `path` really is, relative to the plan folder.
    public func resolve(_ path: String) -> Resolution {
        let resolved = PlanBoundary.realPath(path)
        guard let real = resolved.path else { return resolved.loop ? .loop : .missing }
        guard let realRoot else { return .outside(real) }
        return PlanBoundary.isSameOrBelow(real, realRoot) ? .inside(real) : .outside(real)
    }

    /// True when `path` resolves to a place inside the plan folder.
    public func contains(_ path: String) -> Bool {
        if case .inside = resolve(path) { return true }
        return false
    }

    /// A shorthand for one-off callers: does `path` stay inside the folder `root`?
    public static func contains(_ path: String, inPlan root: String) -> Bool {
        PlanBoundary(root: root).contains(path)
    }

    /// `path` is `folder` or lies below it. Both must be real paths (absolute, no `..`, no links).
    public static func isSameOrBelow(_ path: String, _ folder: String) -> Bool {
        if path == folder { return true }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix)
    }

    /// realpath(3): the absolute path with every link followed; `loop` when the links never end.
    public static func realPath(_ path: String) -> (path: String?, loop: Bool) {
        errno = 0
        guard let resolved = realpath(path, nil) else { return (nil, errno == ELOOP) }
        defer { free(resolved) }
        return (String(cString: resolved), false)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a plan folder looks like on disk, cheaply: every file's size, inode and modification time to the
/// nanosecond, so that two saves within one second that keep the size still count as a change.
struct FolderSnapshot: Equatable {
    struct Stamp: Equatable {
        var size: Int64
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// Hidden entries (.git, editors' swap and backup files) and the `excluded` folders are left out.
    static func take(of folder: String, excluding excluded: Set<String>) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        snapshot.visit(folder, excluding: excluded, depth: 0)
        return snapshot
    }

    private mutating func visit(_ path: String, excluding excluded: Set<String>, depth: Int) {
        // Deep enough for any plan; a symlink loop must not spin forever.
        guard depth < 16, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let child = (path as NSString).appendingPathComponent(name)
            guard !excluded.contains(Self.canonical(child)) else { continue }
            var info = stat()
            guard stat(child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                visit(child, excluding: excluded, depth: depth + 1)
            } else {
                stamps[child] = Self.stamp(of: info)
            }
        }
    }

    private static func stamp(of info: stat) -> Stamp {
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Stamp(size: Int64(info.st_size), inode: UInt64(info.st_ino), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
    }

    /// One spelling per folder, so that `plan/build` and `./plan/build/` name the same thing.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

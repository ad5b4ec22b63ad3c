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
    /// Set when the folder holds more than `maximumEntries` files and folders: the rest are not looked at.
    private(set) var limitReached = false

    /// Files and folders looked at, at most, per snapshot: a plan never holds this many, and a folder that does
    /// must not make every poll slower and larger.
    static let maximumEntries = 20_000

    /// Hidden entries (.git, editors' swap and backup files) and the `excluded` folders are left out.
    /// Links are stamped themselves (lstat), never followed: a link to a folder, even one that loops back to the plan,
    /// is one entry, and nothing outside the plan is looked at. Editing the file a link points to inside the plan is
    /// seen there.
    static func take(of folder: String, excluding excluded: Set<String>, limit: Int = maximumEntries) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        var pending = [folder]
        var visited: Set<[UInt64]> = []
        var entries = 0
        walk: while let path = pending.popLast() {
            var folderInfo = stat()
            // A folder reached twice (a bind mount) is looked at once.
            guard lstat(path, &folderInfo) == 0, visited.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix("~") {
                let child = (path as NSString).appendingPathComponent(name)
                guard !excluded.contains(Self.canonical(child)) else { continue }
                var info = stat()
                guard lstat(child, &info) == 0 else { continue }
                entries += 1
                guard entries <= limit else {
                    snapshot.limitReached = true
                    break walk
                }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(child)
                } else {
                    snapshot.stamps[child] = Self.stamp(of: info)
                }
            }
        }
        return snapshot
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

import EvplanModel
import EvplanRender
import Foundation

/// Where a build may write, and how it writes there: into a fresh folder beside the output, swapped in whole.
///
/// evplan replaces the output folder wholesale, so it only ever replaces a folder it built itself: one that is
/// missing, empty, or carries the manifest an earlier build wrote (listing every file in it). It never writes into
/// the plan folder, a folder holding the plan, or a folder the plan is read from (other than `PLAN/build`, which
/// the loader skips).
public enum OutputFolder {
    /// Written into every build; recognises the folder as one evplan may replace.
    static let manifestName = ".evplan-build.json"
    static let manifestFormat = "evplan-build/1"
    /// The one subfolder of a plan an output may be: the default, which the loader and the watcher skip.
    static let inPlanFolderName = "build"

    struct Manifest: Codable, Equatable {
        var format: String
        /// Every file the build wrote, relative to the output folder, besides the manifest itself.
        var files: [String]
    }

    /// The output cannot be written without risking the user's files; the message says which path and what to do.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Refuses an output that is, holds or lies inside the plan folder, or that is a symbolic link.
    /// Returns the output's real path (symbolic links above it resolved), which is where the build will go.
    @discardableResult
    public static func checkPlacement(_ output: String, plan: String, language: Language) throws -> String {
        let target = RealPath(output)
        let planFolder = RealPath(plan).path
        func refuse(_ zh: String, _ en: String) -> Refusal {
            Refusal(description: language == .zhTW ? zh : en)
        }
        if target.isSymbolicLink {
            throw refuse("輸出位置 \(output) 是符號連結，evplan 不經由連結寫入。請用 -o 指定另一個資料夾，或自行移除這個連結。",
                         "The output \(output) is a symbolic link; evplan does not write through links. Choose another -o folder, or remove the link yourself.")
        }
        if target.path == planFolder {
            throw refuse("輸出位置 \(output) 就是企劃資料夾本身，產出會刪掉企劃檔案。請用 -o 指定另一個資料夾（預設是 \(plan)/build）。",
                         "The output \(output) is the plan folder itself; building there would delete the plan. Choose another -o folder (the default is \(plan)/build).")
        }
        if RealPath.isInside(planFolder, target.path) {
            throw refuse("輸出位置 \(output) 包含企劃資料夾 \(plan)，產出會刪掉企劃檔案。請用 -o 指定另一個資料夾（預設是 \(plan)/build）。",
                         "The output \(output) contains the plan folder \(plan); building there would delete the plan. Choose another -o folder (the default is \(plan)/build).")
        }
        if RealPath.isInside(target.path, planFolder) {
            let relative = target.path.dropFirst(planFolder.count).drop { $0 == "/" }
            if relative.split(separator: "/").first != Substring(inPlanFolderName) {
                throw refuse("輸出位置 \(output) 在企劃資料夾 \(plan) 裡面，evplan 會從那裡讀取企劃。請用 -o 指定企劃資料夾以外的位置，或用預設的 \(plan)/build。",
                             "The output \(output) lies inside the plan folder \(plan), which evplan reads the plan from. Choose a folder outside it with -o, or the default \(plan)/build.")
            }
        }
        return target.path
    }

    /// Writes `files` as the new contents of `output`, replacing an earlier build whole once every file is written,
    /// so a failed build leaves the previous output as it was. Builds into the same output wait for each other.
    static func replace(_ output: String, plan: String, language: Language, with files: [RenderedFile]) throws {
        let resolved = try checkPlacement(output, plan: plan, language: language)
        let manager = FileManager.default
        let target = URL(fileURLWithPath: resolved)
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Pipeline.BuildFailure(description: IOProblem.message(error, path: output, writing: true, language: language))
        }
        let lock = try OutputLock(path: parent.appendingPathComponent(".\(name).lock").path, output: output, language: language)
        defer { lock.release() }

        recoverInterruptedSwap(of: target)
        if let refusal = existingContentsRefusal(target, shownAs: output, language: language) { throw refusal }

        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(name).new-\(token)")
        let retired = parent.appendingPathComponent(".\(name).old-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            // The manifest goes first, so that even a staging folder left by a killed build is known as evplan's.
            let manifest = Manifest(format: manifestFormat, files: files.map(\.path).sorted())
            try JSONEncoder().encode(manifest).write(to: staging.appendingPathComponent(manifestName))
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
            }
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            // Put the old output back if the swap got halfway.
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: target)
            }
            throw Pipeline.BuildFailure(description: IOProblem.message(error, path: output, writing: true, language: language))
        }
    }

    /// Why the folder at `target` may not be replaced, or nil when it is missing, empty or an earlier build.
    static func existingContentsRefusal(_ target: URL, shownAs output: String, language: Language) -> Refusal? {
        func refuse(_ zh: String, _ en: String) -> Refusal {
            Refusal(description: language == .zhTW ? zh : en)
        }
        switch EntryType(target.path) {
        case .missing:
            return nil
        case .symbolicLink:
            return refuse("輸出位置 \(output) 是符號連結，evplan 不經由連結寫入。請用 -o 指定另一個資料夾，或自行移除這個連結。",
                          "The output \(output) is a symbolic link; evplan does not write through links. Choose another -o folder, or remove the link yourself.")
        case .file, .other:
            return refuse("輸出位置 \(output) 是檔案，不是資料夾；evplan 不會覆蓋它。請用 -o 指定另一個資料夾，或自行移走這個檔案。",
                          "The output \(output) is a file, not a folder; evplan will not replace it. Choose another -o folder, or move the file away yourself.")
        case .directory:
            guard let foreign = foreignEntry(in: target) else { return nil }
            return refuse("輸出位置 \(output) 是 evplan 沒有產出過的資料夾（裡面有 \(foreign)），evplan 不會刪掉它。請用 -o 指定另一個資料夾，或自行清空或刪除它。",
                          "The output \(output) is a folder evplan did not build (it holds \(foreign)); evplan will not delete it. Choose another -o folder, or empty or delete it yourself.")
        }
    }

    /// The first entry of `folder` that an earlier build did not write, or nil when the folder is empty or is
    /// wholly an earlier build (manifest present, every file listed, nothing but files and folders).
    static func foreignEntry(in folder: URL) -> String? {
        let manager = FileManager.default
        // Only the top level until the manifest is found, so that `-o /usr` is refused without a walk of /usr.
        guard let topLevel = try? manager.contentsOfDirectory(atPath: folder.path) else { return folder.lastPathComponent }
        if topLevel.isEmpty { return nil }
        let manifestURL = folder.appendingPathComponent(manifestName)
        guard EntryType(manifestURL.path) == .file,
              let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
              manifest.format == manifestFormat
        else {
            return topLevel.sorted()[0]
        }
        guard let entries = try? manager.subpathsOfDirectory(atPath: folder.path) else { return folder.lastPathComponent }
        let written = Set(manifest.files + [manifestName])
        for entry in entries.sorted() {
            switch EntryType(folder.appendingPathComponent(entry).path) {
            case .directory: continue
            case .file where written.contains(entry): continue
            default: return entry
            }
        }
        return nil
    }

    /// A build killed between its two renames leaves `.NAME.old-*` (the previous output) and `.NAME.new-*` (the new
    /// one, perhaps incomplete) beside the output. Once the lock is held no other build is under way, so these are
    /// leftovers: when the output is missing the previous output is put back, then the rest are removed. Only
    /// folders that are wholly evplan's (manifest and nothing else) are touched.
    static func recoverInterruptedSwap(of target: URL) {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        guard let siblings = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let leftovers = siblings
            .filter { $0.hasPrefix(".\(name).old-") || $0.hasPrefix(".\(name).new-") }
            .map { parent.appendingPathComponent($0) }
            .filter { EntryType($0.path) == .directory && foreignEntry(in: $0) == nil }
        var remaining = leftovers
        if EntryType(target.path) == .missing {
            let previous = leftovers
                .filter { $0.lastPathComponent.hasPrefix(".\(name).old-") }
                .max { modificationDate($0) < modificationDate($1) }
            if let previous, (try? manager.moveItem(at: previous, to: target)) != nil {
                remaining.removeAll { $0 == previous }
            }
        }
        for leftover in remaining { try? manager.removeItem(at: leftover) }
    }

    private static func modificationDate(_ url: URL) -> Date {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
    }
}

/// What is at a path, not following a symbolic link there.
enum EntryType: Equatable {
    case missing, file, directory, symbolicLink, other

    init(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            self = .missing
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}

/// An absolute path with every symbolic link on the way resolved, for a path whose last parts may not exist yet:
/// paths are compared as the system will follow them, not as they are spelt.
struct RealPath {
    var path: String
    /// The path as given ends in a symbolic link (which `path` has resolved).
    var isSymbolicLink: Bool

    init(_ given: String) {
        let absolute = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        let components = absolute.split(separator: "/").map(String.init)
        var resolved = "/"
        var lastWasLink = false
        for component in components {
            lastWasLink = false
            switch component {
            case ".": continue
            case "..": resolved = (resolved as NSString).deletingLastPathComponent
            default:
                let candidate = resolved == "/" ? "/" + component : resolved + "/" + component
                lastWasLink = EntryType(candidate) == .symbolicLink
                resolved = Self.realPath(candidate) ?? candidate
            }
        }
        path = resolved.isEmpty ? "/" : resolved
        isSymbolicLink = lastWasLink
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `inner` lies strictly below `outer`.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        let prefix = outer.hasSuffix("/") ? outer : outer + "/"
        return inner != outer && inner.hasPrefix(prefix)
    }
}

/// An exclusive lock on a file beside the output, held while one build checks, writes and swaps it, so two builds
/// into one folder take turns. The holder removes the file before letting go; a waiter that then finds it locked
/// a file no longer at the path tries again, so two builds never hold two different files.
final class OutputLock {
    private let descriptor: Int32
    private let path: String

    init(path: String, output: String, language: Language) throws {
        self.path = path
        while true {
            let opened = open(path, O_CREAT | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                throw Pipeline.BuildFailure(description: IOProblem.message(NSError(domain: NSPOSIXErrorDomain, code: Int(errno)), path: output, writing: true, language: language))
            }
            var locked = flock(opened, LOCK_EX)
            while locked != 0 && errno == EINTR { locked = flock(opened, LOCK_EX) }
            guard locked == 0 else {
                close(opened)
                throw Pipeline.BuildFailure(description: IOProblem.message(NSError(domain: NSPOSIXErrorDomain, code: Int(errno)), path: output, writing: true, language: language))
            }
            var held = stat(), atPath = stat()
            if fstat(opened, &held) == 0, lstat(path, &atPath) == 0, held.st_dev == atPath.st_dev, held.st_ino == atPath.st_ino {
                descriptor = opened
                return
            }
            close(opened)
        }
    }

    func release() {
        unlink(path)
        close(descriptor)
    }
}

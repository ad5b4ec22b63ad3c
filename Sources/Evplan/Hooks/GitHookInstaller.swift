import Foundation

/// Installs and removes evplan's pre-commit hook in the folder git takes hooks from (core.hooksPath honoured).
///
/// A pre-commit hook evplan did not write is never overwritten silently: install moves it to
/// `pre-commit.before-evplan` and evplan's hook runs it first (its failure still stops the commit); uninstall
/// moves it back. `force` replaces a foreign hook instead, discarding it.
public struct GitHookInstaller {
    public enum Installed: Equatable {
        case created(hook: String)
        /// evplan's own hook was already there and has been rewritten (e.g. to point at this evplan).
        case updated(hook: String)
        /// A foreign hook was moved to `chained`, and evplan's hook runs it first.
        case chained(hook: String, chained: String)
        /// `force`: a foreign hook was overwritten.
        case replaced(hook: String)
    }

    public enum Uninstalled: Equatable {
        case removed(hook: String)
        /// evplan's hook was removed and the hook it had chained put back in its place.
        case restored(hook: String)
        case nothingInstalled(hook: String)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// The same in Traditional Chinese, when it was written.
        public var zh: String?

        public init(description: String, zh: String? = nil) {
            self.description = description
            self.zh = zh
        }
    }

    public let hooksDirectory: String
    /// The evplan executable the hook runs; the hook falls back to `evplan` on PATH when it is gone.
    public let executable: String

    public init(hooksDirectory: String, executable: String) {
        self.hooksDirectory = hooksDirectory
        self.executable = executable
    }

    public var hookPath: String { (hooksDirectory as NSString).appendingPathComponent("pre-commit") }
    public var chainedPath: String { hookPath + HookScript.chainedSuffix }

    public func install(force: Bool) throws -> Installed {
        let manager = FileManager.default
        try manager.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
        let script = HookScript.text(executable: executable)
        guard exists(hookPath) else {
            try write(script)
            return .created(hook: hookPath)
        }
        if HookScript.isEvplanHook(atPath: hookPath) {
            try write(script)
            return .updated(hook: hookPath)
        }
        if force {
            try write(script)
            return .replaced(hook: hookPath)
        }
        guard !exists(chainedPath) else {
            throw Failure(description: """
                \(hookPath) is a hook evplan did not write, and \(chainedPath) (where evplan would keep it) already exists. \
                Merge them by hand, or run `evplan hooks install --force` to replace \(hookPath) with evplan's hook.
                """, zh: "\(hookPath) 不是 evplan 寫的 hook，而 evplan 要保存它的位置 \(chainedPath) 已經有檔案：請手動合併，或用 `evplan hooks install --force` 以 evplan 的 hook 取代")
        }
        try manager.moveItem(atPath: hookPath, toPath: chainedPath)
        do {
            try write(script)
        } catch {
            try? manager.moveItem(atPath: chainedPath, toPath: hookPath)
            throw error
        }
        return .chained(hook: hookPath, chained: chainedPath)
    }

    public func uninstall() throws -> Uninstalled {
        let manager = FileManager.default
        guard exists(hookPath) else { return .nothingInstalled(hook: hookPath) }
        guard HookScript.isEvplanHook(atPath: hookPath) else {
            throw Failure(description: "\(hookPath) was not written by evplan; it is left as it is. Remove it by hand if you mean to.",
                          zh: "\(hookPath) 不是 evplan 寫的，保持原狀；確定要移除請自行刪除")
        }
        try manager.removeItem(atPath: hookPath)
        if exists(chainedPath) {
            try manager.moveItem(atPath: chainedPath, toPath: hookPath)
            return .restored(hook: hookPath)
        }
        return .removed(hook: hookPath)
    }

    /// Written beside the hook and renamed over it, so git never runs a half-written script.
    private func write(_ script: String) throws {
        let manager = FileManager.default
        let staging = hookPath + ".evplan-new"
        guard manager.createFile(atPath: staging, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]) else {
            throw Failure(description: "Cannot write \(hookPath): check that you may write to the repository's hooks folder",
                          zh: "無法寫入 \(hookPath)：請確認你有這個儲存庫 hooks 資料夾的寫入權限")
        }
        guard rename(staging, hookPath) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: staging)
            throw Failure(description: "Cannot write \(hookPath): \(reason)", zh: "無法寫入 \(hookPath)：\(reason)")
        }
    }

    /// Also true for a symbolic link whose target is gone, which git would still try to run.
    private func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }
}

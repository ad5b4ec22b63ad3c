import Foundation

/// The git work tree evplan runs in, asked through the `git` command so that every setting git honours
/// (core.hooksPath, worktrees, GIT_DIR, the temporary index of `git commit <paths>`) is honoured here too.
public struct GitRepository {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// The same in Traditional Chinese, when it was written.
        public var zh: String?

        public init(description: String, zh: String? = nil) {
            self.description = description
            self.zh = zh
        }
    }

    /// Absolute path of the top of the work tree.
    public let root: String

    /// The repository that holds `directory`; fails with a message a planner understands when there is none.
    public init(containing directory: String = FileManager.default.currentDirectoryPath) throws {
        let output: GitCommand.Output
        do {
            output = try GitCommand(arguments: ["rev-parse", "--show-toplevel"], directory: directory).run()
        } catch {
            throw Failure(description: "Cannot run git: is it installed? Install git (apt install git) and try again",
                          zh: "無法執行 git：請先安裝 git（例如 apt install git）再試")
        }
        guard output.status == 0, !output.text.isEmpty else {
            throw Failure(description: "\(directory) is not inside a git work tree: run this inside the repository that holds your plans (or git init first)",
                          zh: "\(directory) 不在 git 儲存庫裡：請在放企劃的儲存庫裡執行（或先 git init）")
        }
        root = output.text
    }

    /// The folder git runs hooks from: core.hooksPath when set, else .git/hooks (shared by all worktrees).
    public func hooksDirectory() throws -> String {
        try git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"]).text
    }

    /// Paths (relative to the root) that the index changes against HEAD; every path of the index before the first commit.
    public func stagedPaths() throws -> [String] {
        try git(["diff", "--cached", "--name-only", "--no-renames", "-z"]).fields
    }

    /// Every path in the index, relative to the root.
    public func indexPaths() throws -> [String] {
        var seen = Set<String>()
        return try git(["ls-files", "--cached", "--full-name", "-z"]).fields.filter { seen.insert($0).inserted }
    }

    /// Writes the staged (index) content of `paths` below `folder`, keeping their paths relative to the root.
    public func exportStaged(_ paths: [String], into folder: String) throws {
        guard !paths.isEmpty else { return }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let input = Data(paths.joined(separator: "\u{0}").utf8 + [0])
        try git(["checkout-index", "--prefix=\(prefix)", "-z", "--stdin"], input: input)
    }

    @discardableResult
    func git(_ arguments: [String], input: Data? = nil) throws -> GitCommand.Output {
        let output = try GitCommand(arguments: arguments, directory: root, input: input).run()
        guard output.status == 0 else {
            let reason = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
            throw Failure(description: "git \(arguments.first ?? "") failed: \(reason)", zh: "git \(arguments.first ?? "") 失敗：\(reason)")
        }
        return output
    }
}

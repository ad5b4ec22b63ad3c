import EvplanModel
import Foundation

/// `evplan hooks run-staged`, what the pre-commit hook runs: checks each plan the staged changes touch as it is
/// staged (the index, not the working tree), so the commit is judged by exactly what it would record.
public enum StagedCheck {
    public struct Outcome {
        /// The plans checked, relative to the repository root ("" for a plan at the root).
        public var plans: [String]
        /// One per plan, with paths as the user knows them (relative to the current folder), not the temporary copy's.
        public var results: [CheckResult]

        public var errorCount: Int { results.reduce(0) { $0 + $1.errorCount } }
        public var warningCount: Int { results.reduce(0) { $0 + $1.warningCount } }
    }

    public static func run(in repository: GitRepository) throws -> Outcome {
        let index = StagedPlanFolders(indexPaths: try repository.indexPaths())
        let plans = index.plansTouched(by: try repository.stagedPaths())
        guard !plans.isEmpty else { return Outcome(plans: [], results: []) }

        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("evplan-staged-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: copy, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: copy) }

        var exported = Set<String>()
        let files = plans.flatMap(index.files(in:)).filter { exported.insert($0).inserted }
        try repository.exportStaged(files, into: copy)

        let base = pathToRoot(from: manager.currentDirectoryPath, root: repository.root)
        let results = plans.map { plan in
            let result = Pipeline.check(folder: plan.isEmpty ? copy : (copy as NSString).appendingPathComponent(plan))
            return relocated(result, from: copy + "/", to: base)
        }
        return Outcome(plans: plans, results: results)
    }

    /// The same diagnostics with the temporary copy's paths replaced by the repository's.
    static func relocated(_ result: CheckResult, from copyPrefix: String, to base: String) -> CheckResult {
        func rewrite(_ text: String) -> String { text.replacingOccurrences(of: copyPrefix, with: base) }
        var relocated = result
        relocated.diagnostics = result.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.file = rewrite(diagnostic.location.file)
            diagnostic.message = LocalizedText(zh: rewrite(diagnostic.message.zhTW), en: rewrite(diagnostic.message.en))
            diagnostic.hint = LocalizedText(zh: rewrite(diagnostic.hint.zhTW), en: rewrite(diagnostic.hint.en))
            return diagnostic
        }
        return relocated
    }

    /// "" when `directory` is the root, "../" per level below it, so printed paths open from where the user stands.
    static func pathToRoot(from directory: String, root: String) -> String {
        let here = URL(fileURLWithPath: directory).resolvingSymlinksInPath().pathComponents
        let top = URL(fileURLWithPath: root).resolvingSymlinksInPath().pathComponents
        guard here.count >= top.count, Array(here.prefix(top.count)) == top else {
            return URL(fileURLWithPath: root).standardizedFileURL.path + "/"
        }
        return String(repeating: "../", count: here.count - top.count)
    }
}

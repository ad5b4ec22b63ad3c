import Foundation
import XCTest

/// A plan repository that adds evplan to its .pre-commit-config.yaml in three lines, run by the real pre-commit.
/// pre-commit builds evplan with `swift build -c release` (several minutes on a small machine), so this test runs
/// only when asked: `EVPLAN_PRE_COMMIT_TEST=1 swift test --filter PreCommitFrameworkTests`, with pre-commit installed
/// (`python3 -m pip install pre-commit`).
final class PreCommitFrameworkTests: XCTestCase {
    func testThreeLinesOfConfigCheckTheStagedPlan() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["EVPLAN_PRE_COMMIT_TEST"] == "1",
                          "slow (a release build of evplan): set EVPLAN_PRE_COMMIT_TEST=1 to run it")
        let sandbox = try GitSandbox(self)
        try XCTSkipUnless(try sandbox.attempt(["pre-commit", "--version"]).status == 0, "pre-commit is not installed")

        // pre-commit clones a commit, so snapshot this working tree, uncommitted files included, into a repository.
        let base = try EvplanBinary.temporaryFolder(self)
        let evplan = base.appendingPathComponent("evplan")
        let listed = try sandbox.attempt(["git", "-C", EvplanBinary.repositoryRoot.path, "ls-files", "-z", "-co", "--exclude-standard"])
        for path in listed.output.split(separator: "\u{0}").map(String.init) where !path.hasPrefix(".build") {
            let source = EvplanBinary.repositoryRoot.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let target = evplan.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
        for command in [["git", "init", "-q", "-b", "main"], ["git", "add", "-A"],
                        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "snapshot"]] {
            XCTAssertEqual(try sandbox.attempt(command, in: evplan).status, 0, command.joined(separator: " "))
        }
        let revision = try sandbox.attempt(["git", "rev-parse", "HEAD"], in: evplan).output.trimmingCharacters(in: .whitespacesAndNewlines)

        try sandbox.addPlan(from: "samples/meetup-en", at: GitHookTests.plan)
        try sandbox.write(".pre-commit-config.yaml", """
            repos:
              - repo: \(evplan.path)
                rev: \(revision)
                hooks: [{id: evplan-check}]

            """)
        try sandbox.edit(GitHookTests.budget, replacing: GitHookTests.pizzaRow, with: GitHookTests.brokenPizzaRow)
        try sandbox.git("add", "-A")
        // The real HOME, so that SwiftPM finds its package cache instead of fetching every dependency again.
        var cache = ["PRE_COMMIT_HOME": base.appendingPathComponent("pre-commit-cache").path]
        cache["HOME"] = ProcessInfo.processInfo.environment["HOME"]
        let refused = try sandbox.attempt(["pre-commit", "run"], extraEnvironment: cache)
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("plans/meetup/T3-budget.md:12:"), refused.output)
        XCTAssertTrue(refused.output.contains("[budget.amount-mismatch]"), refused.output)

        try sandbox.edit(GitHookTests.budget, replacing: GitHookTests.brokenPizzaRow, with: GitHookTests.pizzaRow)
        try sandbox.git("add", "-A")
        let passed = try sandbox.attempt(["pre-commit", "run"], extraEnvironment: cache)
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("Passed"), passed.output)
    }
}

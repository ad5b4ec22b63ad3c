import Foundation
import XCTest

/// `evplan hooks install` in a fresh repository, then real `git commit`s: the hook judges what is staged.
final class GitHookTests: XCTestCase {
    static let plan = "plans/meetup"
    static let budget = "plans/meetup/T3-budget.md"
    static let pizzaRow = "| Pizza (large) | Food | 520 | 14 | box | 7,280 |"
    /// 520 × 14 is 7,280: this row, on line 12 of the file, makes budget.amount-mismatch an error.
    static let brokenPizzaRow = "| Pizza (large) | Food | 520 | 14 | box | 7,300 |"

    private func sandboxWithCommittedPlan() throws -> GitSandbox {
        let sandbox = try GitSandbox(self)
        try sandbox.addPlan(from: "samples/meetup-en", at: Self.plan)
        try sandbox.write("README.md", "Our events.\n")
        try sandbox.git("add", "-A")
        let install = try sandbox.evplan("hooks", "install")
        XCTAssertEqual(install.status, 0, install.output)
        let first = try sandbox.commit("A clean plan")
        XCTAssertEqual(first.status, 0, "a clean plan must commit:\n\(first.output)")
        XCTAssertEqual(sandbox.commitCount, 1)
        return sandbox
    }

    func testCommitOfAStagedErrorIsRefusedAndNamesFileLineAndRule() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.budget)
        let commit = try sandbox.commit("Broken budget")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertEqual(sandbox.commitCount, 1, "nothing was committed")
        XCTAssertNotNil(commit.output.range(of: #"plans/meetup/T3-budget\.md:12:\d+: error: .*\[budget\.amount-mismatch\]"#,
                                            options: .regularExpression), commit.output)
        XCTAssertTrue(commit.output.contains("git commit --no-verify"), "says how to bypass once:\n\(commit.output)")
        XCTAssertFalse(commit.output.contains("evplan-staged-"), "no temporary paths leak into the output:\n\(commit.output)")

        let bypass = try sandbox.commit("Broken budget, on purpose", "--no-verify")
        XCTAssertEqual(bypass.status, 0, bypass.output)
        XCTAssertEqual(sandbox.commitCount, 2)
    }

    func testCleanStagedPlanCommitsDespiteABrokenUnstagedEdit() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: "a quarter vegetarian", with: "a third vegetarian")
        try sandbox.git("add", Self.budget)
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        XCTAssertEqual(try sandbox.evplan("check", Self.plan).status, 1, "the working copy really is broken")

        let commit = try sandbox.commit("More vegetarian pizza")
        XCTAssertEqual(commit.status, 0, commit.output)
        XCTAssertEqual(sandbox.commitCount, 2)
        XCTAssertTrue(try sandbox.git("show", "HEAD:\(Self.budget)").contains("a third vegetarian"))
        XCTAssertTrue(try sandbox.read(Self.budget).contains(Self.brokenPizzaRow), "the unstaged edit is left alone")
    }

    func testStagedErrorIsNotHiddenByAFixedWorkingCopy() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.budget)
        try sandbox.edit(Self.budget, replacing: Self.brokenPizzaRow, with: Self.pizzaRow)
        XCTAssertEqual(try sandbox.evplan("check", Self.plan).status, 0, "the working copy is fine")

        let commit = try sandbox.commit("Looks fine here")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("[budget.amount-mismatch]"), commit.output)
        XCTAssertEqual(sandbox.commitCount, 1)
    }

    func testCommitOfNamedPathsIsJudgedByWhatItRecords() throws {
        // `git commit PATH` commits the working copy of PATH through a temporary index (GIT_INDEX_FILE).
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        let commit = try sandbox.attempt(["git", "commit", "-q", "-m", "Only the budget", Self.budget])
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("[budget.amount-mismatch]"), commit.output)
        XCTAssertEqual(sandbox.commitCount, 1)
    }

    func testWarningsArePrintedAndTheCommitGoesThrough() throws {
        let sandbox = try sandboxWithCommittedPlan()
        let project = "plans/meetup/T2-project.md"
        try sandbox.edit(project, replacing: "| A8 | Final headcount and name badges | Sophie Kuo |",
                         with: "| A8 | Final headcount and name badges | |")
        try sandbox.git("add", project)
        let commit = try sandbox.commit("Owner to be decided")
        XCTAssertEqual(commit.status, 0, commit.output)
        XCTAssertEqual(sandbox.commitCount, 2)
        XCTAssertTrue(commit.output.contains("plans/meetup/T2-project.md:"), commit.output)
        XCTAssertTrue(commit.output.contains("warning:") && commit.output.contains("[schedule.missing-owner]"), commit.output)
    }

    func testChangesOutsideAnyPlanAreNotChecked() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.budget)
        XCTAssertEqual(try sandbox.commit("Known problem", "--no-verify").status, 0)

        try sandbox.write("README.md", "Our events, and how we plan them.\n")
        try sandbox.git("add", "README.md")
        let commit = try sandbox.commit("Docs only")
        XCTAssertEqual(commit.status, 0, commit.output)
        XCTAssertFalse(commit.output.contains("budget.amount-mismatch"), commit.output)
    }

    func testFirstCommitOfAPlanAtTheRepositoryRootIsChecked() throws {
        let sandbox = try GitSandbox(self)
        XCTAssertEqual(try sandbox.evplan("hooks", "install").status, 0)
        let samples = EvplanBinary.repositoryRoot.appendingPathComponent("samples/meetup-en")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path) where name.hasSuffix(".md") {
            try sandbox.write(name, try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8))
        }
        try sandbox.edit("T3-budget.md", replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", "-A")
        let commit = try sandbox.commit("First")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertNotNil(commit.output.range(of: #"(^|\n)T3-budget\.md:12:\d+: error: "#, options: .regularExpression), commit.output)
        XCTAssertEqual(sandbox.commitCount, 0)
    }

    func testDeletingAPlansEventFileIsCheckedAndRefused() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.git("rm", "-q", "plans/meetup/event.md")
        let commit = try sandbox.commit("No more event.md")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("[format.missing-event]"), commit.output)
        XCTAssertEqual(sandbox.commitCount, 1)
    }

    func testRenamingAPlansEventFileIsCheckedAndRefused() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.git("mv", "plans/meetup/event.md", "plans/meetup/about.md")
        let commit = try sandbox.commit("Renamed event.md")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("plans/meetup/event.md") && commit.output.contains("[format.missing-event]"), commit.output)
        XCTAssertEqual(sandbox.commitCount, 1)
    }

    func testDeletingAPlanFileChecksThePlan() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.budget)
        XCTAssertEqual(try sandbox.commit("Known problem", "--no-verify").status, 0)
        try sandbox.git("rm", "-q", "plans/meetup/T7-marketing.md")
        let commit = try sandbox.commit("Drop the press release")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("[budget.amount-mismatch]"), commit.output)
    }

    func testDeletingAWholePlanCommits() throws {
        let sandbox = try sandboxWithCommittedPlan()
        try sandbox.git("rm", "-r", "-q", Self.plan)
        let commit = try sandbox.commit("The meetup is over")
        XCTAssertEqual(commit.status, 0, commit.output)
        XCTAssertEqual(sandbox.commitCount, 2)
    }

    func testAForeignHookIsKeptRunFirstAndPutBackOnUninstall() throws {
        let sandbox = try GitSandbox(self)
        try sandbox.addPlan(from: "samples/meetup-en", at: Self.plan)
        let hooks = sandbox.root.appendingPathComponent(".git/hooks")
        let foreign = "#!/bin/sh\necho foreign hook ran >> \"$(git rev-parse --show-toplevel)/foreign.log\"\nexit 0\n"
        try sandbox.writeExecutable(".git/hooks/pre-commit", foreign)
        let before = try FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted()

        let install = try sandbox.evplan("hooks", "install")
        XCTAssertEqual(install.status, 0, install.output)
        XCTAssertTrue(install.output.contains("pre-commit.before-evplan"), install.output)
        XCTAssertEqual(try sandbox.read(".git/hooks/pre-commit.before-evplan"), foreign)

        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.plan)
        let refused = try sandbox.commit("Broken")
        XCTAssertNotEqual(refused.status, 0, refused.output)
        XCTAssertTrue(refused.output.contains("[budget.amount-mismatch]"), refused.output)
        XCTAssertEqual(try sandbox.read("foreign.log"), "foreign hook ran\n", "the foreign hook ran before evplan's")

        // A failing foreign hook still stops the commit.
        try sandbox.writeExecutable(".git/hooks/pre-commit.before-evplan", "#!/bin/sh\necho foreign hook says no\nexit 3\n")
        try sandbox.edit(Self.budget, replacing: Self.brokenPizzaRow, with: Self.pizzaRow)
        try sandbox.git("add", Self.plan)
        let stopped = try sandbox.commit("Clean, but the other hook objects")
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.contains("foreign hook says no"), stopped.output)
        try sandbox.writeExecutable(".git/hooks/pre-commit.before-evplan", foreign)

        let uninstall = try sandbox.evplan("hooks", "uninstall")
        XCTAssertEqual(uninstall.status, 0, uninstall.output)
        XCTAssertEqual(try sandbox.read(".git/hooks/pre-commit"), foreign, "the foreign hook is back, byte for byte")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted(), before)
        let mode = try FileManager.default.attributesOfItem(atPath: hooks.appendingPathComponent("pre-commit").path)[.posixPermissions] as? Int
        XCTAssertEqual(mode.map { $0 & 0o111 != 0 }, true, "still executable")
    }

    func testForceReplacesAForeignHookAndUninstallLeavesForeignHooksAlone() throws {
        let sandbox = try GitSandbox(self)
        try sandbox.writeExecutable(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        let uninstallForeign = try sandbox.evplan("hooks", "uninstall")
        XCTAssertEqual(uninstallForeign.status, 2, uninstallForeign.output)
        // In the user's language: English under an English locale, Traditional Chinese otherwise.
        XCTAssertTrue(uninstallForeign.output.contains("not written by evplan") || uninstallForeign.output.contains("不是 evplan 寫的"), uninstallForeign.output)
        XCTAssertEqual(try sandbox.read(".git/hooks/pre-commit"), "#!/bin/sh\nexit 0\n")

        let forced = try sandbox.evplan("hooks", "install", "--force")
        XCTAssertEqual(forced.status, 0, forced.output)
        XCTAssertTrue(try sandbox.read(".git/hooks/pre-commit").contains("# evplan-hook v1"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent(".git/hooks/pre-commit.before-evplan").path))
    }

    func testInstallTwiceKeepsOneHookAndUninstallRemovesExactlyIt() throws {
        let sandbox = try GitSandbox(self)
        let hooks = sandbox.root.appendingPathComponent(".git/hooks")
        let before = (try? FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted()) ?? []
        XCTAssertEqual(try sandbox.evplan("hooks", "install").status, 0)
        let again = try sandbox.evplan("hooks", "install")
        XCTAssertEqual(again.status, 0, again.output)
        XCTAssertTrue(again.output.contains("Updated") || again.output.contains("已更新"), again.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-commit.before-evplan").path),
                       "evplan's own hook is never chained to itself")
        XCTAssertEqual(try sandbox.evplan("hooks", "uninstall").status, 0)
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: hooks.path).sorted()) ?? [], before)
    }

    func testCoreHooksPathIsHonoured() throws {
        let sandbox = try sandboxWithoutHook()
        try sandbox.git("config", "core.hooksPath", "tools/githooks")
        let install = try sandbox.evplan("hooks", "install", in: sandbox.root.appendingPathComponent(Self.plan))
        XCTAssertEqual(install.status, 0, install.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("tools/githooks/pre-commit").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent(".git/hooks/pre-commit").path))

        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        try sandbox.git("add", Self.budget)
        let commit = try sandbox.commit("Broken")
        XCTAssertNotEqual(commit.status, 0, commit.output)
        XCTAssertTrue(commit.output.contains("[budget.amount-mismatch]"), commit.output)
    }

    func testInstallOutsideARepositoryFailsWithAMessage() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let run = try EvplanBinary.run(["hooks", "install"], in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path,
                                                                                    "LANG": "zh_TW.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("不在 git 儲存庫裡") && !run.stderr.contains("fatal:"), run.stderr)
        let english = try EvplanBinary.run(["hooks", "install"], in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        XCTAssertTrue(english.stderr.contains("not inside a git work tree"), english.stderr)
    }

    func testCheckOfFilePathsChecksEachPlanOnce() throws {
        let sandbox = try sandboxWithoutHook()
        try sandbox.edit(Self.budget, replacing: Self.pizzaRow, with: Self.brokenPizzaRow)
        let run = try sandbox.evplan("check", Self.budget, "plans/meetup/T4-agenda.md", "plans/meetup/event.md")
        XCTAssertEqual(run.status, 1, run.output)
        let lines = run.output.split(separator: "\n").filter { $0.contains("[budget.amount-mismatch]") }
        XCTAssertEqual(lines.count, 1, run.output)
    }

    private func sandboxWithoutHook() throws -> GitSandbox {
        let sandbox = try GitSandbox(self)
        try sandbox.addPlan(from: "samples/meetup-en", at: Self.plan)
        try sandbox.git("add", "-A")
        try sandbox.git("commit", "-q", "-m", "Plan")
        return sandbox
    }
}

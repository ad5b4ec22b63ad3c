import ArgumentParser
import Evplan
import Foundation

struct Hooks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install or remove the git pre-commit hook that checks the plans a commit touches.",
        discussion: """
            The hook checks every plan folder (the nearest folder above a changed file that holds event.md) \
            as it is staged: the index, not the working tree. Errors stop the commit and are printed with file, \
            line and rule; warnings are printed and the commit goes ahead. `git commit --no-verify` skips the \
            check for one commit. Teams on the pre-commit framework can use the hook id `evplan-check` from \
            this repository's .pre-commit-hooks.yaml instead.
            """,
        subcommands: [Install.self, Uninstall.self, RunStaged.self]
    )

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the pre-commit hook into this repository (core.hooksPath is honoured).",
            discussion: """
                If a pre-commit hook that evplan did not write is already there, it is kept: it moves to \
                pre-commit.before-evplan, and evplan's hook runs it first (if it fails, the commit stops as before). \
                `evplan hooks uninstall` puts it back. Running install again only refreshes evplan's own hook. \
                The hook runs this evplan executable, or `evplan` on PATH if that one is gone.
                """
        )

        @Flag(help: "Replace a pre-commit hook evplan did not write, discarding it, instead of chaining to it.")
        var force = false

        func run() throws {
            let installer = try hookInstaller()
            let outcome: GitHookInstaller.Installed
            do {
                outcome = try installer.install(force: force)
            } catch {
                printError("evplan: \(localized(error))")
                throw Exit.failure
            }
            switch outcome {
            case let .created(hook):
                print(say("已安裝 evplan 的 pre-commit hook：\(hook)", "Installed the evplan pre-commit hook: \(hook)"))
            case let .updated(hook):
                print(say("已更新 evplan 的 pre-commit hook：\(hook)", "Updated the evplan pre-commit hook: \(hook)"))
            case let .chained(hook, chained):
                print(say("已安裝 evplan 的 pre-commit hook：\(hook)", "Installed the evplan pre-commit hook: \(hook)"))
                print(say("原本的 hook 移到 \(chained)；evplan 的 hook 會先執行它。", "The hook that was there moved to \(chained); evplan's hook runs it first."))
            case let .replaced(hook):
                print(say("已用 evplan 的 hook 取代原本的 pre-commit hook（--force）：\(hook)", "Replaced the pre-commit hook that was there (--force) with evplan's: \(hook)"))
            }
            print(say("之後每次提交，只要動到企劃就會檢查；要略過一次：git commit --no-verify",
                      "Commits that touch a plan are now checked; skip the check once with: git commit --no-verify"))
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the hook that `evplan hooks install` wrote, and put back a hook it had chained."
        )

        func run() throws {
            let installer = try hookInstaller()
            do {
                switch try installer.uninstall() {
                case let .removed(hook): print(say("已移除 evplan 的 pre-commit hook：\(hook)", "Removed the evplan pre-commit hook: \(hook)"))
                case let .restored(hook): print(say("已移除 evplan 的 pre-commit hook，並放回原本的 hook：\(hook)", "Removed the evplan pre-commit hook and put the previous one back: \(hook)"))
                case let .nothingInstalled(hook): print(say("\(hook) 沒有可移除的 pre-commit hook。", "No pre-commit hook to remove at \(hook)."))
                }
            } catch {
                printError("evplan: \(localized(error))")
                throw Exit.failure
            }
        }
    }

    /// What the installed hook runs. Not listed in help: people run `evplan check`.
    struct RunStaged: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run-staged",
            abstract: "Check the staged content of every plan the staged changes touch (run by the pre-commit hook).",
            shouldDisplay: false
        )

        @Option(help: OutputFormat.help)
        var format: OutputFormat = .text

        func run() throws {
            let outcome: StagedCheck.Outcome
            do {
                outcome = try StagedCheck.run(in: try GitRepository())
            } catch {
                printError("evplan: " + say("無法檢查暫存的企劃：\(localized(error))", "cannot check the staged plans: \(localized(error))"))
                printError(say("要略過這次檢查：git commit --no-verify", "Skip this check once with: git commit --no-verify"))
                throw Exit.failure
            }
            guard !outcome.plans.isEmpty else { return }
            let language = outcome.results.first?.language ?? .zhTW
            let names = outcome.plans.map { $0.isEmpty ? "./" : TerminalText.escaped($0) + "/" }.joined(separator: ", ")
            if format == .text {
                printError(language == .zhTW ? "evplan：檢查暫存區中的企劃 \(names)" : "evplan: checking the staged plan in \(names)")
            }
            print(format.report(outcome.results, colour: standardOutputWantsColour, plans: outcome.plans.map { $0.isEmpty ? "." : $0 }), terminator: "")
            // git sends the hook's stdout and stderr to one place: the refusal must come after the diagnostics.
            fflush(stdout)
            guard outcome.errorCount > 0 else { return }
            printError(language == .zhTW
                ? "evplan：暫存的企劃有 \(outcome.errorCount) 個錯誤，這次提交已停止。修正後 git add 再提交；要略過檢查一次：git commit --no-verify"
                : "evplan: the staged plan has \(outcome.errorCount) error\(outcome.errorCount == 1 ? "" : "s"); the commit was stopped. "
                    + "Fix them and git add the files, or skip this check once with: git commit --no-verify")
            throw Exit.findings
        }
    }

    static func hookInstaller() throws -> GitHookInstaller {
        do {
            let repository = try GitRepository()
            return GitHookInstaller(hooksDirectory: try repository.hooksDirectory(), executable: RunningExecutable.path())
        } catch {
            printError("evplan: \(localized(error))")
            throw Exit.failure
        }
    }
}

/// Hook commands speak before any plan is read: in the user's locale when it is English, else Traditional Chinese.
private func say(_ zh: String, _ en: String) -> String {
    PlanLocator.language(of: nil) == .zhTW ? zh : en
}

/// A hook failure in that language, as one line; file errors without Foundation's dump.
private func localized(_ error: Error) -> String {
    let zhTW = PlanLocator.language(of: nil) == .zhTW
    if let failure = error as? GitRepository.Failure { return zhTW ? failure.zh ?? failure.description : failure.description }
    if let failure = error as? GitHookInstaller.Failure { return zhTW ? failure.zh ?? failure.description : failure.description }
    if (error as NSError).domain == NSCocoaErrorDomain || (error as NSError).domain == NSPOSIXErrorDomain {
        return IOProblem.message(error, path: ((error as NSError).userInfo[NSFilePathErrorKey] as? String) ?? "", writing: true,
                                 language: zhTW ? .zhTW : .en)
    }
    return "\(error)"
}

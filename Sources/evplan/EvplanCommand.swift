import ArgumentParser
import Evplan
import Foundation

@main
struct EvplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evplan",
        abstract: "Checks an event plan written in Markdown and builds its deliverables as HTML.",
        discussion: "A plan is a folder of Markdown files, one or more per task of KMC2432-001v2 (活動企劃專員).",
        version: "0.1.0",
        subcommands: [Init.self, Check.self, Build.self, Serve.self, Watch.self, Rules.self, Hooks.self, Schedule.self, Desk.self]
    )

    /// Like ArgumentParser's own entry point, but a usage error exits 2 as the design promises, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(Exit.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github

    static let help: ArgumentHelp = """
        text (path:line:col, for terminals and editors), json, sarif (SARIF 2.1.0, for code scanning) \
        or github (GitHub Actions annotations on the lines of a pull request).
        """

    /// The whole report of `results` in this format, ending with a newline.
    func report(_ results: [CheckResult], colour: Bool, plans: [String] = []) -> String {
        switch self {
        case .text: DiagnosticReport.text(results, colour: colour, plans: plans)
        case .json: DiagnosticReport.json(results, plans: plans)
        case .sarif: SarifReport.sarif(results, toolVersion: EvplanCommand.configuration.version)
        case .github: GitHubReport.commands(results)
        }
    }
}

/// Exit codes the git hook and CI rely on: 0 clean, 1 errors found, 2 usage or I/O failure.
enum Exit {
    static let findings = ExitCode(1)
    static let failure = ExitCode(2)

    /// Ends the process while `value` (a checked plan) is still in memory: freeing a large plan object by object
    /// takes longer than the system takes to reclaim it whole — the reason compilers skip it too (clang's
    /// `-disable-free`). Output written with `print` is flushed by `exit`.
    static func keepingMemory(_ code: ExitCode, alive value: some Any) -> Never {
        withExtendedLifetime(value) { Foundation.exit(code.rawValue) }
    }
}

/// Stops a command that builds from a folder that is not there, before it reads or writes anything.
func requirePlanFolder(_ folder: String) throws {
    var isDirectory: ObjCBool = false
    let language = PlanLocator.language(of: nil)
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
        printError("evplan: " + PlanLocator.Failure.missing(folder).message(in: language))
        throw Exit.failure
    }
    guard isDirectory.boolValue else {
        printError("evplan: " + (language == .zhTW
            ? "\(folder) 是檔案，不是企劃資料夾：請指定放 event.md 的資料夾（例如 evplan build \((folder as NSString).deletingLastPathComponent.isEmpty ? "." : (folder as NSString).deletingLastPathComponent)）"
            : "\(folder) is a file, not a plan folder: name the folder that holds event.md (e.g. evplan build \((folder as NSString).deletingLastPathComponent.isEmpty ? "." : (folder as NSString).deletingLastPathComponent))"))
        throw Exit.failure
    }
    guard FileManager.default.isReadableFile(atPath: folder), (try? FileManager.default.contentsOfDirectory(atPath: folder)) != nil else {
        printError("evplan: " + PlanLocator.Failure.unreadable(folder).message(in: language))
        throw Exit.failure
    }
}

/// Stops `watch` and `serve` at once when the output is one evplan must not replace, as `build` would refuse it.
func requireSafeOutput(_ output: String, plan: String) throws {
    do {
        try Pipeline.checkOutput(folder: plan, output: output)
    } catch {
        printError("evplan: \(error)")
        throw Exit.failure
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
var standardOutputWantsColour: Bool {
    isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR", default: ""].isEmpty
}

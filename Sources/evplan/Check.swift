import ArgumentParser
import Evplan
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every broken rule with file, line and column.",
        discussion: """
            A folder without event.md whose subfolders hold plans is a folder of plans: each plan is checked on its \
            own and named on a line of its own; the exit code is the worst of them. Given a file, its findings come \
            first, then the rest of its plan (only the file's with --only-file).
            """)

    @Argument(help: "Plan folders, folders of plans, or files inside plans (default: the current folder).")
    var paths: [String] = []

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    @Flag(help: "Treat warnings as errors for the exit code.")
    var strict = false

    @Flag(help: "With a FILE argument: report that file's findings only, not the rest of its plan.")
    var onlyFile = false

    func run() throws {
        let targets: [PlanLocator.Target]
        do {
            targets = try PlanLocator.targets(for: paths)
        } catch let failure as PlanLocator.Failure {
            printError("evplan: " + failure.message(in: PlanLocator.language(of: nil)))
            throw Exit.failure
        }
        let results = targets.map { target in
            PlanLocator.ordered(Pipeline.check(folder: target.folder), naming: target.files, only: onlyFile)
        }
        print(format.report(results, colour: standardOutputWantsColour, plans: targets.map(\.name)), terminator: "")
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        Exit.keepingMemory(errors > 0 || (strict && warnings > 0) ? Exit.findings : .success, alive: results)
    }
}

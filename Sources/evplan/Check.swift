import ArgumentParser
import Evplan
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report every broken rule with file, line and column.")

    @Argument(help: "Plan folders, or files inside plans (default: the current folder).")
    var paths: [String] = []

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    @Flag(help: "Treat warnings as errors for the exit code.")
    var strict = false

    func run() throws {
        let folders: [String]
        do {
            folders = try PlanLocator.planFolders(for: paths)
        } catch {
            printError("evplan: \(error)")
            throw Exit.failure
        }
        let results = folders.map { Pipeline.check(folder: $0) }
        print(format.report(results, colour: standardOutputWantsColour), terminator: "")
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        Exit.keepingMemory(errors > 0 || (strict && warnings > 0) ? Exit.findings : .success, alive: results)
    }
}

import ArgumentParser
import Evplan
import EvplanServe
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the plan again on every save, without serving it.",
        discussion: """
            Watches the plan folder and its Templates/ and reruns `evplan build` after each save, printing what the \
            check found. As with build, a plan with errors leaves the output as it was unless --force is given. \
            Ctrl-C stops it.
            """
    )

    @Argument(help: "The plan folder (default: the current folder).")
    var folder: String = "."

    @Option(name: .shortAndLong, help: "Where to write the deliverables (default: FOLDER/build).")
    var output: String?

    @Flag(help: "Build even when the plan has errors.")
    var force = false

    func run() throws {
        try requirePlanFolder(folder)
        let destination = output ?? (folder as NSString).appendingPathComponent("build")
        try requireSafeOutput(destination, plan: folder)
        let session = WatchSession(folder: folder, output: destination, force: force, colour: standardOutputWantsColour)
        switch InterruptibleRun.run({ await session.run() }) {
        case .finished, .interrupted:
            printError(PlanLocator.language(of: folder) == .zhTW ? "evplan：已停止。" : "evplan: stopped.")
        case let .failed(error):
            printError("evplan: \(error)")
            throw Exit.failure
        }
    }
}

import ArgumentParser
import Evplan
import EvplanServe
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the deliverables in a browser; pages reload by themselves on every save.",
        discussion: """
            Builds the plan into memory and serves it on 127.0.0.1 only. The plan folder and its Templates/ are \
            watched; each save (an editor's burst of writes counts once) rebuilds and reloads the open pages. While \
            the plan has errors, every page shows them at the top, with file, line and fix, above a forced build of \
            the plan as it is; when they are fixed the box goes away. Nothing is written to disk unless -o is given. \
            Ctrl-C stops it.
            """
    )

    @Argument(help: "The plan folder (default: the current folder).")
    var folder: String = "."

    @Option(help: "The port to listen on, on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 8000

    @Option(name: .shortAndLong, help: "Also write each error-free build here, as `evplan build -o` would.")
    var output: String?

    func run() throws {
        try requirePlanFolder(folder)
        if let output { try requireSafeOutput(output, plan: folder) }
        let session = PreviewSession(folder: folder, port: port, output: output, colour: standardOutputWantsColour)
        switch InterruptibleRun.run({ try await session.run() }) {
        case .finished, .interrupted:
            printError(PlanLocator.language(of: folder) == .zhTW ? "evplan：已停止。" : "evplan: stopped.")
        case let .failed(error):
            printError("evplan: \(error)")
            throw Exit.failure
        }
    }
}

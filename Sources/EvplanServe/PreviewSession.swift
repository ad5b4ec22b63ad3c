import Evplan
import Foundation

/// `evplan serve`: builds the plan into memory, serves it on 127.0.0.1 only, and rebuilds on every save.
public struct PreviewSession: Sendable {
    public var folder: String
    /// 0 lets the system choose a free port; the URL printed names the one chosen.
    public var port: UInt16
    /// Where to also write each error-free build, as `evplan build -o` would; nil writes nothing to disk.
    public var output: String?
    public var colour: Bool

    public init(folder: String, port: UInt16, output: String?, colour: Bool) {
        self.folder = folder
        self.port = port
        self.output = output
        self.colour = colour
    }

    public struct ListenFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs until cancelled (Ctrl-C); throws only when the port cannot be listened on.
    public func run() async throws {
        let first = build(initial: true)
        let state = PreviewState(content: first)
        let server: GuardedHTTPServer
        do {
            server = try GuardedHTTPServer(port: port, handler: PreviewHandler(state: state, longPollTimeout: .seconds(20)))
        } catch {
            throw ListenFailure(description: "cannot listen on 127.0.0.1:\(port): \(error); pick another with --port, or --port 0 for any free one")
        }
        printStatus(RebuildReport.listening(url: "http://127.0.0.1:\(server.port)/", folder: folder, language: first.language))
        let watcher = FolderWatcher(folder: folder, excluding: excludedFolders())
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                await watcher.run {
                    await state.publish(build(initial: false))
                }
            }
            // Either the server broke, or both ended because the session was cancelled.
            try await group.next()
            group.cancelAll()
        }
    }

    private func build(initial: Bool) -> PreviewContent {
        let content = PreviewBuilder.build(folder: folder)
        print(RebuildReport.diagnostics(content.result, colour: colour), terminator: "")
        printStatus(RebuildReport.status(content, initial: initial))
        if let output, !content.hasErrors {
            do {
                _ = try Pipeline.build(folder: folder, output: output, force: false)
            } catch {
                printStatus("evplan: \(error)")
            }
        }
        fflush(stdout)
        return content
    }

    private func excludedFolders() -> [String] {
        [(folder as NSString).appendingPathComponent("build")] + (output.map { [$0] } ?? [])
    }
}

package func printStatus(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

import Evplan
import EvplanModel
import Foundation

/// `evplan watch`: `evplan build` again on every save, without a server. Like build, a plan with errors leaves
/// the output as it was unless `force` is set.
public struct WatchSession: Sendable {
    public var folder: String
    public var output: String
    public var force: Bool
    public var colour: Bool

    public init(folder: String, output: String, force: Bool, colour: Bool) {
        self.folder = folder
        self.output = output
        self.force = force
        self.colour = colour
    }

    /// Runs until cancelled (Ctrl-C).
    public func run() async {
        let language = build()
        printStatus(language == .zhTW
            ? "正在監看 \(folder)，存檔後會重新產出到 \(output)。按 Ctrl-C 停止。"
            : "Watching \(folder); every save rebuilds into \(output). Press Ctrl-C to stop.")
        let watcher = FolderWatcher(folder: folder, excluding: [(folder as NSString).appendingPathComponent("build"), output])
        await watcher.run { _ = build() }
    }

    @discardableResult
    private func build() -> Language {
        let stamp = "[\(RebuildReport.clockTime())]"
        do {
            switch try Pipeline.build(folder: folder, output: output, force: force) {
            case let .refused(result):
                print(RebuildReport.diagnostics(result, colour: colour), terminator: "")
                printStatus(result.language == .zhTW
                    ? "\(stamp) 企劃有錯誤，沒有產出（\(output) 保持原狀）。修正並存檔後會再產出。"
                    : "\(stamp) The plan has errors; nothing was written (\(output) is unchanged). Fix them and save.")
                fflush(stdout)
                return result.language
            case let .built(result, files):
                print(RebuildReport.diagnostics(result, colour: colour), terminator: "")
                let summary = DiagnosticReport.summary([result])
                printStatus(result.language == .zhTW
                    ? "\(stamp) 已產出 \(files.count) 個檔案到 \(output)。\(summary)"
                    : "\(stamp) Wrote \(files.count) files to \(output). \(summary)")
                fflush(stdout)
                return result.language
            }
        } catch {
            printStatus("\(stamp) evplan: \(error)")
            return .zhTW
        }
    }
}

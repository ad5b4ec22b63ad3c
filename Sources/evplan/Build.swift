import ArgumentParser
import Evplan
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the plan, then write its HTML deliverables.")

    @Argument(help: "The plan folder (default: the current folder).")
    var folder: String = "."

    @Option(name: .shortAndLong, help: "Where to write the deliverables (default: FOLDER/build).")
    var output: String?

    @Flag(help: "Build even when the plan has errors.")
    var force = false

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    func run() throws {
        try requirePlanFolder(folder)
        let destination = output ?? (folder as NSString).appendingPathComponent("build")
        let outcome: Pipeline.BuildOutcome
        do {
            outcome = try Pipeline.build(folder: folder, output: destination, force: force)
        } catch {
            printError("evplan: \(error)")
            throw Exit.failure
        }
        switch outcome {
        case let .refused(result):
            report(result)
            let message = result.language == .zhTW
                ? "企劃有錯誤，沒有產出文件（\(destination) 保持原狀）。修正後再試，或加上 --force 強制產出。"
                : "The plan has errors; nothing was built (\(destination) is unchanged). Fix them, or pass --force."
            printError(message)
            throw Exit.findings
        case let .built(result, files):
            report(result)
            let index = (destination as NSString).appendingPathComponent("index.html")
            let message = result.language == .zhTW
                ? "已產出 \(files.count) 個檔案到 \(destination)；從 \(index) 開始看。"
                : "Wrote \(files.count) files to \(destination); start at \(index)."
            printError(message)
            Exit.keepingMemory(result.errorCount > 0 ? Exit.findings : .success, alive: result)
        }
    }

    private func report(_ result: CheckResult) {
        switch format {
        case .text:
            if !result.diagnostics.isEmpty {
                print(DiagnosticReport.text([result], colour: standardOutputWantsColour), terminator: "")
            }
        case .json, .sarif, .github:
            print(format.report([result], colour: false), terminator: "")
        }
    }
}

import ArgumentParser
import Evplan
import EvplanModel
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the plan, then write its HTML deliverables.",
        discussion: """
            A folder without event.md whose subfolders hold plans is a folder of plans: each plan is built on its \
            own into PLAN/build, or into OUT/<plan> with -o OUT; the exit code is the worst of them.
            """)

    @Argument(help: "The plan folder, or a folder of plans (default: the current folder).")
    var folder: String = "."

    @Option(name: .shortAndLong, help: "Where to write the deliverables (default: FOLDER/build; for a folder of plans, OUT/<plan>).")
    var output: String?

    @Flag(help: "Build even when the plan has errors.")
    var force = false

    @Option(help: OutputFormat.help)
    var format: OutputFormat = .text

    func run() throws {
        try requirePlanFolder(folder)
        let targets: [PlanLocator.Target]
        do {
            targets = try PlanLocator.targets(for: [folder])
        } catch let failure as PlanLocator.Failure {
            printError("evplan: " + failure.message(in: PlanLocator.language(of: nil)))
            throw Exit.failure
        }
        let severalPlans = targets.count > 1 || targets.first.map { $0.folder != trimmed(folder) } ?? false
        var worst: ExitCode = .success
        var results: [CheckResult] = []
        var names: [String] = []
        for target in targets {
            let destination: String
            if let output {
                destination = severalPlans ? (output as NSString).appendingPathComponent(relativeName(of: target.folder)) : output
            } else {
                destination = (target.folder as NSString).appendingPathComponent("build")
            }
            let language = PlanLocator.language(of: target.folder)
            if severalPlans, format == .text {
                print(language == .zhTW ? "== 企劃 \(TerminalText.escaped(target.name))" : "== Plan \(TerminalText.escaped(target.name))")
                fflush(stdout)
            }
            let outcome: Pipeline.BuildOutcome
            do {
                outcome = try Pipeline.build(folder: target.folder, output: destination, force: force)
            } catch {
                printError("evplan: \(error)")
                worst = Exit.failure
                continue
            }
            switch outcome {
            case let .refused(result):
                if !severalPlans || format == .text { report([result], plans: []) }
                results.append(result); names.append(target.name)
                printError(result.language == .zhTW
                    ? "企劃有錯誤，沒有產出文件（\(destination) 保持原狀）。修正後再試，或加上 --force 強制產出。"
                    : "The plan has errors; nothing was built (\(destination) is unchanged). Fix them, or pass --force.")
                if worst != Exit.failure { worst = Exit.findings }
            case let .built(result, files):
                if !severalPlans || format == .text { report([result], plans: []) }
                results.append(result); names.append(target.name)
                let index = (destination as NSString).appendingPathComponent("index.html")
                printError(result.language == .zhTW
                    ? "已產出 \(files.count) 個檔案到 \(destination)；從 \(index) 開始看。"
                    : "Wrote \(files.count) files to \(destination); start at \(index).")
                if result.errorCount > 0, worst == .success { worst = Exit.findings }
            }
        }
        // JSON and SARIF of several plans are one document covering them all.
        if severalPlans, format != .text {
            print(format.report(results, colour: false, plans: names), terminator: "")
        }
        Exit.keepingMemory(worst, alive: results)
    }

    private func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// A plan's path below the folder of plans: its name under OUT.
    private func relativeName(of plan: String) -> String {
        let root = trimmed(folder)
        if root == "." { return plan }
        return plan.hasPrefix(root + "/") ? String(plan.dropFirst(root.count + 1)) : (plan as NSString).lastPathComponent
    }

    private func report(_ results: [CheckResult], plans: [String]) {
        switch format {
        case .text:
            if !(results.first?.diagnostics.isEmpty ?? true) {
                print(DiagnosticReport.text(results, colour: standardOutputWantsColour), terminator: "")
            }
        case .json, .sarif, .github:
            print(format.report(results, colour: false), terminator: "")
        }
    }
}

import ArgumentParser
import Evplan
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a new plan from the built-in skeleton.")

    @Argument(help: "The folder to create (default: the current folder).")
    var folder: String = "."

    @Option(help: "Language of the skeleton and its deliverables: zh-TW or en.")
    var lang: String = "zh-TW"

    func run() throws {
        do {
            let written = try PlanSkeletonWriter.write(into: folder, languageCode: lang)
            print(written.map { "  \($0)" }.joined(separator: "\n"))
            print(lang.lowercased().hasPrefix("en")
                  ? "Created a plan in \(folder). Next: evplan check \(folder) && evplan build \(folder)"
                  : "已在 \(folder) 建立企劃。下一步：evplan check \(folder)，再 evplan build \(folder)")
        } catch {
            printError("evplan: \(error)")
            throw Exit.failure
        }
    }
}

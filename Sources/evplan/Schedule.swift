import ArgumentParser
import Evplan
import Foundation

struct Schedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the computed schedule: each task's dates, slack and critical flag, in the plan's calendar.")

    enum Format: String, ExpressibleByArgument { case text, json, csv }

    @Argument(help: "The plan folder (default: the current folder).")
    var folder: String = "."

    @Option(help: "text, json or csv.")
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: "The status date for progress (over as_of: in event.md), e.g. 2027-01-15.")
    var asOf: String?

    func run() throws {
        try requirePlanFolder(folder)
        var date: EvplanDate?
        if let asOf {
            guard let parsed = ScheduleReport.parseDate(asOf) else {
                printError("evplan: --as-of needs a date such as 2027-01-15, not “\(asOf)”")
                throw Exit.failure
            }
            date = parsed
        }
        let compiled = Pipeline.compile(folder: folder, asOf: date)
        switch format {
        case .text: print(ScheduleReport.text(compiled), terminator: "")
        case .json: print(ScheduleReport.json(compiled), terminator: "")
        case .csv: print(ScheduleReport.csv(compiled), terminator: "")
        }
        Exit.keepingMemory(.success, alive: compiled)
    }
}

import ArgumentParser
import Evplan
import EvplanDesk
import EvplanServe
import Foundation

struct Desk: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the check-in desks on the event day: the plan's roster, scans kept on disk.",
        discussion: """
            Loads the roster from the plan's ticketing exports (attendees.csv, T8-*.csv) and serves a check-in page \
            to every desk that opens the printed address (it carries the desk token). Scans are written to \
            PLAN/.evplan/desk.sqlite before a desk is told they are recorded; a desk offline keeps its scans and \
            sends them when back. Listens on 127.0.0.1 unless --bind gives this machine's address on the venue \
            network. --export-attendance writes the actual attendance (O8.3.4) as CSV for the closure report and \
            exits. See docs/desk.md.
            """
    )

    @Argument(help: "The plan folder (default: the current folder).")
    var folder: String = "."

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8080

    @Option(help: "The IPv4 address to listen on: 127.0.0.1 (this machine only), the laptop's address on the venue network, or 0.0.0.0 (all).")
    var bind: String = "127.0.0.1"

    @Option(help: "The desk token (default: a random one made at start).")
    var token: String?

    @Option(name: .customLong("export-attendance"), help: "Write the attendance CSV here (e.g. PLAN/T8-attendance.csv) and exit.")
    var exportAttendance: String?

    func validate() throws {
        var address = in_addr()
        guard inet_pton(AF_INET, bind, &address) == 1 else {
            throw ValidationError("--bind takes an IPv4 address such as 192.168.1.20 or 0.0.0.0, not \(bind)")
        }
        if let token, token.count < 8 || !token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            throw ValidationError("--token takes 8 or more letters, digits, - or _")
        }
    }

    func run() throws {
        try requirePlanFolder(folder)
        if let exportAttendance {
            let folder = folder
            switch InterruptibleRun.run({
                let counts = try await DeskSession.exportAttendance(folder: folder, to: exportAttendance)
                printError("evplan: \(exportAttendance): \(counts.checkedIn) / \(counts.registered)")
            }) {
            case .finished: return
            case .interrupted: throw Exit.failure
            case let .failed(error):
                printError("evplan: \(error)")
                throw Exit.failure
            }
        }
        let session = DeskSession(folder: folder, address: bind, port: port, token: token)
        switch InterruptibleRun.run({ try await session.run() }) {
        case .finished, .interrupted:
            printError(PlanLocator.language(of: folder) == .zhTW ? "evplan：報到櫃台已停止。" : "evplan: desk stopped.")
        case let .failed(error):
            printError("evplan: \(error)")
            throw Exit.failure
        }
    }
}

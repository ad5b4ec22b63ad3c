import Evplan
import EvplanModel
import EvplanServe
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `evplan desk`: the plan's roster served to the check-in desks, scans kept in `PLAN/.evplan/desk.sqlite`.
public struct DeskSession: Sendable {
    public var folder: String
    public var address: String
    public var port: UInt16
    public var token: String?

    public init(folder: String, address: String, port: UInt16, token: String?) {
        self.folder = folder
        self.address = address
        self.port = port
        self.token = token
    }

    /// Why the desk cannot start, in the plan's language.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The database of a plan's desk.
    public static func databasePath(of folder: String) -> String {
        ((folder as NSString).appendingPathComponent(".evplan") as NSString).appendingPathComponent("desk.sqlite")
    }

    /// The plan's roster and language, or why there is no roster to check in against.
    static func loadRoster(folder: String) throws -> (roster: DeskRoster, language: Language, eventName: String) {
        let compiled = Pipeline.compile(folder: folder)
        let language = compiled.language
        let roster = DeskRoster(compiled.plan.registration.roster)
        guard !roster.attendees.isEmpty else {
            throw Failure(description: language == .zhTW
                ? "\(folder) 沒有報名名單：請把 KKTIX 或 Accupass 匯出的 CSV 存成 attendees.csv 或 T8-*.csv 放進企劃資料夾，再執行 evplan check 確認讀得到"
                : "\(folder) has no roster: save the KKTIX or Accupass export as attendees.csv or T8-*.csv in the plan folder, and run evplan check to see it is read")
        }
        // What the ticketing exports could not say (an unreadable row, an unknown status) is shown before serving:
        // those people are not on the desk's roster.
        let sources = Set(compiled.plan.registration.roster.sources.map(\.path))
        var exportProblems = compiled
        exportProblems.diagnostics = compiled.diagnostics.filter { sources.contains($0.location.file) }
        if !exportProblems.diagnostics.isEmpty {
            printStatus(DiagnosticReport.text([exportProblems], colour: false).trimmingCharacters(in: .newlines))
        }
        let name = compiled.plan.event?.name?.value ?? (language == .zhTW ? "報到" : "Check-in")
        return (roster, language, name)
    }

    /// Writes the attendance CSV from the desk's database (for `--export-attendance`), without serving.
    public static func exportAttendance(folder: String, to path: String) async throws -> (checkedIn: Int, registered: Int) {
        let (roster, language, _) = try loadRoster(folder: folder)
        guard FileManager.default.fileExists(atPath: databasePath(of: folder)) else {
            throw Failure(description: language == .zhTW
                ? "\(folder) 還沒有報到資料（\(databasePath(of: folder)) 不存在）：先用 evplan desk 報到"
                : "\(folder) has no check-ins yet (\(databasePath(of: folder)) is missing): run evplan desk first")
        }
        let store = try ScanStore(path: databasePath(of: folder))
        let checkIns = try await store.checkIns()
        let data = try AttendanceExport.csv(roster: roster, checkIns: checkIns, language: language)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        let active = roster.attendees.filter(\.status.isActive)
        return (active.count { checkIns[$0.ticketNumber] != nil }, active.count)
    }

    /// Serves until cancelled (Ctrl-C).
    public func run() async throws {
        let (roster, language, eventName) = try Self.loadRoster(folder: folder)
        let store: ScanStore
        do {
            store = try ScanStore(path: Self.databasePath(of: folder))
        } catch {
            throw Failure(description: "\(Self.databasePath(of: folder)): \(error)")
        }
        let access = DeskAccess(token: token)
        let handler = DeskHandler(roster: roster, store: store, access: access, language: language, eventName: eventName)
        let server: GuardedHTTPServer
        do {
            // 64 KB is far above a scan (about 150 bytes); a request longer than that is not a desk's.
            server = try GuardedHTTPServer(address: address, port: port, name: "desk", limits: .init(body: 64 * 1024), handler: handler)
        } catch {
            throw Failure(description: language == .zhTW
                ? "無法在 \(address):\(port) 監聽（\(error)）：用 --port 換一個埠，或用 --bind 指定這台電腦的網路位址"
                : "cannot listen on \(address):\(port) (\(error)): pick another --port, or --bind one of this machine's addresses")
        }
        let addresses = Self.addresses(for: address)
        printStatus(Self.banner(roster: roster, store: store, language: language, addresses: addresses,
                                port: server.port, token: access.token))
        // On a terminal, the first address as a QR code for phones and tablets to scan (not into logs or pipes).
        if isatty(STDERR_FILENO) != 0, let first = addresses.first, first != "127.0.0.1",
           let qr = TerminalQRCode.lines("http://\(first):\(server.port)/?token=\(access.token)") {
            printStatus((language == .zhTW ? "用手機或平板掃描加入櫃台：" : "Scan to join from a phone or tablet:") + "\n" + qr.joined(separator: "\n"))
        }
        try await server.run()
    }

    static func banner(roster: DeskRoster, store: ScanStore, language: Language, addresses: [String], port: UInt16, token: String) -> String {
        let urls = addresses.map { "  http://\($0):\(port)/?token=\(token)" }.joined(separator: "\n")
        let loopbackOnly = addresses == ["127.0.0.1"]
        if language == .zhTW {
            return """
                evplan desk：名單 \(roster.attendees.count) 張票（有效 \(roster.activeCount) 張），報到紀錄存在 \(store.path)
                在每個報到櫃台的瀏覽器開啟（網址含通行碼，請勿公開）：
                \(urls)
                \(loopbackOnly ? "只有這台電腦連得到；要讓其他裝置連線，請加 --bind 這台電腦在場地網路上的位址（或 0.0.0.0）。\n" : "")按 Ctrl-C 停止；已確認的掃描都已寫入磁碟。
                """
        }
        return """
            evplan desk: roster of \(roster.attendees.count) tickets (\(roster.activeCount) active); check-ins kept in \(store.path)
            Open on each check-in desk's browser (the address holds the desk token; keep it private):
            \(urls)
            \(loopbackOnly ? "Only this machine can reach it; for other devices add --bind with this machine's address on the venue network (or 0.0.0.0).\n" : "")Ctrl-C stops it; every acknowledged scan is already on disk.
            """
    }

    /// The addresses a desk can open: the one bound, or every IPv4 address of this machine when bound to all.
    static func addresses(for bound: String) -> [String] {
        guard bound == "0.0.0.0" else { return [bound] }
        var found: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return ["127.0.0.1"] }
        defer { freeifaddrs(list) }
        var entry: UnsafeMutablePointer<ifaddrs>? = first
        while let current = entry {
            if let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                var ip4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                if inet_ntop(AF_INET, &ip4, &text, socklen_t(INET_ADDRSTRLEN)) != nil {
                    let name = String(cString: text)
                    if !found.contains(name) { found.append(name) }
                }
            }
            entry = current.pointee.ifa_next
        }
        // The venue's address first: 127.0.0.1 only reaches the laptop itself.
        return found.sorted { ($0 == "127.0.0.1" ? 1 : 0, $0) < ($1 == "127.0.0.1" ? 1 : 0, $1) }
    }
}

import EvplanModel
import EvplanServe
import FlyingFox
import Foundation

/// Answers the desk's page and API. Every request but the sign-in link needs the token; a scan is answered only
/// after it is committed.
package struct DeskHandler: HTTPHandler {
    let roster: DeskRoster
    let store: ScanStore
    let access: DeskAccess
    let language: Language
    let eventName: String

    package init(roster: DeskRoster, store: ScanStore, access: DeskAccess, language: Language, eventName: String) {
        self.roster = roster
        self.store = store
        self.access = access
        self.language = language
        self.eventName = eventName
    }

    package func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The printed link signs a desk in: the token moves into a cookie and out of the address bar.
        if request.path == "/", let given = request.query.first(where: { $0.name == "token" })?.value {
            guard access.matches(given) else { return page(DeskPage.signIn(language: language, wrongToken: true), status: 401) }
            var location = "/"
            if let desk = request.query.first(where: { $0.name == "desk" })?.value,
               let encoded = desk.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                location += "?desk=" + encoded
            }
            let headers: HTTPHeaders = [.location: location, HTTPHeader("Set-Cookie"): access.setCookie, .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .seeOther, headers: headers)
        }
        guard access.admits(authorization: request.headers[.authorization], cookie: request.headers[HTTPHeader("Cookie")]) else {
            if request.path == "/" { return page(DeskPage.signIn(language: language, wrongToken: false), status: 401) }
            return json(["ok": false, "reason": "unauthorised"], status: 401)
        }
        switch (request.method, request.path) {
        case (.GET, "/"):
            return page(DeskPage.app(language: language, eventName: eventName), status: 200)
        case (.POST, "/api/scans"):
            return await scan(request)
        case (.GET, "/api/roster"):
            return await search(request.query.first { $0.name == "q" }?.value ?? "")
        case (.GET, "/api/attendance"):
            return await attendance()
        case (.GET, "/export/attendance.csv"):
            return await attendanceCSV()
        case (_, "/"), (_, "/api/scans"), (_, "/api/roster"), (_, "/api/attendance"), (_, "/export/attendance.csv"):
            return json(["ok": false, "reason": "method not allowed"], status: 405)
        default:
            return json(["ok": false, "reason": "not found"], status: 404)
        }
    }

    // MARK: - Scans

    private func scan(_ request: HTTPRequest) async -> HTTPResponse {
        // Only a script of this page sends JSON without asking first: a form on another site cannot.
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            return json(["ok": false, "reason": "send the scan as application/json"], status: 415)
        }
        let body = (try? await request.bodyData) ?? Data()
        let scan: ScanRequest
        switch ScanRequest.decode(body) {
        case let .success(decoded): scan = decoded
        case let .failure(problem): return json(["ok": false, "reason": problem.reason], status: 400)
        }
        guard let attendee = roster.attendee(code: scan.ticket) else {
            return json(["ok": false, "reason": "unknown", "ticket": scan.ticket], status: 404)
        }
        guard attendee.status.isActive else {
            return json(["ok": false, "reason": attendee.status.rawValue, "attendee": Self.describe(attendee)], status: 409)
        }
        do {
            let outcome = try await store.record(id: scan.id, ticket: attendee.ticketNumber, code: scan.ticket, desk: scan.desk,
                                                 scannedAt: scan.scannedAt(now: Date()))
            return json([
                "ok": true, "duplicate": outcome.duplicate, "attendee": Self.describe(attendee),
                "first_at": Self.timestamp(outcome.first.scannedAt), "first_desk": outcome.first.desk, "scans": outcome.scanCount,
            ], status: 200)
        } catch is ScanStore.IDReused {
            return json(["ok": false, "reason": "this scan id was already used for another ticket"], status: 409)
        } catch {
            // Not committed: the desk keeps the scan in its outbox and sends it again.
            return json(["ok": false, "reason": "not recorded: \(error)"], status: 503)
        }
    }

    // MARK: - Roster and attendance

    private func search(_ query: String) async -> HTTPResponse {
        let found = roster.search(String(query.prefix(100)))
        let checkIns = (try? await store.checkIns()) ?? [:]
        let results: [[String: Any]] = found.map { attendee in
            var entry = Self.describe(attendee)
            // Two people of one name are told apart at the desk by the last digits of their phone, as desks ask.
            let digits = DeskRoster.digits(attendee.phone ?? "")
            if digits.count >= 6 { entry["phone_tail"] = String(digits.suffix(3)) }
            if let checkIn = checkIns[attendee.ticketNumber] {
                entry["checked_in_at"] = Self.timestamp(checkIn.first.scannedAt)
                entry["desk"] = checkIn.first.desk
            }
            return entry
        }
        return json(["ok": true, "results": results], status: 200)
    }

    private func attendance() async -> HTTPResponse {
        do {
            let checkIns = try await store.checkIns()
            let scans = try await store.scanCount()
            var byType: [String: [String: Int]] = [:]
            for type in roster.types { byType[type] = ["registered": 0, "checked_in": 0] }
            var checkedIn = 0
            for attendee in roster.attendees where attendee.status.isActive {
                let type = attendee.ticketType.value
                byType[type, default: [:]]["registered", default: 0] += 1
                if checkIns[attendee.ticketNumber] != nil {
                    byType[type, default: [:]]["checked_in", default: 0] += 1
                    checkedIn += 1
                }
            }
            let types = roster.types.filter { (byType[$0]?["registered"] ?? 0) > 0 }
            return json(["ok": true, "registered": roster.activeCount, "checked_in": checkedIn,
                         "by_type": byType.filter { types.contains($0.key) }, "types": types, "scans": scans], status: 200)
        } catch {
            return json(["ok": false, "reason": "\(error)"], status: 503)
        }
    }

    private func attendanceCSV() async -> HTTPResponse {
        do {
            let data = try AttendanceExport.csv(roster: roster, checkIns: try await store.checkIns(), language: language)
            return HTTPResponse(statusCode: .ok, headers: [
                .contentType: "text/csv; charset=utf-8", .cacheControl: "no-store",
                HTTPHeader("Content-Disposition"): "attachment; filename=\"T8-attendance.csv\"",
            ], body: data)
        } catch {
            return json(["ok": false, "reason": "\(error)"], status: 503)
        }
    }

    // MARK: - Answers

    static func describe(_ attendee: Attendee) -> [String: Any] {
        ["ticket": attendee.ticketNumber, "name": attendee.name, "ticket_type": attendee.ticketType.value,
         "status": attendee.status.rawValue]
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        return formatter.string(from: date)
    }

    private func json(_ object: [String: Any], status: Int) -> HTTPResponse {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: GuardedHTTPServer.phrase(status)),
                            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"], body: data)
    }

    private static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'unsafe-inline'", "style-src 'unsafe-inline'", "connect-src 'self'",
        "img-src 'self' data:", "form-action 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    private func page(_ html: String, status: Int) -> HTTPResponse {
        HTTPResponse(statusCode: HTTPStatusCode(status, phrase: GuardedHTTPServer.phrase(status)), headers: [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            // The page runs only its own inline script and talks only to this server.
            HTTPHeader("Content-Security-Policy"): Self.contentSecurityPolicy,
            HTTPHeader("Referrer-Policy"): "no-referrer",
        ], body: Data(html.utf8))
    }
}

/// A scan as a desk sends it: `{"id", "ticket", "desk", "at"?}`; `at` (milliseconds since 1970) is when the desk
/// scanned, which matters for a scan sent late from the outbox.
struct ScanRequest {
    var id: String
    var ticket: String
    var desk: String
    var at: Date?

    struct Problem: Error {
        var reason: String
    }

    static func decode(_ data: Data) -> Result<ScanRequest, Problem> {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .failure(Problem(reason: "the body is not a JSON object"))
        }
        guard let id = object["id"] as? String, (1...100).contains(id.count),
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return .failure(Problem(reason: "id must be 1 to 100 letters, digits or dashes (a UUID)"))
        }
        let ticket = ((object["ticket"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(ticket.count) else {
            return .failure(Problem(reason: "ticket must be the code scanned or typed (1 to 200 characters)"))
        }
        let desk = ((object["desk"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...40).contains(desk.count) else {
            return .failure(Problem(reason: "desk must name the desk (1 to 40 characters)"))
        }
        let at = (object["at"] as? Double).map { Date(timeIntervalSince1970: $0 / 1000) }
        return .success(ScanRequest(id: id, ticket: ticket, desk: desk, at: at))
    }

    /// The desk's own time, unless it is missing or not believable (a desk clock days off, or in the future).
    func scannedAt(now: Date) -> Date {
        guard let at, at <= now.addingTimeInterval(300), at >= now.addingTimeInterval(-7 * 24 * 3600) else { return now }
        return at
    }
}

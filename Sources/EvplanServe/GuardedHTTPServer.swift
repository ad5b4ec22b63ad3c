import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP/1.1 server of the preview (on 127.0.0.1 only) and of the check-in desk (on the address it is given).
/// It keeps FlyingFox's request, response and handler types and its socket layer (FlyingSocks), but reads each
/// connection itself: FlyingFox 0.27.1 has no limit on the size of a request head (and its line reader is quadratic
/// in a line's length), no time limit on reading one, no cap on connections, and stops serving when `accept` fails.
/// Here a request head is size-capped and must arrive within a time limit, the Host header must name this machine,
/// connections are capped, and `accept` errors are waited out. A body is read only when `Limits.body` allows one
/// (the desk's scans), and only with a Content-Length.
package final class GuardedHTTPServer: Sendable {
    package struct Limits: Sendable {
        /// 8 KB request line (else 414) and 32 KB head in all (else 431).
        var head = RequestHead.Limits(requestLine: 8 * 1024, head: 32 * 1024)
        /// From the moment a connection waits for a request (just opened, or after the previous answer) until the
        /// whole head is in. A client idle or slow that long is closed. It does not apply while an answer is
        /// awaited, so the live-reload long poll is not cut short.
        var headTimeout: Duration = .seconds(5)
        /// To send one answer to a client that does not read it.
        var writeTimeout: Duration = .seconds(10)
        /// For the handler; the live-reload long poll answers well before this.
        var handlerTimeout: Duration = .seconds(30)
        /// How long a refused client may keep sending before the connection is closed under it.
        var lingerTimeout: Duration = .seconds(1)
        /// Far below any descriptor limit. When all are taken, the connection idle longest in reading a request
        /// makes way for the new one; when none is idle, the new one gets 503.
        var connections = 64
        /// The largest request body read (Content-Length only; chunked bodies get 411). 0: bodies are never read,
        /// and a request with one is answered and its connection closed.
        var body = 0

        package init() {}

        package init(body: Int) {
            self.body = body
        }
    }

    package let port: UInt16
    /// The IPv4 address listened on: `127.0.0.1`, a LAN address, or `0.0.0.0` for every interface.
    package let address: String
    /// What the server is called in its refusals ("preview", "desk").
    private let name: String
    private let listener: Socket
    private let limits: Limits
    private let handler: any HTTPHandler
    private let slots: ConnectionSlots

    struct ListenFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Listens at once, so a port already taken is reported before anything else happens.
    package init(address: String = "127.0.0.1", port: UInt16, name: String = "preview", limits: Limits = Limits(),
                 handler: some HTTPHandler) throws {
        let socket = try Socket(domain: Int32(AF_INET))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            #if canImport(Darwin)
            try socket.setValue(true, for: .noSIGPIPE)
            #endif
            try socket.bind(to: sockaddr_in.inet(ip4: address, port: port))
            try socket.listen(maxPendingConnection: 128)
            try socket.setFlags(.nonBlocking)
            guard case let .ip4(_, bound) = try socket.sockname() else { throw SocketError.unsupportedAddress }
            self.port = bound
        } catch {
            try? socket.close()
            throw ListenFailure(description: "\(error)")
        }
        self.listener = socket
        self.address = address
        self.name = name
        self.limits = limits
        self.handler = handler
        self.slots = ConnectionSlots(capacity: limits.connections)
    }

    /// Serves until cancelled, then closes the listening socket and every connection.
    package func run() async throws {
        defer { try? listener.close() }
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { await self.acceptConnections(pool: pool) }
            // Accepting ends only when cancelled; the pool only when cancelled or broken.
            try await group.next()
            group.cancelAll()
        }
    }

    private func acceptConnections(pool: some AsyncSocketPool) async {
        var lastFailure: String?
        while !Task.isCancelled {
            let file: Socket.FileDescriptor
            do {
                file = try listener.accept().file
            } catch SocketError.blocked {
                do {
                    try await pool.suspendSocket(listener, untilReadyFor: .connection)
                } catch {
                    if Task.isCancelled { break }
                    try? await Task.sleep(for: .milliseconds(50))
                }
                continue
            } catch {
                // Out of descriptors (EMFILE) or a client gone before it was accepted: the server goes on; a
                // client still waiting in the backlog is accepted on a later try.
                let text = "\(error)"
                if text != lastFailure { printStatus("evplan: could not accept a connection (\(text)); still serving") }
                lastFailure = text
                try? await Task.sleep(for: .milliseconds(50))
                continue
            }
            lastFailure = nil
            await admit(Socket(file: file), pool: pool)
        }
        slots.cancelAll()
    }

    private func admit(_ socket: Socket, pool: some AsyncSocketPool) async {
        #if canImport(Darwin)
        try? socket.setValue(true, for: .noSIGPIPE)
        #endif
        guard let connection = try? AsyncSocket(socket: socket, pool: pool) else {
            try? socket.close()
            return
        }
        // An idle connection making way closes within moments; until it has, accepting waits (the kernel holds
        // new clients meanwhile), so the descriptors in use never go past the cap.
        var waited = 0
        var reservation = slots.reserve()
        while reservation == .wait, waited < 400, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(5))
            waited += 1
            reservation = slots.reserve()
        }
        guard case let .slot(slot) = reservation else {
            // Every connection is busy being answered: say so without waiting for the client, and close.
            _ = try? socket.write(Self.busy)
            try? socket.close()
            return
        }
        let task = Task { [self] in
            await serve(connection, slot: slot)
            try? connection.close()
            slots.release(slot)
        }
        slots.attach(task, to: slot)
    }

    private func serve(_ connection: AsyncSocket, slot: Int) async {
        var scanner = RequestHead.Scanner(limits: limits.head)
        while !Task.isCancelled {
            slots.setReading(true, slot: slot)
            let parse: RequestHead.Parse
            do {
                parse = try await readHead(connection, scanner: &scanner)
            } catch is DeadlineExceeded {
                // Idle between requests: just close. Part of a request in and then nothing: say why, and close.
                if !scanner.isEmpty { await finish(connection, with: Self.plain(408, "The request took too long to arrive.")) }
                return
            } catch {
                return
            }
            slots.setReading(false, slot: slot)
            guard case let .complete(head, length) = parse else {
                if case let .rejected(status) = parse { await finish(connection, with: Self.refusal(status)) }
                return
            }
            scanner.consume(length)
            let body: Data
            switch await readBody(of: head, connection, scanner: &scanner) {
            case let .read(data):
                body = data
            case let .refused(response):
                await finish(connection, with: response)
                return
            case .failed:
                return
            }
            let (response, keepAlive) = await respond(to: head, body: body)
            guard keepAlive else {
                await finish(connection, with: response, head: head.method == "HEAD")
                return
            }
            do {
                let data = try await Self.encode(response, head: head.method == "HEAD", close: false)
                try await withDeadline(limits.writeTimeout) { try await connection.write(data) }
            } catch {
                return
            }
        }
    }

    /// Reads until a whole head is in, it breaks a limit, or the head time limit passes (DeadlineExceeded).
    private func readHead(_ connection: AsyncSocket, scanner: inout RequestHead.Scanner) async throws -> RequestHead.Parse {
        let deadline = ContinuousClock.now + limits.headTimeout
        var parse = scanner.scan()
        while parse == .incomplete {
            let chunk = try await withDeadline(until: deadline) { try await connection.read(atMost: 4096) }
            scanner.append(chunk)
            parse = scanner.scan()
        }
        return parse
    }

    private enum BodyRead {
        case read(Data)
        case refused(HTTPResponse)
        case failed
    }

    /// The request's body, when the limits allow one: Content-Length bytes, which may already be partly in the
    /// scanner's buffer, read within the head time limit.
    private func readBody(of head: RequestHead, _ connection: AsyncSocket, scanner: inout RequestHead.Scanner) async -> BodyRead {
        guard limits.body > 0, head.hasBody else { return .read(Data()) }
        guard head.values("Transfer-Encoding").isEmpty else {
            return .refused(Self.plain(411, "Send the body with a Content-Length."))
        }
        let lengths = head.values("Content-Length")
        guard lengths.count == 1, let length = Int(lengths[0]), length >= 0 else {
            return .refused(Self.plain(400, "The Content-Length could not be read."))
        }
        guard length <= limits.body else {
            return .refused(Self.plain(413, "The request body is longer than \(limits.body / 1024) KB."))
        }
        let deadline = ContinuousClock.now + limits.headTimeout
        var body = scanner.take(atMost: length)
        while body.count < length {
            guard let chunk = try? await withDeadline(until: deadline, { try await connection.read(atMost: 4096) }) else {
                return .refused(Self.plain(408, "The request body took too long to arrive."))
            }
            let wanted = length - body.count
            body += chunk.prefix(wanted)
            if chunk.count > wanted { scanner.append(Array(chunk.dropFirst(wanted))) }
        }
        return .read(Data(body))
    }

    private func respond(to head: RequestHead, body: Data) async -> (HTTPResponse, keepAlive: Bool) {
        let hosts = head.values("Host")
        guard hosts.count == 1 else {
            return (Self.plain(400, "A request needs exactly one Host header."), false)
        }
        guard ServerHost.accepts(hosts[0], port: port, address: address) else {
            let names = address == "127.0.0.1" ? "127.0.0.1:\(port) or localhost:\(port)"
                : address == "0.0.0.0" ? "this machine's IP addresses with port \(port)" : "\(address):\(port)"
            return (Self.plain(421, "This \(name) answers only to \(names)."), false)
        }
        guard head.target.hasPrefix("/") else {
            return (Self.plain(400, "Only a path may be asked for."), false)
        }
        let target = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let request = HTTPRequest(
            method: HTTPMethod(head.method), version: HTTPVersion(head.version),
            target: HTTPRequest.Target(path: String(target[0]), query: target.count > 1 ? String(target[1]) : ""),
            headers: headers, body: HTTPBodySequence(data: body)
        )
        let response: HTTPResponse
        do {
            response = try await withDeadline(limits.handlerTimeout) { [handler] in try await handler.handleRequest(request) }
        } catch {
            response = Self.plain(500, "The \(name) could not answer: \(error)")
        }
        // A body not read leaves the connection unusable for another request.
        return (response, head.keepsAlive && (!head.hasBody || limits.body > 0))
    }

    /// Sends a last answer, then closes the way RFC 9112 §9.6 asks: stop sending, drain what the client still sends
    /// for a moment, then close, so the client reads the answer instead of a reset.
    private func finish(_ connection: AsyncSocket, with response: HTTPResponse, head: Bool = false) async {
        guard let data = try? await Self.encode(response, head: head, close: true),
              (try? await withDeadline(limits.writeTimeout, { try await connection.write(data) })) != nil else { return }
        _ = shutdown(connection.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + limits.lingerTimeout
        var drained = 0
        while drained < 1 << 20 {
            guard let chunk = try? await withDeadline(until: deadline, { try await connection.read(atMost: 4096) }) else { return }
            drained += chunk.count
        }
    }

    private static let busy: Data = {
        let message = "Too many connections to the preview; try again."
        return encode(plain(503, message), body: Data((message + "\n").utf8), close: true)
    }()

    private static func refusal(_ status: Int) -> HTTPResponse {
        switch status {
        case 414: plain(414, "The request line is longer than 8 KB.")
        case 431: plain(431, "The request's header fields are longer than 32 KB.")
        default: plain(400, "The request could not be read.")
        }
    }

    package static func plain(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: HTTPStatusCode(status, phrase: phrase(status)),
                     headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                     body: Data((message + "\n").utf8))
    }

    package static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 401: "Unauthorized"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 414: "URI Too Long"
        case 421: "Misdirected Request"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        default: "Internal Server Error"
        }
    }

    static func encode(_ response: HTTPResponse, head: Bool = false, close: Bool) async throws -> Data {
        let body = try await response.bodyData
        return encode(response, body: body, head: head, close: close)
    }

    static func encode(_ response: HTTPResponse, body: Data = Data(), head: Bool = false, close: Bool) -> Data {
        var headers = response.headers
        headers.removeValue(.connection)
        headers.removeValue(.transferEncoding)
        if headers[.contentLength] == nil { headers[.contentLength] = String(body.count) }
        var text = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        for (name, value) in headers { text += "\(name.rawValue): \(value)\r\n" }
        if close { text += "Connection: close\r\n" }
        text += "\r\n"
        return Data(text.utf8) + (head ? Data() : body)
    }
}

/// The open connections, and which of them are waiting for a request (and so may make way for a new client).
final class ConnectionSlots: @unchecked Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        var reading = true
        /// Told to close to make way for a newer connection, and not closed yet.
        var evicted = false
    }

    enum Reservation: Equatable {
        case slot(Int)
        /// A connection is closing to make room: ask again in a moment.
        case wait
        /// Every connection is being answered.
        case full
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]
    private var lastID = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    var count: Int { lock.withLock { entries.count } }

    /// A slot for a new connection; when all are taken, tells the oldest connection still waiting for a request to
    /// close and says to wait for it.
    func reserve() -> Reservation {
        var evicted: Task<Void, Never>?
        let reservation: Reservation = lock.withLock {
            if entries.count < capacity {
                lastID += 1
                entries[lastID] = Entry()
                return .slot(lastID)
            }
            if entries.values.contains(where: \.evicted) { return .wait }
            guard let oldest = entries.filter({ $0.value.reading }).keys.min() else { return .full }
            entries[oldest]?.evicted = true
            evicted = entries[oldest]?.task
            return .wait
        }
        evicted?.cancel()
        return reservation
    }

    func attach(_ task: Task<Void, Never>, to id: Int) {
        let cancel = lock.withLock {
            guard entries[id] != nil else { return true }
            entries[id]?.task = task
            return entries[id]?.evicted ?? true
        }
        // Told to make way before it started, or already done: cancelling a finished task does nothing.
        if cancel { task.cancel() }
    }

    func setReading(_ reading: Bool, slot id: Int) {
        lock.withLock { entries[id]?.reading = reading }
    }

    func release(_ id: Int) {
        lock.withLock { _ = entries.removeValue(forKey: id) }
    }

    func cancelAll() {
        let tasks = lock.withLock {
            defer { entries = [:] }
            return entries.values.compactMap(\.task)
        }
        tasks.forEach { $0.cancel() }
    }
}

struct DeadlineExceeded: Error {}

func withDeadline<T: Sendable>(_ duration: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withDeadline(until: .now + duration, body)
}

/// Runs `body`, cancelling it and throwing DeadlineExceeded once `deadline` passes.
func withDeadline<T: Sendable>(until deadline: ContinuousClock.Instant, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlineExceeded() }
        return value
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The request line and header fields of one HTTP/1.x request, read with size limits before anything else sees it.
struct RequestHead: Equatable {
    var method: String
    var target: String
    var version: String
    var fields: [Field]

    struct Field: Equatable {
        var name: String
        var value: String
    }

    /// Every value of the field `name` (compared without case), in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// Whether the request announces a body (which the preview never reads).
    var hasBody: Bool {
        !values("Transfer-Encoding").isEmpty || values("Content-Length").contains { $0 != "0" }
    }

    /// HTTP/1.1 keeps the connection unless told `close`; anything older is closed after one answer.
    var keepsAlive: Bool {
        guard version == "HTTP/1.1" else { return false }
        let tokens = values("Connection").flatMap { $0.split(separator: ",") }
        return !tokens.contains { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare("close") == .orderedSame }
    }

    struct Limits: Sendable {
        /// The request line, method and target included.
        var requestLine: Int
        /// The whole head: request line, every header line and the blank line that ends it.
        var head: Int
    }

    enum Parse: Equatable {
        /// No end of head yet, and still within the limits: read more.
        case incomplete
        /// A whole head, taking `length` bytes from the front of the buffer.
        case complete(RequestHead, length: Int)
        /// Refused: answer with `status` and close.
        case rejected(status: Int)
    }

    /// Looks for a whole request head at the front of `bytes`. Each call scans the buffer once, and the buffer
    /// never grows past the head limit plus one read, so a slow or huge head costs linear time at most.
    static func parse(_ bytes: [UInt8], limits: Limits) -> Parse {
        var start = 0
        // RFC 9112 §2.2: blank lines before a request line are ignored.
        while start < bytes.count, bytes[start] == cr || bytes[start] == lf { start += 1 }
        if start > 64 { return .rejected(status: 400) }
        guard let lineEnd = bytes[start...].firstIndex(of: lf) else {
            return bytes.count - start > limits.requestLine ? .rejected(status: 414) : .incomplete
        }
        if lineEnd - start > limits.requestLine { return .rejected(status: 414) }
        guard let headEnd = endOfHead(bytes, from: lineEnd) else {
            return bytes.count > limits.head ? .rejected(status: 431) : .incomplete
        }
        if headEnd > limits.head { return .rejected(status: 431) }

        let lines = bytes[start..<headEnd].split(separator: lf, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == cr ? line.dropLast() : line, as: UTF8.self)
        }
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isLetter }), !parts[1].isEmpty,
              parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            return .rejected(status: 400)
        }
        var fields: [Field] = []
        for line in lines.dropFirst() where !line.isEmpty {
            // Folded lines (obs-fold) and names with spaces are refused, as RFC 9112 §5 allows.
            guard let colon = line.firstIndex(of: ":"), let first = line.first, first != " ", first != "\t" else {
                return .rejected(status: 400)
            }
            let name = String(line[..<colon])
            guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" }) else { return .rejected(status: 400) }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            fields.append(Field(name: name, value: value))
        }
        let head = RequestHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), fields: fields)
        return .complete(head, length: headEnd)
    }

    /// The index just past the blank line that ends the head (CRLF CRLF, or bare LF LF), if it is there.
    private static func endOfHead(_ bytes: [UInt8], from lineEnd: Int) -> Int? {
        var index = lineEnd
        while index < bytes.count {
            // `index` is at a line feed: the next line is blank when it is LF or CR LF.
            if index + 1 < bytes.count, bytes[index + 1] == lf { return index + 2 }
            if index + 2 < bytes.count, bytes[index + 1] == cr, bytes[index + 2] == lf { return index + 3 }
            guard let next = bytes[(index + 1)...].firstIndex(of: lf) else { return nil }
            index = next
        }
        return nil
    }

    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let lf = UInt8(ascii: "\n")
}

/// The preview answers only to names of this machine, so a page elsewhere cannot reach it through a name of its
/// own that resolves to 127.0.0.1 (DNS rebinding).
enum LoopbackHost {
    static func accepts(_ host: String, port: UInt16) -> Bool {
        guard let (name, givenPort) = split(host) else { return false }
        if let givenPort, givenPort != Substring(String(port)) { return false }
        let lowered = name.lowercased()
        return lowered == "127.0.0.1" || lowered == "localhost" || lowered == "[::1]"
    }

    /// The host's name (an IPv6 address keeps its brackets) and the port it gives, if any; nil when unreadable.
    static func split(_ host: String) -> (name: Substring, port: Substring?)? {
        var name = Substring(host)
        var givenPort: Substring?
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return nil }
            let rest = name[name.index(after: close)...]
            name = name[...close]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                givenPort = rest.dropFirst()
            }
        } else if let colon = name.firstIndex(of: ":") {
            givenPort = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        return (name, givenPort)
    }
}

/// Which Host headers a server answers to: the loopback names when it listens on 127.0.0.1; its own address (and
/// the loopback names) when it listens on one address; any IP address when it listens on all (0.0.0.0). Never a
/// domain name, which a page elsewhere could point at this machine (DNS rebinding).
enum ServerHost {
    static func accepts(_ host: String, port: UInt16, address: String) -> Bool {
        if LoopbackHost.accepts(host, port: port) { return true }
        guard address != "127.0.0.1", let (name, givenPort) = LoopbackHost.split(host) else { return false }
        if let givenPort, givenPort != Substring(String(port)) { return false }
        if address == "0.0.0.0" { return isIPAddress(String(name)) }
        return name == Substring(address)
    }

    private static func isIPAddress(_ name: String) -> Bool {
        var ip4 = in_addr()
        var ip6 = in6_addr()
        if name.hasPrefix("["), name.hasSuffix("]") { return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &ip6) == 1 }
        return inet_pton(AF_INET, name, &ip4) == 1
    }
}

extension RequestHead {
    /// Collects a connection's bytes and finds where each request head ends, looking at every byte once however
    /// the head is cut into reads, so a head sent a byte at a time costs no more than one sent whole.
    struct Scanner {
        let limits: Limits
        private var buffer: [UInt8] = []
        /// Where the request line starts, once a byte other than CR or LF has come.
        private var start: Int?
        /// The line feed that ends the request line, once it has come.
        private var lineEnd: Int?
        /// Bytes before this have been looked at (a line feed that needs the next bytes to decide is looked at again).
        private var scanned = 0

        init(limits: Limits) {
            self.limits = limits
        }

        var isEmpty: Bool { buffer.isEmpty }

        mutating func append(_ bytes: [UInt8]) {
            buffer += bytes
        }

        /// Takes up to `count` bytes from the front of what is buffered (the start of a body sent with its head).
        mutating func take(atMost count: Int) -> [UInt8] {
            let taken = Array(buffer.prefix(count))
            buffer.removeFirst(taken.count)
            return taken
        }

        /// Drops the head just parsed (`length` bytes), keeping what came after it: the next request, if any.
        mutating func consume(_ length: Int) {
            buffer.removeFirst(min(length, buffer.count))
            start = nil
            lineEnd = nil
            scanned = 0
        }

        mutating func scan() -> Parse {
            if start == nil {
                while scanned < buffer.count, buffer[scanned] == cr || buffer[scanned] == lf { scanned += 1 }
                if scanned > 64 { return .rejected(status: 400) }
                guard scanned < buffer.count else { return .incomplete }
                start = scanned
            }
            guard let start else { return .incomplete }
            if lineEnd == nil {
                guard let found = buffer[scanned...].firstIndex(of: lf) else {
                    scanned = buffer.count
                    return buffer.count - start > limits.requestLine ? .rejected(status: 414) : .incomplete
                }
                if found - start > limits.requestLine { return .rejected(status: 414) }
                lineEnd = found
                scanned = found
            }
            // `scanned` is at a line feed or past every byte: look for a line feed followed by LF or CR LF.
            var index = scanned
            while index < buffer.count {
                guard buffer[index] == lf else { index += 1; continue }
                if index + 1 >= buffer.count { break }
                if buffer[index + 1] == lf { return finish(at: index + 2) }
                if buffer[index + 1] == cr {
                    if index + 2 >= buffer.count { break }
                    if buffer[index + 2] == lf { return finish(at: index + 3) }
                }
                index += 1
            }
            scanned = index
            return buffer.count > limits.head ? .rejected(status: 431) : .incomplete
        }

        private func finish(at end: Int) -> Parse {
            if end > limits.head { return .rejected(status: 431) }
            return RequestHead.parse(Array(buffer[..<end]), limits: limits)
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
private let streamType = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let streamType = SOCK_STREAM
private let sendFlags: Int32 = 0
#endif

private func openStreamSocket() -> Int32 { socket(AF_INET, streamType, 0) }
private func sendBytes(_ file: Int32, _ bytes: UnsafeRawBufferPointer) -> Int { send(file, bytes.baseAddress, bytes.count, sendFlags) }

/// A bare TCP connection to 127.0.0.1, for requests no browser would send: a foreign Host, a huge header, half a
/// request. Reads wait at most `timeout` each, so a test never hangs on a server that keeps a connection open.
final class RawConnection {
    private let socket: Int32

    init(port: Int, timeout: TimeInterval = 10) throws {
        socket = openStreamSocket()
        guard socket >= 0 else { throw Failure("socket: errno \(errno)") }
        var wait = timeval(tv_sec: time_t(timeout), tv_usec: suseconds_t((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure("connect: errno \(errno)")
        }
    }

    deinit { close(socket) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Sends all of `text`; false when the server closed the connection before taking it all.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendBytes(socket, $0) }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    enum Ending: Equatable {
        /// The server closed the connection (or reset it).
        case closed
        /// Nothing more within the read timeout; the connection is still open.
        case timedOut
    }

    /// Everything the server sends until it closes the connection or goes quiet for the read timeout.
    func readToEnd() -> (text: String, ending: Ending) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += buffer[..<count]
                continue
            }
            let ending: Ending = count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? .timedOut : .closed
            return (String(decoding: received, as: UTF8.self), ending)
        }
    }

    /// Reads one response whose head says Content-Length, leaving the connection open for the next request.
    func readResponse() -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let text = String(decoding: received, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"),
               let line = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
               let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
               received.count >= text[..<end.upperBound].utf8.count + length {
                return text
            }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            received += buffer[..<count]
        }
    }

    /// The status code of the first response in `text`, or nil.
    static func status(of text: String) -> Int? {
        let parts = text.prefix(while: { $0 != "\r" }).split(separator: " ")
        return parts.count >= 2 && parts[0].hasPrefix("HTTP/1.") ? Int(parts[1]) : nil
    }
}

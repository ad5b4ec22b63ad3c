@testable import EvplanServe
import XCTest

/// The bounded reading of a request head, apart from any socket.
final class RequestHeadTests: XCTestCase {
    private let limits = RequestHead.Limits(requestLine: 8 * 1024, head: 32 * 1024)

    private func scanned(_ pieces: [String]) -> [RequestHead.Parse] {
        var scanner = RequestHead.Scanner(limits: limits)
        return pieces.map { piece in
            scanner.append(Array(piece.utf8))
            return scanner.scan()
        }
    }

    func testAHeadIsFoundHoweverItIsCutIntoReads() throws {
        let text = "\r\nGET /agenda.html?since=a-1 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:  text/html \r\n\r\nGET /next"
        let whole = try XCTUnwrap(scanned([text]).last)
        guard case let .complete(head, length) = whole else { return XCTFail("\(whole)") }
        XCTAssertEqual(head.method, "GET")
        XCTAssertEqual(head.target, "/agenda.html?since=a-1")
        XCTAssertEqual(head.values("host"), ["localhost:8000"])
        XCTAssertEqual(head.values("Accept"), ["text/html"])
        XCTAssertEqual(length, text.utf8.count - "GET /next".utf8.count)
        let byteAtATime = scanned(text.map(String.init))
        XCTAssertEqual(byteAtATime.first { $0 != .incomplete }, whole)
        XCTAssertEqual(scanned(["GET / HTTP/1.1\nHost: a\n\n"]).last.map { if case .complete = $0 { true } else { false } }, true, "bare line feeds")
    }

    func testLimitsAndMalformedHeads() {
        XCTAssertEqual(scanned(["GET /" + String(repeating: "a", count: 9000)]).last, .rejected(status: 414), "no line end yet, already too long")
        XCTAssertEqual(scanned(["GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\n"]).last, .rejected(status: 414))
        XCTAssertEqual(scanned(["GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 40_000)]).last, .rejected(status: 431))
        XCTAssertEqual(scanned(["GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 33_000) + "\r\n\r\n"]).last, .rejected(status: 431))
        XCTAssertEqual(scanned(["GET / HTTP/1.1\r\nNo colon here\r\n\r\n"]).last, .rejected(status: 400))
        XCTAssertEqual(scanned(["GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n"]).last, .rejected(status: 400))
        XCTAssertEqual(scanned(["GET  / HTTP/1.1\r\n\r\n"]).last, .rejected(status: 400))
        XCTAssertEqual(scanned(["GET / HTTP/2.0\r\n\r\n"]).last, .rejected(status: 400))
        XCTAssertEqual(scanned([String(repeating: "\r\n", count: 100)]).last, .rejected(status: 400))
    }

    func testOnlyLoopbackHostsAreAccepted() {
        for host in ["127.0.0.1:8000", "127.0.0.1", "localhost:8000", "LOCALHOST", "[::1]:8000", "[::1]"] {
            XCTAssertTrue(LoopbackHost.accepts(host, port: 8000), host)
        }
        for host in ["", "evil.example", "evil.example:8000", "localhost:8001", "localhost:", "127.0.0.1:08000", "[::1]8000",
                     "localhost.evil.example", "127.0.0.1@evil.example", "[::2]:8000", "0.0.0.0:8000", "::1"] {
            XCTAssertFalse(LoopbackHost.accepts(host, port: 8000), host)
        }
    }
}

/// The Host names a server on a venue network answers to: IP addresses of its own, never a domain name.
final class ServerHostTests: XCTestCase {
    func testABoundAddressIsAnsweredByItsAddressAndLoopbackOnly() {
        XCTAssertTrue(ServerHost.accepts("192.168.1.20:8080", port: 8080, address: "192.168.1.20"))
        XCTAssertTrue(ServerHost.accepts("localhost:8080", port: 8080, address: "192.168.1.20"))
        XCTAssertFalse(ServerHost.accepts("192.168.1.21:8080", port: 8080, address: "192.168.1.20"))
        XCTAssertFalse(ServerHost.accepts("192.168.1.20:8081", port: 8080, address: "192.168.1.20"))
        XCTAssertFalse(ServerHost.accepts("desk.evil.example:8080", port: 8080, address: "192.168.1.20"))
    }

    func testAllInterfacesAcceptAnyIPAddressButNoName() {
        for host in ["10.0.0.5:8080", "192.168.50.1", "[fe80::1]:8080", "127.0.0.1:8080"] {
            XCTAssertTrue(ServerHost.accepts(host, port: 8080, address: "0.0.0.0"), host)
        }
        for host in ["venue.local:8080", "10.0.0.5.evil.example:8080", "10.0.0.5:9", "", "[zz]:8080"] {
            XCTAssertFalse(ServerHost.accepts(host, port: 8080, address: "0.0.0.0"), host)
        }
    }

    func testLoopbackStaysLoopbackOnly() {
        XCTAssertFalse(ServerHost.accepts("10.0.0.5:8080", port: 8080, address: "127.0.0.1"))
        XCTAssertTrue(ServerHost.accepts("localhost:8080", port: 8080, address: "127.0.0.1"))
    }
}

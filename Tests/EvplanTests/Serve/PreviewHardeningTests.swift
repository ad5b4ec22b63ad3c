import Foundation
import XCTest

/// `evplan serve` against clients that are not a planner's browser: a page elsewhere reaching it through a name of
/// its own (DNS rebinding), huge or unfinished requests, more connections than it takes, descriptors running out.
final class PreviewHardeningTests: XCTestCase {
    private let planText = "Taipei Swift Meetup #42"

    private func startPreview(fileLimit: Int? = nil) throws -> (RunningEvplan, URL, Int, URL) {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], fileLimit: fileLimit, test: self)
        let url = try serve.waitForURL()
        return (serve, url, try XCTUnwrap(url.port), plan)
    }

    private func exchange(_ request: String, port: Int) throws -> (status: Int?, text: String) {
        let connection = try RawConnection(port: port, timeout: 5)
        connection.send(request)
        let text = connection.readToEnd().text
        return (RawConnection.status(of: text), text)
    }

    func testOnlyThisMachinesNamesAreAnsweredAsHost() throws {
        let (_, _, port, _) = try startPreview()
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)", "localhost:1", "127.0.0.2:\(port)", "0.0.0.0:\(port)"] {
            let answer = try exchange("GET /budget.html HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port)
            XCTAssertEqual(answer.status, 421, "Host: \(host)")
            XCTAssertFalse(answer.text.contains(planText), "no plan content for Host: \(host)")
        }
        for request in ["GET /budget.html HTTP/1.1\r\n\r\n", "GET /budget.html HTTP/1.0\r\n\r\n",
                        "GET /budget.html HTTP/1.1\r\nHost: localhost:\(port)\r\nHost: evil.example\r\n\r\n",
                        "GET http://evil.example/budget.html HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n"] {
            let answer = try exchange(request, port: port)
            XCTAssertEqual(answer.status, 400, request)
            XCTAssertFalse(answer.text.contains(planText), request)
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)", "[::1]:\(port)", "127.0.0.1", "localhost", "[::1]"] {
            let answer = try exchange("GET /budget.html HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port)
            XCTAssertEqual(answer.status, 200, "Host: \(host)")
            XCTAssertTrue(answer.text.contains(planText), "Host: \(host)")
        }
    }

    func testAHugeRequestHeadIsRefusedAtOnceAndTheServerGoesOn() throws {
        let (_, url, port, _) = try startPreview()
        let started = Date()
        let huge = try exchange("GET / HTTP/1.1\r\nHost: localhost:\(port)\r\nX-Filler: \(String(repeating: "a", count: 100_000))\r\n\r\n", port: port)
        let refusal = Date().timeIntervalSince(started)
        print("preview: 100 KB header refused in \(Int(refusal * 1000)) ms")
        XCTAssertEqual(huge.status, 431)
        XCTAssertLessThan(refusal, 1)
        let manyHeaders = (0..<2000).map { "X-Header-\($0): value\r\n" }.joined()
        XCTAssertEqual(try exchange("GET / HTTP/1.1\r\nHost: localhost:\(port)\r\n\(manyHeaders)\r\n", port: port).status, 431)
        XCTAssertEqual(try exchange("GET /\(String(repeating: "a", count: 10_000)) HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n", port: port).status, 414)

        let page = try PreviewClient(base: url).get("/index.html", timeout: 5)
        XCTAssertEqual(page.status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "refusals and a page, all in moments")
    }

    func testStalledAndIdleClientsAreClosedButALongPollIsNot() throws {
        let (_, url, port, plan) = try startPreview()
        let client = PreviewClient(base: url)
        let token = try PreviewClient.token(in: try client.get("/index.html").body)

        // A page waiting for the next build: the wait outlasts the limit on reading a request.
        let polled = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var next: String?
        let pollStarted = Date()
        DispatchQueue.global().async {
            next = try? client.nextToken(after: token)
            polled.signal()
        }

        let idle = try RawConnection(port: port, timeout: 10)
        idle.send("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        XCTAssertEqual(idle.readResponse().flatMap(RawConnection.status), 200)
        let stalled = try RawConnection(port: port, timeout: 10)
        let stalledAt = Date()
        stalled.send("GET /index.html HTTP/1.1\r\nHost: 127.0")

        let idleEnd = idle.readToEnd()
        XCTAssertEqual(idleEnd.ending, .closed, "an idle keep-alive connection is closed")
        XCTAssertEqual(idleEnd.text, "", "and closed without an answer to a request never made")
        let stalledEnd = stalled.readToEnd()
        let stalledFor = Date().timeIntervalSince(stalledAt)
        print("preview: half a request closed after \(Int(stalledFor * 1000)) ms")
        XCTAssertEqual(stalledEnd.ending, .closed, "half a request is not waited for forever")
        XCTAssertEqual(RawConnection.status(of: stalledEnd.text), 408)
        XCTAssertLessThan(stalledFor, 8)

        XCTAssertEqual(polled.wait(timeout: .now()), .timedOut, "the long poll is still waiting")
        let event = plan.appendingPathComponent("event.md")
        try String(contentsOf: event, encoding: .utf8).replacingOccurrences(of: "#42", with: "#43").write(to: event, atomically: false, encoding: .utf8)
        XCTAssertEqual(polled.wait(timeout: .now() + 15), .success)
        XCTAssertNotNil(next)
        XCTAssertNotEqual(next, token, "the long poll got the new build")
        XCTAssertGreaterThan(Date().timeIntervalSince(pollStarted), 4, "it waited longer than a request head may take")
    }

    func testConnectionsBeyondTheCapDoNotStopThePreview() throws {
        // 150 connections, more than the 128 descriptors it may have: the cap (64) keeps it below that.
        let (serve, url, port, _) = try startPreview(fileLimit: 128)
        let connections = try (0..<150).map { _ in try RawConnection(port: port, timeout: 5) }
        let page = try PreviewClient(base: url).get("/index.html", timeout: 5)
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains(planText))
        XCTAssertEqual(connections[0].readToEnd().ending, .closed, "the oldest idle connection made way")
        XCTAssertNil(serve.waitForExit(timeout: 0), serve.stderr)
        XCTAssertFalse(serve.stderr.contains("could not accept"), serve.stderr)
    }

    func testRunningOutOfDescriptorsDoesNotStopThePreview() throws {
        // 40 descriptors, fewer than the connection cap: accept fails for want of descriptors, and the server waits.
        let (serve, url, port, _) = try startPreview(fileLimit: 40)
        var connections = try (0..<40).map { _ in try RawConnection(port: port, timeout: 5) }
        RunningEvplan.eventually(timeout: 5) { serve.stderr.contains("could not accept") }
        XCTAssertTrue(serve.stderr.contains("could not accept"), serve.stderr)
        connections.removeAll()
        let page = try PreviewClient(base: url).get("/index.html", timeout: 8)
        XCTAssertEqual(page.status, 200)
        XCTAssertNil(serve.waitForExit(timeout: 0), serve.stderr)
    }
}

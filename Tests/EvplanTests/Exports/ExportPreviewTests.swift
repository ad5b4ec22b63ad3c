import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `evplan serve` hands the exports out as calendar and schedule files, unchanged (no live-reload script in them).
final class ExportPreviewTests: XCTestCase {
    private func fetch(_ url: URL) throws -> (type: String, body: Data) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<(String, Data), Error> = .failure(URLError(.timedOut))
        var request = URLRequest(url: url)
        request.timeoutInterval = 10
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(error)
            } else {
                let type = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") ?? ""
                result = .success((type, data ?? Data()))
            }
            done.signal()
        }.resume()
        done.wait()
        return try result.get()
    }

    func testExportsAreServedWithTheirContentTypesAndTheBytesBuildWrites() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], test: self)
        let base = try serve.waitForURL()
        let built = try EvplanBinary.run(["build", plan.path, "-o", folder.appendingPathComponent("out").path])
        XCTAssertEqual(built.status, 0, built.stderr)
        let expected = ["agenda.ics": "text/calendar", "tasks.ics": "text/calendar",
                        "schedule.xml": "application/xml", "schedule.json": "application/json"]
        for (name, type) in expected.sorted(by: { $0.key < $1.key }) {
            let served = try fetch(URL(string: name, relativeTo: base)!.absoluteURL)
            XCTAssertTrue(served.type.hasPrefix(type), "\(name) served as \(served.type)")
            let written = try Data(contentsOf: folder.appendingPathComponent("out/\(name)"))
            XCTAssertEqual(served.body, written, "\(name): the preview serves what build writes")
        }
        serve.interrupt()
        XCTAssertEqual(serve.waitForExit(timeout: 5), 0)
    }
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// Fetches from a running `evplan serve` over HTTP, the way the browser and its live-reload script do.
struct PreviewClient {
    struct Page {
        var status: Int
        var body: String
    }

    let base: URL

    func get(_ path: String, timeout: TimeInterval = 10) throws -> Page {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!.absoluteURL)
        request.timeoutInterval = timeout
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Page, Error> = .failure(URLError(.timedOut))
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                result = .failure(error)
            } else {
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                result = .success(Page(status: status, body: String(decoding: data ?? Data(), as: UTF8.self)))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try result.get()
    }

    /// The build token a served page carries in its live-reload script.
    static func token(in page: String) throws -> String {
        let range = try XCTUnwrap(page.range(of: #"var token = "[^"]+""#, options: .regularExpression), "no live-reload script in the page")
        return page[range].split(separator: "\"")[1].description
    }

    /// What the page's script does: ask for a build other than `token`, the answer coming as soon as there is one.
    func nextToken(after token: String) throws -> String {
        try get("/__evplan/version?since=\(token)", timeout: 30).body
    }

    /// The page after the builds that follow `token`, up to the first that satisfies `settled`: a save that is not
    /// atomic (truncate, then write) can be seen half-written by one poll, and the next poll builds the whole file,
    /// as an open page would see it reload twice.
    func page(_ path: String, after token: inout String, until settled: (String) -> Bool) throws -> (status: Int, body: String) {
        var page = (status: 0, body: "")
        for _ in 0..<4 {
            token = try nextToken(after: token)
            let response = try get(path)
            page = (response.status, response.body)
            if settled(page.body) { break }
        }
        return page
    }
}

import FlyingFox
import Foundation

/// Answers every request of the preview from the latest build in memory; nothing is read from disk here.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    /// Below the server's own request timeout, so a waiting page always gets an answer and polls again.
    let longPollTimeout: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        if request.path == LiveReloadScript.versionPath {
            let since = request.query.first { $0.name == "since" }?.value ?? ""
            let token = await state.token(after: since, timeout: longPollTimeout)
            return HTTPResponse(statusCode: .ok, headers: Self.headers(contentType: "text/plain; charset=utf-8"), body: Data(token.utf8))
        }
        let content = await state.content
        let token = await state.token
        let page = PreviewPage.response(for: request.path, content: content, token: token)
        let status = HTTPStatusCode(page.status, phrase: GuardedHTTPServer.phrase(page.status))
        var headers = Self.headers(contentType: page.contentType)
        guard request.method == .GET else {
            headers[.contentLength] = String(page.body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: page.body)
    }

    private static func headers(contentType: String) -> HTTPHeaders {
        // Every answer is about a plan that may change the next second: never reuse one.
        [.contentType: contentType, .cacheControl: "no-store"]
    }
}

import EvplanRender
import EvplanModel
import Foundation

/// What the preview answers for a page: the built page with the diagnostics box and the reload script added,
/// or a page of its own when there is nothing built to show.
enum PreviewPage {
    struct Response {
        var status: Int
        var contentType: String
        var body: Data
    }

    static func response(for requestPath: String, content: PreviewContent, token: String) -> Response {
        let path = filePath(for: requestPath)
        if let data = content.files[path] {
            guard path.hasSuffix(".html") else { return Response(status: 200, contentType: contentType(of: path), body: data) }
            let page = String(decoding: data, as: UTF8.self)
            let decorated = decorate(page, panel: DiagnosticPanel.html(for: content), token: token)
            return Response(status: 200, contentType: contentType(of: path), body: Data(decorated.utf8))
        }
        if content.templateFailure != nil {
            return standalone(status: 500, title: "evplan", content: content, token: token, message: "")
        }
        let message = content.language == .zhTW
            ? "沒有「\(requestPath)」這一頁。產出的頁面：\(pageList(content))"
            : "There is no page “\(requestPath)”. The built pages: \(pageList(content))"
        return standalone(status: 404, title: "404", content: content, token: token, message: message)
    }

    /// `/` and `/agenda.html` to `index.html` and `agenda.html`; a folder to its index.html.
    static func filePath(for requestPath: String) -> String {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        var path = decoded.split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "/")
        if path.isEmpty || decoded.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }

    /// The panel right after `<body …>`, the script right before `</body>`; a page without them still gets both.
    static func decorate(_ page: String, panel: String, token: String) -> String {
        var html = page
        if !panel.isEmpty {
            if let body = html.range(of: "<body", options: .caseInsensitive),
               let close = html.range(of: ">", range: body.upperBound..<html.endIndex) {
                html.insert(contentsOf: panel, at: close.upperBound)
            } else {
                html = panel + html
            }
        }
        let script = LiveReloadScript.html(token: token)
        if let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            html.insert(contentsOf: script, at: end.lowerBound)
        } else {
            html += script
        }
        return html
    }

    private static func standalone(status: Int, title: String, content: PreviewContent, token: String, message: String) -> Response {
        let lang = content.language == .zhTW ? "zh-Hant-TW" : "en"
        let paragraph = message.isEmpty ? "" : "<p style=\"font:15px/1.5 system-ui,sans-serif;margin:16px\">\(HTMLText.escape(message))</p>"
        let page = "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\"><title>\(HTMLText.escape(title))</title></head>"
            + "<body style=\"margin:0\">\(paragraph)</body></html>"
        let body = decorate(page, panel: DiagnosticPanel.html(for: content), token: token)
        return Response(status: status, contentType: "text/html; charset=utf-8", body: Data(body.utf8))
    }

    private static func pageList(_ content: PreviewContent) -> String {
        content.files.keys.sorted().map { "/" + $0 }.joined(separator: ", ")
    }

    private static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "ics": "text/calendar; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        default: "application/octet-stream"
        }
    }
}

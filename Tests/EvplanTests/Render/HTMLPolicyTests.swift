import EvplanModel
@testable import EvplanRender
import XCTest

/// Pages rendered from a plan's own templates pass the same rule as the plan's text: no script, nothing from the
/// network. The template's own HTML is checked statically; what a value makes of it is taken out as pages render.
final class HTMLPolicyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("evplan-policy-\(UUID().uuidString)/Templates")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    private func write(_ text: String, to relative: String) throws {
        try text.write(to: folder.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    func testPlanTextInAnUnquotedAttributeCannotAddAnEventHandler() throws {
        try write("<footer><a href={{page.eventName}}>home</a><a title='{{page.eventName}}'>t</a></footer></body></html>", to: "partials/footer.mustache")
        XCTAssertEqual(Renderer.templateDiagnostics(overrideDirectory: folder.path, allowRawHTML: false), [])
        var plan = RenderPlanFixture.plan()
        plan.event?.name = Located("x onmouseover=alert(1) style=background:url(http://t.example/p.gif)", at: RenderPlanFixture.loc("event.md", 2))
        let html = try RenderPlanFixture.html("index.html", of: plan, renderer: Renderer(overrideDirectory: folder.path))
        // The name still shows as text elsewhere on the page; in the footer's tags it does nothing.
        let footer = try XCTUnwrap(html.range(of: "<footer>").map { String(html[$0.lowerBound...]) })
        XCTAssertFalse(footer.lowercased().contains("onmouseover="), footer)
        XCTAssertFalse(footer.contains("t.example/p.gif)"), footer)
        XCTAssertEqual(HTMLPolicy.findings(in: html), [])
    }

    func testPlanTextCannotBecomeAJavascriptLink() throws {
        try write("<footer><a href=\"{{page.eventName}}\">home</a></footer></body></html>", to: "partials/footer.mustache")
        var plan = RenderPlanFixture.plan()
        plan.event?.name = Located(" JaVaScRiPt:alert(1)", at: RenderPlanFixture.loc("event.md", 2))
        let html = try RenderPlanFixture.html("index.html", of: plan, renderer: Renderer(overrideDirectory: folder.path))
        let footer = try XCTUnwrap(html.range(of: "<footer>").map { String(html[$0.lowerBound...]) })
        XCTAssertEqual(footer, "<footer><a >home</a></footer></body></html>")
    }

    func testTheSanitiserLeavesCleanPagesAsTheyAre() throws {
        // An override that changes nothing that matters: the built-in pages come out byte for byte.
        try write("<footer class=\"page-foot\"></footer></body></html>\n", to: "partials/footer.mustache")
        let renderer = try Renderer(overrideDirectory: folder.path)
        for file in renderer.render(RenderPlanFixture.plan(), diagnostics: RenderPlanFixture.diagnostics()) {
            let html = String(decoding: file.contents, as: UTF8.self)
            XCTAssertEqual(HTMLPolicy.sanitise(html), html, file.path)
        }
    }

    func testFindings() {
        func kinds(_ html: String) -> [HTMLPolicy.Violation] { HTMLPolicy.findings(in: html).map(\.violation) }
        XCTAssertEqual(kinds("<p onclick=\"x\">"), [.eventHandler("onclick")])
        XCTAssertEqual(kinds("<SCRIPT src=x></SCRIPT>"), [.forbiddenElement("script")])
        XCTAssertEqual(kinds("<svg><title><script>1</script></title></svg>"), [.forbiddenElement("script")])
        XCTAssertEqual(kinds("<iframe src=x>"), [.forbiddenElement("iframe")])
        XCTAssertEqual(kinds("<base href=\"http://x/\">"), [.forbiddenElement("base")])
        XCTAssertEqual(kinds("<meta http-equiv=\"Refresh\" content=\"0;url=http://x\">"), [.metaRefresh])
        XCTAssertEqual(kinds("<a href=\"vbscript:x\">"), [.scriptURL("href")])
        XCTAssertEqual(kinds("<a href=\"data:text/html,<b>\">"), [.scriptURL("href")])
        XCTAssertEqual(kinds("<a href=\"ja&#x0A;vascript&colon;x\">"), [.scriptURL("href")])
        XCTAssertEqual(kinds("<img src=\"//t.example/p.gif\">"), [.remoteResource("//t.example/p.gif")])
        XCTAssertEqual(kinds("<img srcset=\"a.png 1x, https://t.example/b.png 2x\">"), [.remoteResource("https://t.example/b.png")])
        XCTAssertEqual(kinds("<link rel=stylesheet href=https://x/a.css>"), [.remoteResource("https://x/a.css")])
        XCTAssertEqual(kinds("<div style=\"background: u\\72l(http://x)\">"), [.cssEscape])
        // Allowed: links to the web, fragment and data-image references, text that only looks like a handler.
        XCTAssertEqual(kinds("<a href=\"https://example.org\">on=1 javascript:</a><img src=\"data:image/png;base64,AAAA\"><path marker-end=\"url(#arrow)\"/>"), [])
        XCTAssertEqual(kinds("<!-- <script> --><p>a < b</p>"), [])
    }

    func testSanitiseTakesOutWhatItFinds() {
        let dirty = "<p>x</p><script>alert(1)</script><img src=a.png onerror=alert(1)><a href=javascript:x>y</a><style>@import 'http://x/a.css'; p{background:url(http://t/p.gif)}</style>"
        let clean = HTMLPolicy.sanitise(dirty)
        XCTAssertEqual(HTMLPolicy.findings(in: clean), [], clean)
        XCTAssertTrue(clean.contains("&lt;script>"), clean)
        XCTAssertTrue(clean.contains("<img src=a.png >"), clean)
        XCTAssertFalse(clean.contains("http://t/p.gif"), clean)
    }
}

import EvplanRender
import XCTest
@testable import EvplanServe

final class PreviewPageTests: XCTestCase {
    func testDiagnosticsGoFirstInTheBodyAndTheReloadScriptLast() {
        let page = "<!DOCTYPE html><html><head><title>t</title></head><body class=\"page\"><main>plan</main></body></html>"
        let decorated = PreviewPage.decorate(page, panel: "<section>errors</section>", token: "abc-2")
        XCTAssertTrue(decorated.contains("<body class=\"page\"><section>errors</section><main>plan</main>"), decorated)
        XCTAssertTrue(decorated.hasSuffix("</script></body></html>"), decorated)
        XCTAssertTrue(decorated.contains("var token = \"abc-2\""))
        XCTAssertFalse(PreviewPage.decorate(page, panel: "", token: "abc-2").contains("<section"))
    }

    func testRequestPathsMapToBuiltFilesAndNeverLeaveTheSite() {
        XCTAssertEqual(PreviewPage.filePath(for: "/"), "index.html")
        XCTAssertEqual(PreviewPage.filePath(for: "/budget.html"), "budget.html")
        XCTAssertEqual(PreviewPage.filePath(for: "/../../etc/passwd"), "etc/passwd")
        XCTAssertEqual(PreviewPage.filePath(for: "/press%2Drelease.html"), "press-release.html")
    }

    func testPlanTextIsEscaped() {
        XCTAssertEqual(HTMLText.escape("<b>“A & B”</b>'"), "&lt;b&gt;“A &amp; B”&lt;/b&gt;&#39;")
    }
}

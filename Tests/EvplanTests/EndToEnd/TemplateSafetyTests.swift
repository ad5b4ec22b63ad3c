import Foundation
import XCTest

/// A plan's own templates are code: the real binary checks them with the plan and refuses to build from ones that
/// write script or include each other without end, instead of writing the script or crashing.
final class TemplateSafetyTests: XCTestCase {
    private func plan(rawHTML: Bool = false) throws -> URL {
        let folder = try EvplanBinary.temporaryFolder(self)
        try EvplanBinary.run(["init", "plan", "--lang", "en"], in: folder)
        let plan = folder.appendingPathComponent("plan")
        if rawHTML {
            let event = try String(contentsOf: plan.appendingPathComponent("event.md"), encoding: .utf8)
            try event.replacingOccurrences(of: "---\n", with: "---\nraw_html: true\n", options: [], range: event.startIndex..<event.index(event.startIndex, offsetBy: 4))
                .write(to: plan, "event.md")
        }
        XCTAssertEqual(try EvplanBinary.run(["check", "plan"], in: folder).status, 0)
        return plan
    }

    /// `check` and `build` both report the template's line and column and exit 1; nothing is written.
    private func assertRefused(_ plan: URL, at location: String, _ words: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = plan.deletingLastPathComponent()
        let check = try EvplanBinary.run(["check", "plan"], in: folder)
        XCTAssertEqual(check.status, 1, check.stdout + check.stderr, file: file, line: line)
        XCTAssertTrue(check.stdout.contains("\(location): error: "), check.stdout, file: file, line: line)
        XCTAssertTrue(check.stdout.contains(words), check.stdout, file: file, line: line)
        XCTAssertTrue(check.stdout.contains("[format.template]"), check.stdout, file: file, line: line)
        for arguments in [["build", "plan"], ["build", "plan", "--force"]] {
            let build = try EvplanBinary.run(arguments, in: folder)
            XCTAssertEqual(build.status, 1, "\(arguments) " + build.stdout + build.stderr, file: file, line: line)
            XCTAssertTrue(build.stdout.contains("\(location): error: "), build.stdout, file: file, line: line)
            XCTAssertFalse(FileManager.default.fileExists(atPath: plan.appendingPathComponent("build").path), file: file, line: line)
        }
    }

    func testAScriptInATemplateIsAnErrorAtItsTag() throws {
        let plan = try plan()
        try "<footer>\n  <p>x</p><script>alert(1)</script>\n</footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:2:11", "<script>")
    }

    func testAnEventHandlerAttributeIsAnErrorAtTheAttribute() throws {
        let plan = try plan()
        try "<footer><img src=\"x.png\"\n     onerror=\"alert(1)\"></footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:2:6", "onerror")
    }

    func testAJavascriptLinkIsAnErrorEvenWhenSpelledWithEntities() throws {
        let plan = try plan()
        try "<footer><a href=\"java&#115;cript:alert(1)\">{{page.eventName}}</a></footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:1:12", "javascript:")
    }

    func testTripleMustacheOnPlanTextIsAnError() throws {
        let plan = try plan()
        try "<footer>{{{page.eventName}}}</footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:1:9", "unescaped")
    }

    func testASelfIncludingPartialIsReportedNotACrash() throws {
        let plan = try plan()
        try "<footer>\n  {{>partials/footer}}\n</footer>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:2:3", "includes itself")
    }

    func testATwoPartialCycleIsReportedNotACrash() throws {
        let plan = try plan()
        try "<footer>{{>partials/a}}</footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        try "a {{>partials/b}}\n".write(to: plan, "Templates/partials/a.mustache")
        try "b\n{{#page}}{{>partials/a}}{{/page}}\n".write(to: plan, "Templates/partials/b.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/b.mustache:2:10", "partials/a → partials/b → partials/a")
    }

    func testADeepButFiniteChainStillBuilds() throws {
        let plan = try plan()
        // footer → p1 → … → p10: with the page and layout, well inside the limit of 16.
        try "<footer>{{>partials/p1}}</footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        for level in 1...10 {
            let next = level < 10 ? "{{>partials/p\(level + 1)}}" : "<span>deepest</span>"
            try "<i>\(level)</i>\(next)".write(to: plan, "Templates/partials/p\(level).mustache")
        }
        let build = try EvplanBinary.run(["build", "plan"], in: plan.deletingLastPathComponent())
        XCTAssertEqual(build.status, 0, build.stdout + build.stderr)
        let index = try String(contentsOf: plan.appendingPathComponent("build/index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<i>10</i><span>deepest</span>"))
    }

    func testAChainDeeperThanTheLimitIsAnError() throws {
        let plan = try plan()
        try "<footer>{{>partials/p1}}</footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        for level in 1...30 {
            try (level < 30 ? "{{>partials/p\(level + 1)}}" : "end").write(to: plan, "Templates/partials/p\(level).mustache")
        }
        let check = try EvplanBinary.run(["check", "plan"], in: plan.deletingLastPathComponent())
        XCTAssertEqual(check.status, 1, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("nested more than 16 deep"), check.stdout)
    }

    func testRawHTMLLetsTheTemplateThroughWithAnInfoEveryRun() throws {
        let plan = try plan(rawHTML: true)
        try "<footer><script>console.log(1)</script></footer></body></html>\n".write(to: plan, "Templates/partials/footer.mustache")
        let folder = plan.deletingLastPathComponent()
        for _ in 0..<2 {
            let check = try EvplanBinary.run(["check", "plan"], in: folder)
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
            XCTAssertTrue(check.stdout.contains("plan/event.md:2:11: info: "), check.stdout)
            XCTAssertTrue(check.stdout.contains("[format.raw-html-enabled]"), check.stdout)
        }
        let build = try EvplanBinary.run(["build", "plan"], in: folder)
        XCTAssertEqual(build.status, 0, build.stdout + build.stderr)
        XCTAssertTrue(build.stdout.contains("[format.raw-html-enabled]"), build.stdout)
        XCTAssertTrue(try String(contentsOf: plan.appendingPathComponent("build/index.html"), encoding: .utf8).contains("<script>console.log(1)</script>"))
    }

    func testATemplateErrorCannotBeTurnedOffInEventMd() throws {
        let plan = try plan()
        let event = try String(contentsOf: plan.appendingPathComponent("event.md"), encoding: .utf8)
        try event.replacingOccurrences(of: "---\n", with: "---\nrules:\n  format.template: off\n", options: [], range: event.startIndex..<event.index(event.startIndex, offsetBy: 4))
            .write(to: plan, "event.md")
        try "<footer><script>alert(1)</script></footer>\n".write(to: plan, "Templates/partials/footer.mustache")
        try assertRefused(plan, at: "plan/Templates/partials/footer.mustache:1:9", "<script>")
    }

    func testRemoteCSSInATemplateIsWarnedAndLeftOutOfThePages() throws {
        let plan = try plan()
        try "<style>\n@import url(\"https://fonts.example/f.css\");\nbody { background: url(http://tracker.example/p.gif) }\n</style>\n<footer></footer></body></html>\n"
            .write(to: plan, "Templates/partials/footer.mustache")
        let folder = plan.deletingLastPathComponent()
        let build = try EvplanBinary.run(["build", "plan"], in: folder)
        XCTAssertEqual(build.status, 0, build.stdout + build.stderr)
        XCTAssertTrue(build.stdout.contains("plan/Templates/partials/footer.mustache:2:1: warning: "), build.stdout)
        XCTAssertTrue(build.stdout.contains("plan/Templates/partials/footer.mustache:3:20: warning: "), build.stdout)
        XCTAssertTrue(build.stdout.contains("[format.remote-resource]"), build.stdout)
        let index = try String(contentsOf: plan.appendingPathComponent("build/index.html"), encoding: .utf8)
        // The home page lists the warnings (URL included) as text; the CSS itself no longer reaches out.
        XCTAssertFalse(index.contains("url(http://tracker.example"), index)
        XCTAssertFalse(index.contains("@import url("), index)
        XCTAssertTrue(index.contains("body { background: none }"), index)
    }
}

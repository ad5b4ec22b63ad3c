import Foundation
import XCTest

/// `evplan serve` driven over HTTP as a planner's browser would drive it: an open page, a save, a broken save, a fix.
final class LivePreviewTests: XCTestCase {
    private let panel = "id=\"evplan-preview-diagnostics\""

    func testSaveBreakAndFixReachAnOpenPageWithoutRestart() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], test: self)
        let client = PreviewClient(base: try serve.waitForURL())

        let opened = try client.get("/budget.html")
        XCTAssertEqual(opened.status, 200)
        XCTAssertTrue(opened.body.contains("Taipei Swift Meetup #42"))
        XCTAssertFalse(opened.body.contains(panel), "a clean plan shows no diagnostics box")
        var token = try PreviewClient.token(in: opened.body)

        // A saved change reaches the open page: its long poll answers, it reloads and shows the change.
        let event = plan.appendingPathComponent("event.md")
        let original = try String(contentsOf: event, encoding: .utf8)
        let renamed = original.replacingOccurrences(of: "Taipei Swift Meetup #42", with: "Taipei Swift Meetup #43")
        let saved = Date()
        try renamed.write(to: event, atomically: false, encoding: .utf8)
        let reloaded = try client.page("/budget.html", after: &token) { $0.contains("Taipei Swift Meetup #43") }
        let latency = Date().timeIntervalSince(saved)
        print("live preview: save to reloaded page in \(Int(latency * 1000)) ms")
        XCTAssertTrue(reloaded.body.contains("Taipei Swift Meetup #43"), "the page shows the saved change")
        XCTAssertLessThan(latency, 3, "a save shows in an open page within seconds")

        // A broken save: the page shows what is wrong, where, and how to fix it, in the plan's language.
        try renamed.replacingOccurrences(of: "budget: 30,000", with: "budget: lots").write(to: event, atomically: false, encoding: .utf8)
        let broken = try client.page("/budget.html", after: &token) { $0.contains("event.md:8:9") }
        XCTAssertEqual(broken.status, 200)
        XCTAssertTrue(broken.body.contains(panel), "the errors are on the page, not a stale copy of it")
        XCTAssertTrue(broken.body.contains("The plan has 1 error"), broken.body.prefix(3000).description)
        XCTAssertTrue(broken.body.contains("event.md:8:9"), "file, line and column of the bad value")
        XCTAssertTrue(broken.body.contains("“lots” cannot be read as an amount"))
        XCTAssertTrue(broken.body.contains("[format.unparsable-value]"))
        XCTAssertTrue(broken.body.contains("Fix: Write it like"))
        XCTAssertEqual(try PreviewClient.token(in: broken.body), token, "the error page reloads itself on the next save too")
        XCTAssertTrue(serve.stdout.contains("event.md:8:9: error:"), "the terminal shows the errors too")

        // Fixing it brings the page back, with no restart.
        try renamed.write(to: event, atomically: false, encoding: .utf8)
        let fixed = try client.page("/budget.html", after: &token) { !$0.contains(panel) && $0.contains("Taipei Swift Meetup #43") }
        XCTAssertEqual(fixed.status, 200)
        XCTAssertFalse(fixed.body.contains(panel))
        XCTAssertTrue(fixed.body.contains("Taipei Swift Meetup #43"))

        XCTAssertFalse(FileManager.default.fileExists(atPath: plan.appendingPathComponent("build").path),
                       "serve writes nothing into the plan unless -o is given")
        serve.interrupt()
        XCTAssertEqual(serve.waitForExit(timeout: 5), 0, "Ctrl-C stops serve cleanly")
        XCTAssertTrue(serve.stderr.contains("stopped"), serve.stderr)
    }

    func testAnEditorsBurstOfWritesIsOneBuild() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], test: self)
        let client = PreviewClient(base: try serve.waitForURL())
        let token = try PreviewClient.token(in: try client.get("/").body)

        // Like an editor's save: a backup copy, a truncated write, the full write, a touch.
        let event = plan.appendingPathComponent("event.md")
        let original = try String(contentsOf: event, encoding: .utf8)
        try original.write(to: plan, ".event.md.swp")
        try "".write(to: event, atomically: false, encoding: .utf8)
        try original.replacingOccurrences(of: "attendees: 60", with: "attendees: 70").write(to: event, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: event.path)

        let next = try client.nextToken(after: token)
        Thread.sleep(forTimeInterval: 0.6)
        let current = try PreviewClient.token(in: try client.get("/").body)
        XCTAssertEqual(current, next, "no second build followed the first")
        XCTAssertEqual(serve.stderr.components(separatedBy: "Rebuilt in").count - 1, 1, serve.stderr)
        XCTAssertFalse(try client.get("/").body.contains(panel), "the build saw the finished write, not the empty file")
    }

    func testChinesePlanShowsChineseDiagnosticsAndATemplateErrorUntilFixed() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        try EvplanBinary.run(["init", "plan", "--lang", "zh-TW"], in: folder)
        let plan = folder.appendingPathComponent("plan")
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], test: self)
        let client = PreviewClient(base: try serve.waitForURL())
        var token = try PreviewClient.token(in: try client.get("/agenda.html").body)

        let event = plan.appendingPathComponent("event.md")
        let original = try String(contentsOf: event, encoding: .utf8)
        try original.replacingOccurrences(of: "attendees: 80", with: "attendees: 很多").write(to: event, atomically: false, encoding: .utf8)
        token = try client.nextToken(after: token)
        let broken = try client.get("/agenda.html")
        XCTAssertTrue(broken.body.contains("企劃有 1 個錯誤"), broken.body.prefix(3000).description)
        XCTAssertTrue(broken.body.contains("event.md:6:"))
        XCTAssertTrue(broken.body.contains("修正："))
        try original.write(to: event, atomically: false, encoding: .utf8)
        token = try client.nextToken(after: token)

        // The plan's own Templates/ folder is watched too; a template that does not parse leaves no page to show.
        try "<html><body>{{#event}}unclosed</body></html>".write(to: plan.appendingPathComponent("Templates"), "budget.mustache")
        token = try client.nextToken(after: token)
        let templateError = try client.get("/budget.html")
        XCTAssertEqual(templateError.status, 500)
        XCTAssertTrue(templateError.body.contains("版型有錯誤"), templateError.body)
        XCTAssertTrue(templateError.body.contains("budget.mustache"), "names the template file to fix")
        try FileManager.default.removeItem(at: plan.appendingPathComponent("Templates"))
        token = try client.nextToken(after: token)
        let back = try client.get("/budget.html")
        XCTAssertEqual(back.status, 200)
        XCTAssertFalse(back.body.contains(panel))
        XCTAssertTrue(back.body.contains("我的活動"))
    }

    func testUnknownPageIsNotFoundAndOnlyLoopbackIsServed() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0"], test: self)
        let url = try serve.waitForURL()
        let client = PreviewClient(base: url)
        XCTAssertEqual(try client.get("/no-such-page.html").status, 404)
        XCTAssertEqual(try client.get("/../../etc/passwd").status, 404)
        XCTAssertEqual(try client.get("/index.html").status, 200)

        // A second preview on the same port cannot listen: it says so and exits 2 instead of hanging.
        let second = try RunningEvplan(["serve", plan.path, "--port", "\(url.port ?? 0)"], test: self)
        XCTAssertEqual(second.waitForExit(timeout: 15), 2)
        XCTAssertTrue(second.stderr.contains("cannot listen on 127.0.0.1:\(url.port ?? 0)"), second.stderr)
        serve.interrupt()
        XCTAssertEqual(serve.waitForExit(timeout: 5), 0)
    }

    func testOutputOptionWritesTheDeliverablesWithoutThePreviewScript() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let output = folder.appendingPathComponent("site")
        let serve = try RunningEvplan(["serve", plan.path, "--port", "0", "-o", output.path], test: self)
        let served = try PreviewClient(base: try serve.waitForURL()).get("/agenda.html").body
        let written = try String(contentsOf: output.appendingPathComponent("agenda.html"), encoding: .utf8)
        XCTAssertTrue(served.contains("<script"), "the preview reloads itself")
        XCTAssertFalse(written.contains("<script"), "the deliverables stay script-free")
        serve.interrupt()
        XCTAssertEqual(serve.waitForExit(timeout: 5), 0)
    }
}

import Foundation
import XCTest

/// Built pages load nothing from the network: a remote image in the plan's Markdown becomes a link with a warning,
/// a local one is embedded as a `data:` URI, and nothing outside the plan folder is ever read into a page.
final class SelfContainedPageTests: XCTestCase {
    private static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]

    private func plan(body: String) throws -> URL {
        let folder = try EvplanBinary.temporaryFolder(self)
        try EvplanBinary.run(["init", "plan", "--lang", "en"], in: folder)
        let plan = folder.appendingPathComponent("plan")
        try "# Research\n\n\(body)\n".write(to: plan, "T1-research.md")
        return plan
    }

    private func build(_ plan: URL) throws -> (run: EvplanBinary.Run, pages: [String: String]) {
        let run = try EvplanBinary.run(["build", "plan"], in: plan.deletingLastPathComponent())
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        var pages: [String: String] = [:]
        for page in ["index.html", "proposal.html", "budget.html", "gantt.html", "agenda.html", "press-release.html"] {
            pages[page] = try String(contentsOf: plan.appendingPathComponent("build/\(page)"), encoding: .utf8)
        }
        return (run, pages)
    }

    func testARemoteImageIsALinkAndAWarningAtItsPlace() throws {
        let plan = try plan(body: "Our venue:\nsee ![tracking pixel](https://t.example/p.gif) and ![](//t.example/q.png)\n\n| a | b |\n|---|---|\n| ![cell](http://t.example/c.png) | 1 |")
        let (run, pages) = try build(plan)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:4:5: warning: "), run.stdout)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:4:52: warning: "), run.stdout)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:8:3: warning: "), run.stdout)
        XCTAssertTrue(run.stdout.contains("[format.remote-resource]"), run.stdout)
        for (page, html) in pages {
            XCTAssertFalse(html.contains("src=\"http") || html.contains("src=\"//") || html.contains("<img"), "\(page) loads an image")
        }
        XCTAssertTrue(pages["proposal.html"]!.contains("<a href=\"https://t.example/p.gif\">tracking pixel</a>"))
    }

    func testALocalImageIsEmbeddedAsADataURI() throws {
        let plan = try plan(body: "![logo](images/logo.png) ![map](images/map%20one.svg)")
        try FileManager.default.createDirectory(at: plan.appendingPathComponent("images"), withIntermediateDirectories: true)
        try Data(Self.png).write(to: plan.appendingPathComponent("images/logo.png"))
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".write(to: plan, "images/map one.svg")
        let (run, pages) = try build(plan)
        XCTAssertFalse(run.stdout.contains("warning"), run.stdout)
        let proposal = pages["proposal.html"]!
        XCTAssertTrue(proposal.contains("<img src=\"data:image/png;base64,\(Data(Self.png).base64EncodedString())\" alt=\"logo\""), proposal)
        // An SVG only ever goes into <img>, where browsers run no script in it.
        XCTAssertTrue(proposal.contains("<img src=\"data:image/svg+xml;base64,"), proposal)
    }

    func testAnImageOutsideThePlanIsNotRead() throws {
        let plan = try plan(body: "![a](../secret.png) ![b](images/link.png) ![c](/etc/passwd)")
        let secret = Data(Self.png + Array("SECRET".utf8))
        try secret.write(to: plan.deletingLastPathComponent().appendingPathComponent("secret.png"))
        try FileManager.default.createDirectory(at: plan.appendingPathComponent("images"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: plan.appendingPathComponent("images/link.png").path, withDestinationPath: "../../secret.png")
        let (run, pages) = try build(plan)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:3:1: warning: The image “../secret.png” is outside the plan folder"), run.stdout)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:3:21: warning: The image “images/link.png” is outside the plan folder"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[format.image]"), run.stdout)
        for (page, html) in pages {
            XCTAssertFalse(html.contains(secret.base64EncodedString()) || html.contains("data:image"), page)
        }
    }

    func testAnOversizedImageIsNotEmbeddedAndWarned() throws {
        let plan = try plan(body: "![big](big.png) ![gone](missing.png)")
        try Data(Self.png + [UInt8](repeating: 0, count: 2 * 1024 * 1024)).write(to: plan.appendingPathComponent("big.png"))
        let (run, pages) = try build(plan)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:3:1: warning: The image “big.png” is 2.0 MB, more than the 2 MB"), run.stdout)
        XCTAssertTrue(run.stdout.contains("plan/T1-research.md:3:17: warning: The image “missing.png” is not there"), run.stdout)
        XCTAssertFalse(pages["proposal.html"]!.contains("data:image"))
        XCTAssertTrue(pages["proposal.html"]!.contains("<a href=\"big.png\">big</a>"))
    }
}

import EvplanModel
@testable import EvplanRender
import Foundation
import XCTest

final class RenderSelfContainedTests: XCTestCase {
    /// Every page opens offline and prints on its own: nothing fetched, nothing run.
    func testPagesNeedNothingFromTheNetworkAndRunNoScript() throws {
        let renderer = try Renderer(overrideDirectory: nil)
        for language in Language.allCases {
            // The pages; the calendar and schedule exports (not HTML) are checked in Exports/.
            let files = renderer.render(RenderPlanFixture.plan(language: language), diagnostics: RenderPlanFixture.diagnostics())
                .filter { $0.path.hasSuffix(".html") }
            XCTAssertEqual(files.map(\.path), ["index.html", "proposal.html", "budget.html", "gantt.html", "agenda.html", "press-release.html",
                                               "marketing.html", "invitations.html", "closure.html", "venue.html", "operations.html", "callsheet.html",
                                               "roster.html", "signin.html", "badges.html", "checkin.html", "handbook.html", "receipts.html"])
            for file in files {
                let html = String(decoding: file.contents, as: UTF8.self)
                XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), file.path)
                XCTAssertTrue(html.contains("<html lang=\"\(language.rawValue)\">"), file.path)
                XCTAssertTrue(html.contains("@page { size: A4"), file.path)
                XCTAssertTrue(html.contains("\"Noto Sans TC\", \"Noto Sans CJK TC\", \"PingFang TC\", \"Microsoft JhengHei\""), file.path)
                for forbidden in ["<script", "<link", "http://", "https://", "@import", "<img"] {
                    XCTAssertFalse(html.contains(forbidden), "\(file.path) contains \(forbidden)")
                }
                // Every page links the client pages; only the team's pages link the overview and the other team pages.
                let isTeamPage = ["index.html", "invitations.html", "venue.html", "operations.html", "callsheet.html", "roster.html",
                                  "signin.html", "badges.html", "checkin.html", "receipts.html"].contains(file.path)
                for page in ["proposal.html", "budget.html", "gantt.html", "agenda.html", "press-release.html"] {
                    XCTAssertTrue(html.contains("href=\"\(page)\""), "\(file.path) has no link to \(page)")
                }
                XCTAssertEqual(html.contains("href=\"index.html\""), isTeamPage, "\(file.path): link to the overview")
                XCTAssertEqual(html.contains("href=\"roster.html\""), isTeamPage, "\(file.path): link to the roster")
            }
            if let folder = ProcessInfo.processInfo.environment["EVPLAN_RENDER_PREVIEW"] {
                let directory = URL(fileURLWithPath: folder).appendingPathComponent(language.rawValue)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                for file in files { try file.contents.write(to: directory.appendingPathComponent(file.path)) }
            }
        }
    }
}

extension RenderSelfContainedTests {
    /// Writes an empty plan's pages to the preview folder too, to look at the "not yet planned" states.
    func testEmptyPlanPagesStillLinkEachOther() throws {
        let files = try Renderer(overrideDirectory: nil).render(Plan(root: "/plans/empty"), diagnostics: [])
        for file in files {
            XCTAssertTrue(String(decoding: file.contents, as: UTF8.self).contains("href=\"budget.html\""), file.path)
        }
        if let folder = ProcessInfo.processInfo.environment["EVPLAN_RENDER_PREVIEW"] {
            let directory = URL(fileURLWithPath: folder).appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in files { try file.contents.write(to: directory.appendingPathComponent(file.path)) }
        }
    }
}

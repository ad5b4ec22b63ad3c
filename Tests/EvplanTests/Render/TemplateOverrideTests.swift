import EvplanModel
@testable import EvplanRender
import XCTest

final class TemplateOverrideTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("evplan-render-\(UUID().uuidString)/Templates")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    private func write(_ text: String, to relative: String) throws {
        try text.write(to: folder.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    func testAPlansTemplateReplacesTheBuiltInPage() throws {
        try write("<h1>{{page.eventName}} 自訂預算</h1>{{#categories}}<p>{{categoryName}}={{subtotal}}</p>{{/categories}}", to: "budget.mustache")
        let renderer = try Renderer(overrideDirectory: folder.path)
        let budget = try RenderPlanFixture.html("budget.html", of: RenderPlanFixture.plan(), renderer: renderer)
        XCTAssertTrue(budget.hasPrefix("<h1>2027 台灣永續創新論壇 自訂預算</h1><p>場地=325,000</p>"))
        // The other pages keep the built-in templates.
        let agenda = try RenderPlanFixture.html("agenda.html", of: RenderPlanFixture.plan(), renderer: renderer)
        XCTAssertTrue(agenda.hasPrefix("<!DOCTYPE html>"))
    }

    func testAnOverriddenPartialChangesEveryPageThatUsesIt() throws {
        try write("<footer>© 綠色未來協會</footer></body></html>\n", to: "partials/footer.mustache")
        let renderer = try Renderer(overrideDirectory: folder.path)
        for file in renderer.render(RenderPlanFixture.plan(), diagnostics: []) where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            XCTAssertTrue(html.contains("<footer>© 綠色未來協會</footer>"), file.path)
        }
    }

    func testAnUnclosedSectionPointsAtItsOpeningTag() throws {
        try write("<h1>{{page.title}}</h1>\n<ul>\n  {{#categories}}<li>{{categoryName}}</li>\n</ul>\n", to: "budget.mustache")
        XCTAssertThrowsError(try Renderer(overrideDirectory: folder.path)) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.file, folder.appendingPathComponent("budget.mustache").path)
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.column, 3)
            XCTAssertTrue(error.message.contains("{{/categories}}"), error.message)
            XCTAssertTrue(error.description.hasSuffix("budget.mustache:3:3: error: \(error.message)"))
        }
    }

    func testAClosingTagForTheWrongSectionIsReportedWhereItIs() throws {
        try write("{{#hasBudget}}\n<p>x</p>\n    {{/hasIncome}}\n", to: "budget.mustache")
        XCTAssertThrowsError(try Renderer(overrideDirectory: folder.path)) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.column, 5)
            XCTAssertTrue(error.message.contains("{{/hasBudget}}"), error.message)
        }
    }

    func testAnUnfinishedTagIsReportedWithLineAndColumn() throws {
        try write("line one\nline {{page.title\n", to: "partials/nav.mustache")
        XCTAssertThrowsError(try Renderer(overrideDirectory: folder.path)) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.file, folder.appendingPathComponent("partials/nav.mustache").path)
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 6, error.description)
        }
    }

    func testAPartialThatDoesNotExistIsAnError() throws {
        try write("<p>ok</p>\n<div>{{>partials/sidebar}}</div>\n", to: "index.mustache")
        XCTAssertThrowsError(try Renderer(overrideDirectory: folder.path)) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.file, folder.appendingPathComponent("index.mustache").path)
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 6, error.description)
            XCTAssertTrue(error.message.contains("partials/sidebar"))
        }
    }

    func testAMissingOverrideFolderMeansTheBuiltInTemplates() throws {
        let renderer = try Renderer(overrideDirectory: folder.appendingPathComponent("nowhere").path)
        XCTAssertEqual(renderer.render(RenderPlanFixture.plan(), diagnostics: []).filter { $0.path.hasSuffix(".html") }.count, 18)
    }
}

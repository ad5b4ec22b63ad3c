import EvplanModel
@testable import EvplanRender
import XCTest

/// The catalogue is the one list of deliverables: pages, navigation, overview cards and the coverage table follow it.
final class DeliverableCatalogueTests: XCTestCase {
    func testEachOutputOfTheStandardIsServedByOneDeliverableAtMost() {
        var servedBy: [String: String] = [:]
        for deliverable in DeliverableCatalogue.all {
            for code in deliverable.outputCodes {
                XCTAssertNil(servedBy[code], "\(code) is served by both \(servedBy[code] ?? "") and \(deliverable.id)")
                servedBy[code] = deliverable.id
            }
        }
        XCTAssertEqual(servedBy["O3.1.1"], "budget")
        XCTAssertEqual(servedBy["O1.5.1"], "index")
    }

    func testEveryDeliverableIsWrittenAndLinkedFromTheOverview() throws {
        let renderer = try Renderer(overrideDirectory: nil)
        let plan = RenderPlanFixture.plan()
        let files = renderer.render(plan, diagnostics: [])
        let written = Set(files.map(\.path))
        let index = try XCTUnwrap(files.first { $0.path == "index.html" }.map { String(decoding: $0.contents, as: UTF8.self) })
        for deliverable in DeliverableCatalogue.all {
            XCTAssertTrue(written.contains(deliverable.entryFile), "\(deliverable.id) wrote no \(deliverable.entryFile)")
            XCTAssertTrue(index.contains("href=\"\(deliverable.entryFile)\""), "the overview does not link \(deliverable.entryFile)")
        }
        XCTAssertEqual(written.count, files.count, "two deliverables wrote the same file")
    }

    /// The overview and the pages that list people, contacts, cash or payment terms are for the team.
    func testOnlyTheOverviewAndThePagesListingPeopleOrMoneyTermsAreForTheTeam() {
        let internalPages = DeliverableCatalogue.all.filter { $0.audience == .internal }.map(\.id)
        XCTAssertEqual(internalPages, ["index", "invitations", "venue", "operations", "callsheet",
                                       "roster", "signin", "badges", "checkin", "receipts"])
    }

    /// A page's own words live with it; no two deliverables, nor a deliverable and the shared table, define one word.
    func testNoWordIsDefinedTwice() {
        var definedBy: [String: String] = Dictionary(uniqueKeysWithValues: Labels.shared.keys.map { ($0, "Labels.shared") })
        for deliverable in DeliverableCatalogue.all {
            for key in deliverable.labels.keys + ["page_\(deliverable.id)"] {
                XCTAssertNil(definedBy[key], "\(key) is defined by \(definedBy[key] ?? "") and \(deliverable.id)")
                definedBy[key] = deliverable.id
            }
        }
    }

    /// `check` analyses templates only when a plan has its own; the built-in ones must pass the same analysis.
    func testTheBuiltInTemplatesPassTheTemplateChecks() {
        let problems = Renderer.templateDiagnostics(overrideDirectory: nil, allowRawHTML: false)
        XCTAssertTrue(problems.isEmpty, problems.map { "\($0.location): \($0.message.en)" }.joined(separator: "\n"))
    }
}

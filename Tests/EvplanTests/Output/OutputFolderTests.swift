import EvplanModel
import EvplanRender
import Foundation
import XCTest
@testable import Evplan

/// The rules `OutputFolder` applies before it replaces an output, and its recovery of an interrupted swap.
final class OutputFolderTests: XCTestCase {
    private let manager = FileManager.default

    private func page(_ path: String, _ text: String = "<p>page</p>") -> RenderedFile {
        RenderedFile(path: path, contents: Data(text.utf8))
    }

    func testPlacementComparesRealPathsNotSpellings() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = folder.appendingPathComponent("plan")
        try manager.createDirectory(at: plan, withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: folder.appendingPathComponent("alias"), withDestinationURL: plan)
        for output in ["\(folder.path)/alias/", "\(plan.path)/build/..", "\(folder.path)/alias/../plan", folder.path, "/"] {
            XCTAssertThrowsError(try OutputFolder.checkPlacement(output, plan: plan.path, language: .en), output) { error in
                XCTAssertTrue(error is OutputFolder.Refusal, "\(error)")
            }
        }
        XCTAssertNoThrow(try OutputFolder.checkPlacement("\(folder.path)/alias/build", plan: plan.path, language: .en))
        XCTAssertNoThrow(try OutputFolder.checkPlacement("\(folder.path)/site", plan: plan.path, language: .en))
    }

    func testRefusalsSpeakThePlansLanguage() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        XCTAssertThrowsError(try OutputFolder.checkPlacement(folder.path, plan: folder.path, language: .zhTW)) { error in
            XCTAssertTrue("\(error)".contains("企劃資料夾本身"), "\(error)")
        }
        XCTAssertThrowsError(try OutputFolder.checkPlacement(folder.path, plan: folder.path, language: .en)) { error in
            XCTAssertTrue("\(error)".contains("is the plan folder itself"), "\(error)")
        }
    }

    func testAnOutputMissingItsBuildIsRestoredFromTheOldOneBeforeTheNextWrite() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = folder.appendingPathComponent("plan")
        try manager.createDirectory(at: plan, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("site")
        try OutputFolder.replace(site.path, plan: plan.path, language: .en, with: [page("index.html", "first")])
        // Killed after the first rename, before the new folder was even complete: only the old output is left.
        try manager.moveItem(at: site, to: folder.appendingPathComponent(".site.old-deadbeef"))
        OutputFolder.recoverInterruptedSwap(of: site)
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "first")
        XCTAssertFalse(manager.fileExists(atPath: folder.appendingPathComponent(".site.old-deadbeef").path))

        try OutputFolder.replace(site.path, plan: plan.path, language: .en, with: [page("index.html", "second"), page("assets/app.css")])
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "second")
        XCTAssertNil(OutputFolder.foreignEntry(in: site), "a build with subfolders is still recognised as one")
    }

    func testAnEarlierBuildIsRecognisedOnlyWhenEveryFileIsListed() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let site = folder.appendingPathComponent("site")
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        XCTAssertNil(OutputFolder.foreignEntry(in: site), "an empty folder may be written")
        try "{\"format\":\"evplan-build/1\",\"files\":[\"index.html\"]}".write(to: site, ".evplan-build.json")
        try "x".write(to: site, "index.html")
        XCTAssertNil(OutputFolder.foreignEntry(in: site))
        try "x".write(to: site, "extra.html")
        XCTAssertEqual(OutputFolder.foreignEntry(in: site), "extra.html")
        try manager.removeItem(at: site.appendingPathComponent("extra.html"))
        try "{\"format\":\"something-else\",\"files\":[\"index.html\"]}".write(to: site, ".evplan-build.json")
        XCTAssertNotNil(OutputFolder.foreignEntry(in: site), "a manifest of another format is not ours")
    }
}

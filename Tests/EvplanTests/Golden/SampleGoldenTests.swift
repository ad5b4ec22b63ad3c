import Foundation
import XCTest

/// Every page and export of each sample plan, compared byte for byte with the recorded page in Fixtures/golden/.
/// After an intended change, re-record with `EVPLAN_RECORD=1 swift test --filter SampleGoldenTests` and review the diff.
final class SampleGoldenTests: XCTestCase {
    /// Every file a build writes (pages, exports, invitations), relative to the output folder; the build's manifest
    /// is evplan's own bookkeeping and not compared.
    static func writtenFiles(in folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [String] = []
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if relative != ".evplan-build.json" { files.append(relative) }
        }
        return files.sorted()
    }

    func testForumPagesMatchGolden() throws { try compare(sample: "forum-zh") }
    func testMeetupPagesMatchGolden() throws { try compare(sample: "meetup-en") }
    func testFestivalPagesMatchGolden() throws { try compare(sample: "festival-zh") }

    private func compare(sample: String) throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        // Build from a copy so that paths inside the pages do not depend on where the repository is.
        _ = try EvplanBinary.copy("samples/\(sample)", to: folder)
        let run = try EvplanBinary.run(["build", sample, "-o", "out"], in: folder)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let golden = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/golden/\(sample)")
        let record = ProcessInfo.processInfo.environment["EVPLAN_RECORD"] == "1"
        if record {
            try? FileManager.default.removeItem(at: golden)
            try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
        }
        let written = Self.writtenFiles(in: folder.appendingPathComponent("out"))
        if !record { XCTAssertEqual(written, Self.writtenFiles(in: golden), "the build writes other files than the golden set holds") }
        for page in written {
            let actual = try Data(contentsOf: folder.appendingPathComponent("out/\(page)"))
            let expectedURL = golden.appendingPathComponent(page)
            if record {
                try FileManager.default.createDirectory(at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: expectedURL)
                continue
            }
            let expected = try Data(contentsOf: expectedURL)
            if actual != expected {
                let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
                let where_ = firstDifference.map { "line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" } ?? "length differs"
                XCTFail("\(sample)/\(page) differs from its golden file at \(where_)\nRe-record with EVPLAN_RECORD=1 if the change is intended.")
            }
        }
    }
}

import Foundation
import XCTest

/// `build -o`, `watch -o` and `serve -o` replace their output whole, so they must only ever replace a build of
/// evplan's own: never the plan, a folder holding it, a folder of other files or a file.
final class OutputSafetyTests: XCTestCase {
    private let manager = FileManager.default

    /// Every file below `folder` (relative), with its contents, to prove nothing was lost or changed.
    private func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try manager.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    private func assertRefused(_ run: EvplanBinary.Run, naming output: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, 2, run.stdout + run.stderr, file: file, line: line)
        let lines = run.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line: \(run.stderr)", file: file, line: line)
        XCTAssertTrue(run.stderr.contains(output), "names \(output): \(run.stderr)", file: file, line: line)
        XCTAssertTrue(run.stderr.contains("-o"), "says how to fix it: \(run.stderr)", file: file, line: line)
    }

    func testBuildIntoThePlanFolderItselfLosesNoPlanFile() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let before = try contents(of: folder)
        assertRefused(try EvplanBinary.run(["build", "meetup-en", "-o", "meetup-en"], in: folder), naming: "meetup-en")
        assertRefused(try EvplanBinary.run(["build", ".", "-o", "."], in: plan), naming: ".")
        assertRefused(try EvplanBinary.run(["build", "-o", "./"], in: plan), naming: "./")
        XCTAssertEqual(try contents(of: folder), before)
    }

    func testBuildIntoAFolderHoldingThePlanLosesNothing() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        try "my notes".write(to: folder, "notes.txt")
        let before = try contents(of: folder)
        assertRefused(try EvplanBinary.run(["build", ".", "-o", ".."], in: plan), naming: "..")
        assertRefused(try EvplanBinary.run(["build", "meetup-en", "-o", "."], in: folder), naming: ".")
        assertRefused(try EvplanBinary.run(["build", plan.path, "-o", folder.path]), naming: folder.path)
        // The same folder reached through a symbolic link is still the plan's parent.
        let link = folder.deletingLastPathComponent().appendingPathComponent("evplan-link-\(UUID().uuidString)")
        try manager.createSymbolicLink(at: link, withDestinationURL: folder)
        defer { try? manager.removeItem(at: link) }
        assertRefused(try EvplanBinary.run(["build", link.appendingPathComponent("meetup-en").path, "-o", link.path + "/."]), naming: link.path)
        XCTAssertEqual(try contents(of: folder), before)
    }

    func testBuildIntoAFolderInsideThePlanOtherThanBuildIsRefused() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        assertRefused(try EvplanBinary.run(["build", ".", "-o", "site"], in: plan), naming: "site")
        assertRefused(try EvplanBinary.run(["build", ".", "-o", "Templates"], in: plan), naming: "Templates")
        XCTAssertFalse(manager.fileExists(atPath: plan.appendingPathComponent("site").path))
        XCTAssertEqual(try EvplanBinary.run(["build", ".", "-o", "build/en"], in: plan).status, 0, "below build/ is skipped by the loader")
    }

    func testBuildIntoAFolderOfOtherFilesOrOntoAFileLosesNothing() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("samples/forum-zh", to: folder)
        try "draft".write(to: folder, "docs/report.docx")
        try "keep".write(to: folder, "photos/a.jpg")
        let before = try contents(of: folder)
        let onFile = try EvplanBinary.run(["build", "forum-zh", "-o", "docs/report.docx"], in: folder)
        assertRefused(onFile, naming: "docs/report.docx")
        XCTAssertTrue(onFile.stderr.contains("是檔案"), "in the plan's language: \(onFile.stderr)")
        assertRefused(try EvplanBinary.run(["build", "forum-zh", "-o", "photos"], in: folder), naming: "photos")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path, withDestinationPath: "photos")
        assertRefused(try EvplanBinary.run(["build", "forum-zh", "-o", "linked"], in: folder), naming: "linked")
        XCTAssertEqual(try contents(of: folder), before)
    }

    func testAFileAddedToAnEarlierBuildIsNotDeleted() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("samples/meetup-en", to: folder)
        XCTAssertEqual(try EvplanBinary.run(["build", "meetup-en", "-o", "site"], in: folder).status, 0)
        try "hand-written".write(to: folder, "site/notes.txt")
        assertRefused(try EvplanBinary.run(["build", "meetup-en", "-o", "site"], in: folder), naming: "notes.txt")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("site/notes.txt"), encoding: .utf8), "hand-written")
    }

    func testRepeatedBuildsIntoTheSameAndTheDefaultFolderWork() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        try manager.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for _ in 0..<3 {
            let named = try EvplanBinary.run(["build", "meetup-en", "-o", "empty"], in: folder)
            XCTAssertEqual(named.status, 0, named.stderr)
            let byDefault = try EvplanBinary.run(["build"], in: plan)
            XCTAssertEqual(byDefault.status, 0, byDefault.stderr)
        }
        for output in ["empty", "meetup-en/build"] {
            XCTAssertTrue(manager.fileExists(atPath: folder.appendingPathComponent("\(output)/index.html").path), output)
            XCTAssertTrue(manager.fileExists(atPath: folder.appendingPathComponent("\(output)/.evplan-build.json").path), output)
        }
        let left = try manager.contentsOfDirectory(atPath: plan.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(left, [], "no staging, old output or lock file is left beside the output")
    }

    func testABuildKilledBetweenItsTwoRenamesIsRecoveredByTheNext() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("samples/meetup-en", to: folder)
        XCTAssertEqual(try EvplanBinary.run(["build", "meetup-en", "-o", "site"], in: folder).status, 0)
        // What a kill between the renames leaves: the old output moved aside, the new one complete beside it.
        try manager.moveItem(at: folder.appendingPathComponent("site"), to: folder.appendingPathComponent(".site.old-1234abcd"))
        try manager.copyItem(at: folder.appendingPathComponent(".site.old-1234abcd"), to: folder.appendingPathComponent(".site.new-1234abcd"))
        // A folder that merely looks like a leftover but is not evplan's stays.
        try "mine".write(to: folder, ".site.old-mine/keep.txt")

        let run = try EvplanBinary.run(["build", "meetup-en", "-o", "site"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(manager.fileExists(atPath: folder.appendingPathComponent("site/index.html").path))
        let hidden = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.sorted()
        XCTAssertEqual(hidden, [".site.old-mine"])
    }

    func testTwoBuildsAtOnceIntoOneFolderBothSucceed() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        _ = try EvplanBinary.copy("samples/forum-zh", to: folder)
        for round in 0..<3 {
            let runs = [0, 1].map { _ -> Process in
                let process = Process()
                process.executableURL = EvplanBinary.url
                process.arguments = ["build", "forum-zh", "-o", "site"]
                process.currentDirectoryURL = folder
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in runs { try process.run() }
            for process in runs { process.waitUntilExit() }
            XCTAssertEqual(runs.map(\.terminationStatus), [0, 0], "round \(round)")
        }
        let site = folder.appendingPathComponent("site")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent(".evplan-build.json"))) as? [String: Any]
        let listed = try XCTUnwrap(manifest?["files"] as? [String])
        // Files in folders (invitations/01-….eml) are listed by their path inside the output.
        let files = try manager.subpathsOfDirectory(atPath: site.path).filter { path in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        XCTAssertEqual(Set(files), Set(listed + [".evplan-build.json"]))
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }, [])
    }

    func testWatchAndServeRefuseThePlanFolderAsOutputAtOnce() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let plan = try EvplanBinary.copy("samples/meetup-en", to: folder)
        let before = try contents(of: folder)
        for arguments in [["watch", ".", "-o", "."], ["serve", ".", "--port", "0", "-o", ".."]] {
            // Run as a session would be, so that a session which does start is stopped instead of hanging the test.
            let session = try RunningEvplan(arguments, in: plan, test: self)
            let status = session.waitForExit(timeout: 20)
            if status == nil { session.interrupt(); _ = session.waitForExit(timeout: 5) }
            XCTAssertEqual(status, 2, "\(arguments): \(session.stderr)")
            // The output is collected as it arrives, perhaps just after the exit.
            XCTAssertTrue(RunningEvplan.eventually(timeout: 5) { session.stderr.contains("-o") }, session.stderr)
        }
        XCTAssertEqual(try contents(of: folder), before)
    }
}

import Foundation
import XCTest

/// Bad input that is made at run time rather than committed: other encodings, binary junk and file-system oddities
/// (unreadable files, symbolic-link loops, a FIFO, a device). Each must end in a diagnostic naming the file and
/// exit 1 or 2, never a crash or a hang.
final class GeneratedBadInputTests: XCTestCase {
    private let mismatchRow = "| Hall | 100 | 2 | 300 |\n"

    // MARK: - Encodings

    func testBig5FileIsReportedAtItsFirstBig5Character() throws {
        let plan = try BadInputPlan(self)
        // 「中文」 in Big5 is A4 A4 A4 E5.
        try plan.write(Data("# Research\n\nAB".utf8) + Data([0xA4, 0xA4, 0xA4, 0xE5]) + Data("\n".utf8), to: "T1-research.md")
        try plan.assertCheck(reports: ["T1-research.md:3:3 error format.encoding"], status: 1, "Big5 task file")
    }

    func testBig5EventFileIsReportedAndNotTakenForAMissingOne() throws {
        let plan = try BadInputPlan(self, event: nil)
        // "---\nname: " then 論壇 (BD D7 BE C2) in Big5.
        try plan.write(Data("---\nname: ".utf8) + Data([0xBD, 0xD7, 0xBE, 0xC2]) + Data("\ndates: 2027-03-12\n---\n".utf8), to: "event.md")
        try plan.assertCheck(reports: ["event.md:2:7 error format.encoding"], status: 1, "Big5 event.md")
    }

    func testUTF16FilesAreReportedWithOrWithoutAByteOrderMark() throws {
        let text = BadInputPlan.budget(mismatchRow)
        let littleEndian = Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let bigEndian = Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        for (label, bytes) in [("UTF-16LE with BOM", Data([0xFF, 0xFE]) + littleEndian), ("UTF-16BE with BOM", Data([0xFE, 0xFF]) + bigEndian),
                               ("UTF-16LE without BOM", littleEndian), ("UTF-16BE without BOM", bigEndian)] {
            let plan = try BadInputPlan(self)
            try plan.write(bytes, to: "T3-budget.md")
            try plan.assertCheck(reports: ["T3-budget.md:1:1 error format.encoding"], status: 1, label)
        }
    }

    func testBinaryJunkIsReportedAsNotText() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.junk(count: 256 * 1024, seed: 42), to: "T1-junk.md")
        // Junk with no NUL byte, opening with a byte UTF-8 never uses.
        try plan.write(Data([0xC0]) + BadInputPlan.junk(count: 256 * 1024, seed: 7, avoiding: [0]), to: "T6-junk.md")
        try plan.assertCheck(reports: ["T1-junk.md:1:1 error format.encoding", "T6-junk.md:1:1 error format.encoding"], status: 1, "binary junk")
    }

    func testANulByteInATextFileIsReported() throws {
        let plan = try BadInputPlan(self)
        try plan.write("# Notes\n\nhello\u{0}world\n", to: "T1-notes.md")
        try plan.assertCheck(reports: ["T1-notes.md:1:1 error format.encoding"], status: 1, "NUL byte")
    }

    func testLatin1AndOverlongBytesAreReportedAtTheirCharacter() throws {
        let plan = try BadInputPlan(self)
        try plan.write(Data("# Caf".utf8) + Data([0xE9]) + Data("\n".utf8), to: "T1-latin1.md")
        // An overlong `/` (C0 AF) and a UTF-16 surrogate encoded as UTF-8 (ED A0 80), which strict decoders refuse.
        try plan.write(Data("# x\n\nab ".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8), to: "T1-overlong.md")
        try plan.write(Data("# x\n\n".utf8) + Data([0xED, 0xA0, 0x80]) + Data("\n".utf8), to: "T1-surrogate.md")
        try plan.assertCheck(reports: ["T1-latin1.md:1:6 error format.encoding", "T1-overlong.md:3:4 error format.encoding",
                                       "T1-surrogate.md:3:1 error format.encoding"], status: 1, "invalid UTF-8")
    }

    func testByteOrderMarkAndWindowsOrOldMacLineEndsKeepLinesAndColumns() throws {
        let text = BadInputPlan.budget("| 場地 Hall | 100 | 2 | 300 |\n")
        let plan = try BadInputPlan(self)
        try plan.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: "T3-windows.md")
        try plan.write(Data(text.replacingOccurrences(of: "\n", with: "\r").utf8), to: "T3-mac.md")
        try plan.assertCheck(reports: ["T3-mac.md:10:23 error budget.amount-mismatch", "T3-windows.md:10:23 error budget.amount-mismatch"],
                             status: 1, "BOM, CRLF and CR")
    }

    // MARK: - Files

    func testAnUnreadableFileIsReportedOrReadWhenPermissionsCannotStopUs() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md")
        let path = plan.folder.appendingPathComponent("T3-budget.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        // Root reads a file whatever its mode says: then the file is simply checked. Anyone else cannot read it.
        let readable = FileManager.default.isReadableFile(atPath: path)
        let expected = readable ? "T3-budget.md:10:20 error budget.amount-mismatch" : "T3-budget.md:1:1 error format.unreadable-file"
        try plan.assertCheck(reports: [expected], status: 1, "chmod 000 (readable anyway: \(readable))")
    }

    func testDanglingLinksAreUnreadableAndLoopingOnesAreReportedAsLoops() throws {
        let plan = try BadInputPlan(self)
        try plan.link("T1-gone.md", to: "/no/such/file.md")
        try plan.link("T1-a.md", to: "T1-b.md")
        try plan.link("T1-b.md", to: "T1-a.md")
        try plan.link("T1-self.md", to: "T1-self.md")
        try plan.assertCheck(reports: ["T1-a.md:1:1 error format.symlink-loop", "T1-b.md:1:1 error format.symlink-loop",
                                       "T1-gone.md:1:1 error format.unreadable-file", "T1-self.md:1:1 error format.symlink-loop"],
                             status: 1, "broken links")
    }

    func testFolderLinkLoopsAreNotWalkedButReportedAndNothingIsReadTwice() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md")
        try plan.link("loop", to: ".")
        try plan.link("up", to: "..")
        try plan.link("root", to: "/")
        try FileManager.default.createDirectory(at: plan.folder.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try plan.link("a/b/back", to: "../..")
        // Links back to the plan or a folder above are loops; links to folders outside the plan are not read.
        try plan.assertCheck(reports: ["T3-budget.md:10:20 error budget.amount-mismatch", "a/b/back:1:1 error format.symlink-loop",
                                       "loop:1:1 error format.symlink-loop", "root:1:1 error format.outside-plan", "up:1:1 error format.outside-plan"],
                             status: 1, "folder link loops")
    }

    func testAFIFOAndADeviceAreNotReadForever() throws {
        let plan = try BadInputPlan(self)
        XCTAssertEqual(mkfifo(plan.folder.appendingPathComponent("T1-pipe.md").path, 0o644), 0)
        try plan.link("T1-zero.md", to: "/dev/zero")
        try plan.link("T1-random.md", to: "/dev/urandom")
        // The devices are outside the plan folder: not opened at all.
        try plan.assertCheck(reports: ["T1-pipe.md:1:1 error format.unreadable-file", "T1-random.md:1:1 error format.outside-plan",
                                       "T1-zero.md:1:1 error format.outside-plan"], status: 1, "FIFO and devices")
    }

    func testAnEventFileThatLinksToItselfIsALoop() throws {
        let plan = try BadInputPlan(self, event: nil)
        try plan.link("event.md", to: "event.md")
        try plan.assertCheck(reports: ["event.md:1:1 error format.symlink-loop"], status: 1, "event.md link loop")
    }

    func testAFolderNamedLikeAPlanFileIsWalked() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md/T3-lines.md")
        try plan.assertCheck(reports: ["T3-budget.md/T3-lines.md:10:20 error budget.amount-mismatch"], status: 1, "folder named .md")
    }

    func testDeeplyNestedFoldersAreWalked() throws {
        let plan = try BadInputPlan(self)
        let deep = Array(repeating: "d", count: 100).joined(separator: "/")
        try plan.write(BadInputPlan.budget(mismatchRow), to: "\(deep)/T3-budget.md")
        try plan.assertCheck(reports: ["\(deep)/T3-budget.md:10:20 error budget.amount-mismatch"], status: 1, "100 nested folders")
    }

    func testAMissingPlanFolderExitsTwoAndNamesIt() throws {
        let folder = try EvplanBinary.temporaryFolder(self)
        let run = try WatchedEvplan.run(["check", "no such plan/計畫"], in: folder)
        WatchedEvplan.assertEnded(run, with: [2], "missing folder")
        XCTAssertTrue(run.stderr.contains("no such plan/計畫"), run.stderr)
        // The commands that build stop before writing or watching anything.
        for command in ["build", "watch", "serve"] {
            let run = try WatchedEvplan.run([command, "no such plan/計畫"], in: folder)
            WatchedEvplan.assertEnded(run, with: [2], "\(command) of a missing folder")
            XCTAssertTrue(run.stderr.contains("找不到 no such plan/計畫") || run.stderr.contains("No such file or folder: no such plan/計畫"),
                          "\(command): \(run.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "nothing was written")
    }

    func testAnEmptyFolderHasNoEventFile() throws {
        let plan = try BadInputPlan(self, event: nil)
        try plan.assertCheck(reports: ["event.md:1:1 error format.missing-event"], status: 1, "empty folder")
    }
}

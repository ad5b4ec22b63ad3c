import Foundation
import XCTest
@testable import EvplanServe

/// Reads stay inside the plan: a link to a file or folder outside the plan folder is reported (format.outside-plan) and
/// never read, by check, build or the watcher; link loops end in a diagnostic (format.symlink-loop), never a spin; a plan
/// past the folder limit says so (format.too-many-files).
final class PlanBoundaryTests: XCTestCase {
    private let mismatchRow = "| Hall | 100 | 2 | 300 |\n"

    /// A file outside the plan, holding a word that must appear nowhere evplan writes.
    private func outsideSecret() throws -> (path: String, word: String) {
        let folder = try EvplanBinary.temporaryFolder(self).appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let word = "OUTSIDE-SECRET-7f3a"
        let file = folder.appendingPathComponent("notes.md")
        try "# Notes\n\n\(word)\n\n| Item | Unit price | Qty | Amount |\n|---|---:|---:|---:|\n| \(word) | 1 | 1 | 1 |\n".write(to: file, atomically: true, encoding: .utf8)
        return (file.path, word)
    }

    func testALinkToAFileOutsideThePlanIsReportedAndNotReadByCheckOrBuild() throws {
        let secret = try outsideSecret()
        let plan = try BadInputPlan(self)
        try plan.link("T1-notes.md", to: secret.path)
        try plan.link("T1-passwd.md", to: "/etc/passwd")
        let run = try plan.assertCheck(reports: ["T1-notes.md:1:1 error format.outside-plan", "T1-passwd.md:1:1 error format.outside-plan"],
                                       status: 1, "links outside the plan")
        XCTAssertFalse(run.stdout.contains(secret.word), run.stdout)
        XCTAssertFalse(run.stdout.contains("root:x:0:0"), run.stdout)

        // The text report names the link and where it points.
        let text = try WatchedEvplan.run(["check", "."], in: plan.folder)
        XCTAssertTrue(text.stdout.contains("T1-notes.md:1:1: error: T1-notes.md links outside the plan folder (to \(secret.path))"), text.stdout)
        XCTAssertTrue(text.stdout.contains("[format.outside-plan]"), text.stdout)

        let output = plan.folder.deletingLastPathComponent().appendingPathComponent("out")
        let build = try WatchedEvplan.run(["build", "--force", "-o", output.path, "."], in: plan.folder)
        WatchedEvplan.assertEnded(build, with: [1], "build with links outside")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertFalse(pages.isEmpty)
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            XCTAssertFalse(html.contains(secret.word), "\(page) holds the outside file's text")
            XCTAssertFalse(html.contains("root:x:0:0"), "\(page) holds /etc/passwd")
        }
    }

    func testAnEventFileLinkedFromOutsideIsNotRead() throws {
        let secret = try outsideSecret()
        let plan = try BadInputPlan(self, event: nil)
        try plan.link("event.md", to: secret.path)
        let run = try plan.assertCheck(reports: ["event.md:1:1 error format.outside-plan"], status: 1, "event.md outside")
        XCTAssertFalse(run.stdout.contains(secret.word))
    }

    func testALinkToAFileInsideThePlanIsRead() throws {
        let plan = try BadInputPlan(self)
        // The real file sits in a hidden folder, so it is read once, under the link's name.
        try plan.write(BadInputPlan.budget(mismatchRow), to: ".shared/lines.md")
        try plan.link("T3-budget.md", to: ".shared/lines.md")
        try plan.assertCheck(reports: ["T3-budget.md:10:20 error budget.amount-mismatch"], status: 1, "link inside the plan")
    }

    func testAPlanReachedThroughALinkReadsItsOwnFiles() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md")
        let alias = plan.folder.deletingLastPathComponent().appendingPathComponent("alias")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: plan.folder.path)
        let run = try WatchedEvplan.check(alias)
        WatchedEvplan.assertEnded(run, with: [1], "plan through a link")
        XCTAssertEqual(try run.diagnosticLines(), ["T3-budget.md:10:20 error budget.amount-mismatch"])
    }

    func testATemplateLinkedFromOutsideThePlanIsNotRead() throws {
        let folder = try EvplanBinary.temporaryFolder(self).appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = folder.appendingPathComponent("index.mustache")
        try "OUTSIDE-TEMPLATE-9c1d".write(to: template, atomically: true, encoding: .utf8)
        let plan = try BadInputPlan(self)
        try FileManager.default.createDirectory(at: plan.folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try plan.link("Templates/index.mustache", to: template.path)
        let output = plan.folder.deletingLastPathComponent().appendingPathComponent("out")
        let build = try WatchedEvplan.run(["build", "--force", "-o", output.path, "."], in: plan.folder)
        // A template problem is one of the plan's errors: reported like the others, and not even --force builds.
        WatchedEvplan.assertEnded(build, with: [1], "template outside")
        XCTAssertTrue((build.stdout + build.stderr).contains("Templates/index.mustache:1:1: error: template is a link that leads outside the plan folder"),
                      build.summary)
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        for page in pages {
            XCTAssertFalse(try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8).contains("OUTSIDE-TEMPLATE-9c1d"))
        }
    }

    func testManyFolderLinkLoopsEndInCheckAndAreReported() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md")
        for name in ["a", "b", "c", "d"] { try plan.link(name, to: ".") }
        let run = try plan.assertCheck(reports: ["T3-budget.md:10:20 error budget.amount-mismatch", "a:1:1 error format.symlink-loop",
                                                 "b:1:1 error format.symlink-loop", "c:1:1 error format.symlink-loop", "d:1:1 error format.symlink-loop"],
                                       status: 1, "four loops")
        XCTAssertLessThan(run.seconds, 10)
    }

    func testPastTheFolderLimitTheSkippedFoldersAreReported() throws {
        let plan = try BadInputPlan(self)
        try plan.write(BadInputPlan.budget(mismatchRow), to: "T3-budget.md")
        // 10,001 folders besides the plan folder itself: the walk stops at 10,000 and says so.
        let manager = FileManager.default
        for number in 0..<10_001 {
            try manager.createDirectory(at: plan.folder.appendingPathComponent(String(format: "f%05d", number)), withIntermediateDirectories: false)
        }
        let run = try WatchedEvplan.check(plan.folder)
        WatchedEvplan.assertEnded(run, with: [1], "10,001 folders")
        let found = try run.diagnosticLines()
        XCTAssertEqual(found.filter { $0.hasSuffix("format.too-many-files") }.count, 1, found.joined(separator: "\n"))
        XCTAssertTrue(run.stdout.contains("more than 10000 folders"), run.stdout)
    }

    // MARK: - watch and serve

    func testTheWatcherSnapshotNeitherFollowsLinkLoopsNorLeavesThePlan() throws {
        let secretFolder = try EvplanBinary.temporaryFolder(self).appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: secretFolder, withIntermediateDirectories: true)
        try "x".write(to: secretFolder.appendingPathComponent("big.md"), atomically: true, encoding: .utf8)
        let plan = try BadInputPlan(self)
        try plan.link("a", to: ".")
        try plan.link("b", to: ".")
        try plan.link("outside", to: secretFolder.path)
        let start = Date()
        let snapshot = FolderSnapshot.take(of: plan.folder.path, excluding: [])
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        // event.md and the three links themselves, each once.
        XCTAssertEqual(snapshot.stamps.keys.map { ($0 as NSString).lastPathComponent }.sorted(), ["a", "b", "event.md", "outside"])
        XCTAssertFalse(snapshot.limitReached)
    }

    func testTheWatcherSnapshotStopsAtItsLimitAndSaysSo() throws {
        let plan = try BadInputPlan(self)
        for number in 0..<30 { try plan.write("x", to: "T1-\(number).md") }
        let snapshot = FolderSnapshot.take(of: plan.folder.path, excluding: [], limit: 10)
        XCTAssertEqual(snapshot.stamps.count, 10)
        XCTAssertTrue(snapshot.limitReached)
    }

    func testWatchOnAPlanWithLinkLoopsReportsThemAndIdles() throws {
        let plan = try BadInputPlan(self)
        for name in ["a", "b", "c"] { try plan.link(name, to: ".") }
        let output = plan.folder.deletingLastPathComponent().appendingPathComponent("site")
        let before = ChildUsage.now()
        let watch = try RunningEvplan(["watch", plan.folder.path, "-o", output.path, "--force"], test: self)
        XCTAssertTrue(RunningEvplan.eventually(timeout: 20) { watch.stdout.contains("[format.symlink-loop]") }, watch.stdout + watch.stderr)
        // Watching: three 100 ms polls a second. A walk that followed the loops would keep a core busy all along.
        Thread.sleep(forTimeInterval: 3)
        watch.interrupt()
        XCTAssertEqual(watch.waitForExit(timeout: 5), 0)
        let after = ChildUsage.now()
        XCTAssertLessThan(after.cpuSeconds - before.cpuSeconds, 1.5, "watch kept busy with a loop in the plan")
        after.assertRunStayedUnder(1 << 30, since: before, "watch")
    }
}

/// What the test process's ended children used: their CPU time in total and the largest resident size of any of them.
/// The largest size only grows, so a value under a bound after a run bounds that run.
struct ChildUsage {
    var cpuSeconds: Double
    var maxResidentBytes: Int

    static func now() -> ChildUsage {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_CHILDREN, &usage)
        #else
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        #if canImport(Darwin)
        let bytes = Int(usage.ru_maxrss)
        #else
        let bytes = Int(usage.ru_maxrss) * 1024
        #endif
        return ChildUsage(cpuSeconds: cpu, maxResidentBytes: bytes)
    }

    /// getrusage only gives the largest size of any child so far: a run raised it only when it grew, and then the new
    /// largest size is that run's. A run under an earlier child's size (a bigger plan, or a sanitizer's shadow memory in
    /// another test) cannot be measured this way and is not blamed for it.
    func assertRunStayedUnder(_ bytes: Int, since before: ChildUsage, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard maxResidentBytes > before.maxResidentBytes else { return }
        XCTAssertLessThan(maxResidentBytes, bytes, "\(label) grew to \(maxResidentBytes >> 20) MB", file: file, line: line)
    }
}

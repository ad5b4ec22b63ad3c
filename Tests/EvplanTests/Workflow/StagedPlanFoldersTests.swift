import XCTest
@testable import Evplan

/// Which plans a commit touches, from the index's paths alone.
final class StagedPlanFoldersTests: XCTestCase {
    let index = StagedPlanFolders(indexPaths: [
        "README.md", "src/app.swift",
        "plans/forum/event.md", "plans/forum/T3-budget.md", "plans/forum/Templates/budget.mustache",
        "plans/forum/extra/T4-day2.md",
        "plans/meetup/Event.md", "plans/meetup/T4-agenda.md",
        "plans/forum/sub-plan/event.md", "plans/forum/sub-plan/T3-budget.md",
    ])

    func testAFileBelongsToTheNearestFolderAboveItWithAnEventFile() {
        XCTAssertEqual(index.planFolder(of: "plans/forum/T3-budget.md"), "plans/forum")
        XCTAssertEqual(index.planFolder(of: "plans/forum/Templates/budget.mustache"), "plans/forum")
        XCTAssertEqual(index.planFolder(of: "plans/forum/extra/T4-day2.md"), "plans/forum")
        XCTAssertEqual(index.planFolder(of: "plans/forum/sub-plan/T3-budget.md"), "plans/forum/sub-plan")
        XCTAssertEqual(index.planFolder(of: "plans/meetup/T4-agenda.md"), "plans/meetup", "Event.md counts, as the loader reads it")
        XCTAssertNil(index.planFolder(of: "README.md"))
        XCTAssertNil(index.planFolder(of: "src/app.swift"))
    }

    func testEachTouchedPlanOnceInPathOrder() {
        let touched = index.plansTouched(by: ["plans/meetup/T4-agenda.md", "README.md", "plans/forum/T3-budget.md",
                                              "plans/forum/event.md", "plans/forum/deleted-file.md"])
        XCTAssertEqual(touched, ["plans/forum", "plans/meetup"])
    }

    func testAPlanWhoseEventFileIsDeletedOrRenamedIsStillTouched() {
        // plans/forum/event.md deleted (or renamed to about.md): the index holds the rest of the plan only.
        let staged = StagedPlanFolders(indexPaths: ["plans/forum/about.md", "plans/forum/T3-budget.md", "plans/meetup/event.md"])
        XCTAssertEqual(staged.plansTouched(by: ["plans/forum/event.md"]), ["plans/forum"])
        XCTAssertEqual(staged.plansTouched(by: ["plans/forum/event.md", "plans/forum/about.md"]), ["plans/forum"])
        XCTAssertEqual(staged.plansTouched(by: ["plans/forum/T2-project.md", "plans/forum/event.md"]), ["plans/forum"])
        let gone = StagedPlanFolders(indexPaths: ["plans/meetup/event.md", "plans/forum/README.md"])
        XCTAssertEqual(gone.plansTouched(by: ["plans/forum/event.md", "plans/forum/T3-budget.md"]), [],
                       "a plan deleted whole is not checked")
    }

    func testAPlanAtTheRootTakesEveryPath() {
        let rooted = StagedPlanFolders(indexPaths: ["event.md", "T3-budget.md", "docs/T4-day1.md"])
        XCTAssertEqual(rooted.plansTouched(by: ["docs/T4-day1.md"]), [""])
        XCTAssertEqual(rooted.files(in: ""), ["event.md", "T3-budget.md", "docs/T4-day1.md"])
    }

    func testAPlansFilesAreThoseBelowItsFolder() {
        XCTAssertEqual(index.files(in: "plans/meetup"), ["plans/meetup/Event.md", "plans/meetup/T4-agenda.md"])
        let siblings = StagedPlanFolders(indexPaths: ["plans/forum/event.md", "plans/forum-2026/event.md"])
        XCTAssertEqual(siblings.files(in: "plans/forum"), ["plans/forum/event.md"], "a sibling whose name starts the same is not inside")
    }
}

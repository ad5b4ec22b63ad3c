import Evplan
import EvplanModel
import EvplanSchedule
import Foundation
import XCTest

/// evplan's forward dates against TaskJuggler's (tj3, `apt-get install tj3`; `make test-deps` installs it): the plan's
/// tasks and the calendar's weekday holidays become a tj3 project with one 8-hour working day, Monday to Friday;
/// tj3's start and end dates must equal evplan's. Skipped, saying so, where tj3 is not installed.
final class TaskJugglerComparisonTests: XCTestCase {
    private func tj3() throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/tj3"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw XCTSkip("tj3 (TaskJuggler) is not installed: run `make test-deps` or `apt-get install tj3` to compare with it")
    }

    /// The tj3 project of a compiled plan's tasks that run on working days, with every weekday day off of the calendar.
    static func project(_ compiled: CompiledPlan) -> (text: String, ids: [String: Int]) {
        let schedule = compiled.analyses.schedule
        let tasks = compiled.plan.project.tasks
        guard let span = schedule.span else { return ("", [:]) }
        let first = span.start.adding(days: -7)
        var lines = [
            "project evplan \"evplan\" \(first) +\(span.end.dayNumber - first.dayNumber + 60)d {",
            "  timezone \"UTC\"", "  dailyworkinghours 8", "  workinghours mon - fri 9:00 - 17:00", "  workinghours sat, sun off", "}",
        ]
        for exception in schedule.calendar.exceptions where !exception.isWorkingDay && !exception.date.isWeekend
            && exception.date >= first && exception.date <= span.end.adding(days: 60) {
            lines.append("leaves holiday \"\(exception.name)\" \(exception.date)")
        }
        var ids: [String: Int] = [:]
        for (index, task) in tasks.enumerated() {
            guard let when = schedule.early[index], !when.runsOnCalendarDays, !task.asLateAsPossible, task.end == nil else { continue }
            let id = "t\(index)"
            ids[id] = index
            var body: [String] = []
            if let start = task.start?.value {
                body.append("start \(start)")
            } else {
                let predecessors = schedule.predecessorIndices[index].filter { ids["t\($0)"] != nil }.map { "t\($0)" }
                guard !predecessors.isEmpty else { ids[id] = nil; continue }
                body.append("depends " + predecessors.joined(separator: ", "))
            }
            body.append(when.isMilestone ? "milestone" : "length \(task.duration?.value ?? 1)d")
            lines.append("task \(id) \"\(task.id.value)\" { \(body.joined(separator: " ")) }")
        }
        lines.append("taskreport \"dates\" { formats csv columns id, start, end timeformat \"%Y-%m-%d %H:%M\" }")
        return (lines.joined(separator: "\n") + "\n", ids)
    }

    private func compare(_ relativePath: String) throws {
        let tj3 = try tj3()
        let compiled = Pipeline.compile(folder: EvplanBinary.repositoryRoot.appendingPathComponent(relativePath).path)
        let (text, ids) = Self.project(compiled)
        XCTAssertGreaterThan(ids.count, 3, "tasks to compare")
        let folder = try EvplanBinary.temporaryFolder(self)
        try text.write(to: folder, "plan.tjp")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tj3)
        process.arguments = ["--no-color", "--silent", "plan.tjp"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, message + "\n" + text)
        let csv = try String(contentsOf: folder.appendingPathComponent("dates.csv"), encoding: .utf8)
        let calendar = compiled.analyses.schedule.calendar
        var compared = 0
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard cells.count == 3, let index = ids[cells[0]], let when = compiled.analyses.schedule.early[index] else { continue }
            func day(_ stamp: String) -> PlanDate {
                let parts = stamp.prefix(10).split(separator: "-").compactMap { Int($0) }
                return PlanDate(year: parts[0], month: parts[1], day: parts[2])!
            }
            // tj3 starts a successor at the moment its predecessor ends (17:00): the next working day.
            let start = cells[1].hasSuffix("17:00") && !when.isMilestone ? calendar.workingDay(after: day(cells[1])) : calendar.workingDay(onOrAfter: day(cells[1]))
            let task = compiled.plan.project.tasks[index].id.value
            XCTAssertEqual(when.isMilestone ? when.start : start, when.isMilestone ? day(cells[1]) : when.start, "start of \(task)")
            XCTAssertEqual(day(cells[2]), when.end, "end of \(task)")
            compared += 1
        }
        XCTAssertEqual(compared, ids.count, csv)
    }

    func testTheHolidayPlanMatchesTaskJuggler() throws {
        try compare("Tests/EvplanTests/Fixtures/plans/holiday-crossing")
    }

    func testTheForumSampleMatchesTaskJuggler() throws {
        try compare("samples/forum-zh")
    }
}

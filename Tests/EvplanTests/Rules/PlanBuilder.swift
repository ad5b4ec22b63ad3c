import Foundation
import XCTest
@testable import EvplanCheck
import EvplanModel

/// Small plans built in code for rule tests. Every value sits at a line the test chooses and at a fixed column
/// per table column (see `Column`), so a test can assert the exact `file:line:column` a diagnostic points at.
enum PlanBuilder {
    /// The column each kind of cell starts at in the imaginary plan files.
    enum Column {
        static let first = 3
        // Budget tables: | 項目 | 類別 | 單價 | 數量 | 小計 |
        static let category = 10
        static let unitPrice = 20
        static let quantity = 30
        static let amount = 40
        // Agenda tables: | 時間 | 議程 | 講者 | 場地 | 人數 |
        static let title = 17
        static let speakers = 30
        static let room = 45
        static let audience = 60
        // Task tables: | ID | 工作 | 負責人 | 開始 | 結束 | 工期 | 前置 |
        static let taskName = 8
        static let owner = 20
        static let start = 30
        static let end = 43
        static let duration = 56
        static let predecessors = 62
        // Room tables: | 空間 | 容納人數 | 形式 | 面積 |
        static let capacity = 15
        static let layout = 25
        static let area = 35
    }

    static let budgetFile = "T3-budget.md"
    static let agendaFile = "T4-agenda.md"
    static let venueFile = "T5-venue.md"
    static let projectFile = "T2-project.md"

    static func location(_ file: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func cell<Value>(_ value: Value, _ file: String, _ line: Int, _ column: Int) -> Located<Value> {
        Located(value, at: location(file, line, column))
    }

    // MARK: Values

    static func amount(_ text: String) -> Decimal {
        Decimal(string: text.replacingOccurrences(of: ",", with: "")) ?? .nan
    }

    static func date(_ text: String) -> PlanDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = PlanDate(year: parts[0], month: parts[1], day: parts[2]) else {
            XCTFail("bad test date \(text)")
            return PlanDate(dayNumber: 0)
        }
        return date
    }

    /// `09:00-10:30`.
    static func time(_ text: String) -> TimeRange {
        let minutes = text.split(separator: "-").map { part -> Int in
            let clock = part.split(separator: ":").compactMap { Int($0) }
            return clock.count == 2 ? clock[0] * 60 + clock[1] : 0
        }
        guard minutes.count == 2 else {
            XCTFail("bad test time \(text)")
            return TimeRange(start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 0))
        }
        return TimeRange(start: TimeOfDay(minutes: minutes[0]), end: TimeOfDay(minutes: minutes[1]))
    }

    // MARK: Plan and event

    static func plan(event: Event? = nil, budget: [BudgetTable] = [], agenda: [AgendaDay] = [], venue: Venue? = nil,
                     tasks: [WorkItem] = [], pressRelease: PressRelease? = nil) -> Plan {
        var plan = Plan(root: "plan")
        plan.event = event
        plan.budget = Budget(tables: budget)
        plan.agenda = Agenda(days: agenda)
        plan.venue = venue
        plan.project = Project(tasks: tasks)
        plan.pressRelease = pressRelease
        return plan
    }

    /// An event.md whose front matter has dates on line 3, attendees on line 4 and the budget cap on line 5.
    static func event(dates: String? = nil, attendees: Int? = nil, cap: String? = nil, maxStretch: Int? = nil) -> Event {
        var event = Event(location: location("event.md", 1))
        if let dates {
            let ends = dates.components(separatedBy: " ~ ")
            event.dates = cell(DateRange(start: date(ends[0]), end: date(ends.last ?? ends[0])), "event.md", 3, 8)
        }
        event.expectedAttendance = attendees.map { cell($0, "event.md", 4, 12) }
        event.budgetCap = cap.map { cell(amount($0), "event.md", 5, 9) }
        if let maxStretch { event.maxStretchMinutes = maxStretch }
        return event
    }

    // MARK: Budget

    static func line(_ item: String, at line: Int, price: String? = nil, qty: String? = nil, amount written: String? = nil,
                     category: String? = nil, file: String = budgetFile) -> BudgetRow {
        BudgetRow(kind: .line, item: cell(item, file, line, Column.first),
                  category: category.map { cell($0, file, line, Column.category) },
                  unitPrice: price.map { cell(amount($0), file, line, Column.unitPrice) },
                  quantity: qty.map { cell(amount($0), file, line, Column.quantity) },
                  amount: written.map { cell(amount($0), file, line, Column.amount) },
                  location: location(file, line))
    }

    static func total(_ item: String = "合計", at line: Int, amount written: String?, covers: [Int],
                      kind: BudgetRow.Kind = .total, category: String? = nil, file: String = budgetFile) -> BudgetRow {
        BudgetRow(kind: kind, item: cell(item, file, line, Column.first),
                  category: category.map { cell($0, file, line, Column.category) },
                  amount: written.map { cell(amount($0), file, line, Column.amount) }, covers: .rows(covers),
                  location: location(file, line))
    }

    static func table(_ side: BudgetSide, at line: Int, _ rows: [BudgetRow], file: String = budgetFile) -> BudgetTable {
        BudgetTable(side: side, title: side == .expense ? "支出" : "收入", rows: rows, location: location(file, line))
    }

    // MARK: Agenda

    static func session(_ time: String, _ title: String, at line: Int, room: String? = nil, speakers: [String] = [],
                        audience: Int? = nil, isBreak: Bool = false, file: String = agendaFile) -> Session {
        session(PlanBuilder.time(time), title, at: line, room: room, speakers: speakers, audience: audience, isBreak: isBreak, file: file)
    }

    static func session(_ time: TimeRange, _ title: String, at line: Int, room: String? = nil, speakers: [String] = [],
                        audience: Int? = nil, isBreak: Bool = false, file: String = agendaFile) -> Session {
        Session(time: cell(time, file, line, Column.first), title: cell(title, file, line, Column.title),
                speakers: speakers.enumerated().map { cell($1, file, line, Column.speakers + 5 * $0) },
                room: room.map { cell($0, file, line, Column.room) },
                audience: audience.map { cell($0, file, line, Column.audience) },
                isBreak: isBreak, location: location(file, line))
    }

    /// A day whose heading `## Day 1 2027-03-12` is on `line`, its date at column 10.
    static func day(_ date: String?, at line: Int, _ sessions: [Session], file: String = agendaFile) -> AgendaDay {
        AgendaDay(date: date.map { cell(PlanBuilder.date($0), file, line, 10) }, title: "Day", sessions: sessions,
                  location: location(file, line))
    }

    // MARK: Venue

    /// A venue whose front-matter capacity is on line 4.
    static func venue(capacity: Int? = nil, name: String? = "國際會議中心", rooms: [Room] = []) -> Venue {
        var venue = Venue(location: location(venueFile, 1))
        venue.name = name.map { cell($0, venueFile, 3, 8) }
        venue.capacity = capacity.map { cell($0, venueFile, 4, 11) }
        venue.rooms = rooms
        return venue
    }

    static func room(_ name: String, at line: Int, capacity: Int? = nil, layout: String? = nil, squareMetres: String? = nil,
                     asWritten: String? = nil) -> Room {
        Room(name: cell(name, venueFile, line, Column.first),
             capacity: capacity.map { cell($0, venueFile, line, Column.capacity) },
             layout: layout.map { cell($0, venueFile, line, Column.layout) },
             areaSquareMeters: squareMetres.map { cell(amount($0), venueFile, line, Column.area) },
             areaAsWritten: asWritten, location: location(venueFile, line))
    }

    // MARK: Project

    static func task(_ id: String, at line: Int, name: String? = nil, owner: String? = "林經理", start: String? = nil,
                     end: String? = nil, duration: Int? = nil, predecessors: [String] = [],
                     phase: WorkItemPhase = .preEvent, file: String = projectFile) -> WorkItem {
        WorkItem(id: cell(id, file, line, Column.first), name: cell(name ?? "工作 \(id)", file, line, Column.taskName),
                    owners: owner.map { [cell($0, file, line, Column.owner)] } ?? [],
                    start: start.map { cell(date($0), file, line, Column.start) },
                    end: end.map { cell(date($0), file, line, Column.end) },
                    duration: duration.map { cell($0, file, line, Column.duration) },
                    predecessors: predecessors.enumerated().map { cell($1, file, line, Column.predecessors + 4 * $0) },
                    phase: phase, location: location(file, line))
    }

    // MARK: Running a rule

    static func run<R: Rule>(_ rule: R, on plan: Plan) -> [Diagnostic] {
        rule.check(CheckContext(plan: plan))
    }

    /// `file:line:column` of each diagnostic, in the order reported.
    static func places(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.location.description)
    }

    /// Asserts that every diagnostic is of `rule` with its default severity, and that they sit exactly at `places`.
    static func assertReports(_ diagnostics: [Diagnostic], of rule: RuleDescriptor, at expected: [String],
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(places(diagnostics), expected, "places", file: file, line: line)
        for diagnostic in diagnostics {
            XCTAssertEqual(diagnostic.rule.id, rule.id, file: file, line: line)
            XCTAssertEqual(diagnostic.severity, rule.defaultSeverity, file: file, line: line)
        }
    }
}

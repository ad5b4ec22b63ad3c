import EvplanModel
import EvplanParse
import EvplanSchedule
import Foundation

/// What `evplan schedule` prints: each task's scheduled dates, slack and critical flag, and the calendar used.
public enum ScheduleReport {
    public struct TaskEntry: Encodable {
        public var id: String
        public var name: String
        public var owner: String
        public var start: String?
        public var end: String?
        public var slack: Int?
        public var critical: Bool
        public var progress: Int?
        public var milestone: Bool
        public var deadline: String?
        public var lateFinish: String?
        public var duration: String?
        public var behind: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, owner, start, end, slack, critical, progress, milestone, deadline, duration, behind
            case lateFinish = "late_finish"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(owner, forKey: .owner)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(slack, forKey: .slack); try c.encode(critical, forKey: .critical)
            try c.encode(progress, forKey: .progress); try c.encode(milestone, forKey: .milestone)
            try c.encode(deadline, forKey: .deadline); try c.encode(lateFinish, forKey: .lateFinish)
            try c.encode(duration, forKey: .duration); try c.encode(behind, forKey: .behind)
        }
    }

    public struct Day: Encodable { public var date: String; public var name: String }

    public struct CalendarEntry: Encodable {
        public var name: String
        public var officialYears: [Int]
        /// Days off on weekdays (and named weekend holidays) between the schedule's first and last day.
        public var holidays: [Day]
        /// Weekend days worked (補行上班) in that span.
        public var workdays: [Day]
        public var unofficialYears: [Int]

        enum CodingKeys: String, CodingKey {
            case name, holidays, workdays
            case officialYears = "official_years", unofficialYears = "unofficial_years"
        }
    }

    public struct Document: Encodable {
        public var tasks: [TaskEntry]
        public var calendar: CalendarEntry
        public var asOf: String?
        public var event: [String]?

        enum CodingKeys: String, CodingKey { case tasks, calendar, event; case asOf = "as_of" }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(tasks, forKey: .tasks); try c.encode(calendar, forKey: .calendar)
            try c.encode(asOf, forKey: .asOf); try c.encode(event, forKey: .event)
        }
    }

    /// A date as `--as-of` takes it (the forms plan cells take).
    public static func parseDate(_ text: String) -> PlanDate? { DateParser.parse(text) }

    public static func document(_ compiled: CompiledPlan) -> Document {
        let schedule = compiled.analyses.schedule
        let tasks = compiled.plan.project.tasks
        let tracks = tasks.contains { $0.progress != nil }
        let entries = tasks.enumerated().map { index, task -> TaskEntry in
            let when = schedule.early.indices.contains(index) ? schedule.early[index] : nil
            let slack = schedule.slack.indices.contains(index) ? schedule.slack[index] : nil
            let deadline = schedule.deadlines.indices.contains(index) ? schedule.deadlines[index] : nil
            let late = schedule.lateFinish.indices.contains(index) ? schedule.lateFinish[index] : nil
            var behind = false
            if let asOf = schedule.asOf, tracks, let expected = schedule.expectedProgress(index, asOf: asOf) {
                behind = (task.progress?.value ?? 0) < expected
            }
            return TaskEntry(id: task.id.value, name: task.name.value, owner: task.owners.map(\.value).joined(separator: "、"),
                             start: when?.start.description, end: when?.end.description, slack: slack,
                             critical: schedule.isCritical(index), progress: task.progress?.value,
                             milestone: when?.isMilestone ?? task.isMilestone, deadline: deadline?.description,
                             lateFinish: late?.description, duration: task.durationText, behind: behind)
        }
        var holidays: [Day] = [], workdays: [Day] = [], unofficial: [Int] = []
        var first = schedule.span?.start, last = schedule.span?.end
        if let event = schedule.eventDates {
            first = min(first ?? event.start, event.start)
            last = max(last ?? event.end, event.end)
        }
        if let first, let last {
            for exception in schedule.calendar.exceptions where exception.date >= first && exception.date <= last {
                let day = Day(date: exception.date.description, name: exception.name)
                if exception.isWorkingDay { workdays.append(day) } else { holidays.append(day) }
            }
            if schedule.calendarChoice == .taiwan {
                unofficial = (first.year...last.year).filter { $0 > TaiwanCalendar.officialYears.upperBound }
            }
        }
        let official = schedule.calendarChoice == .taiwan
            ? Array(TaiwanCalendar.officialYears) : []
        let calendar = CalendarEntry(name: schedule.calendarChoice.rawValue, officialYears: official, holidays: holidays,
                                     workdays: workdays, unofficialYears: unofficial)
        let event = schedule.eventDates.map { [$0.start.description, $0.end.description] }
        return Document(tasks: entries, calendar: calendar, asOf: schedule.asOf?.description, event: event)
    }

    public static func json(_ compiled: CompiledPlan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(compiled))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func csv(_ compiled: CompiledPlan) -> String {
        let document = document(compiled)
        var lines = ["id,name,owner,start,end,slack,critical,progress,milestone,deadline,late_finish,duration"]
        func field(_ text: String?) -> String {
            guard let text else { return "" }
            return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        for task in document.tasks {
            lines.append([field(task.id), field(task.name), field(task.owner), field(task.start), field(task.end),
                          task.slack.map(String.init) ?? "", task.critical ? "true" : "false", task.progress.map(String.init) ?? "",
                          task.milestone ? "true" : "false", field(task.deadline), field(task.lateFinish), field(task.duration)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ compiled: CompiledPlan) -> String {
        let document = document(compiled)
        let zh = compiled.language == .zhTW
        var lines: [String] = []
        let calendarName = document.calendar.name == "TW" ? (zh ? "政府行政機關辦公日曆（TW）" : "Taiwan office calendar (TW)")
            : (zh ? "週一至週五（none）" : "Monday to Friday (none)")
        lines.append((zh ? "行事曆：" : "Calendar: ") + calendarName)
        if let asOf = document.asOf { lines.append((zh ? "進度基準日：" : "As of: ") + asOf) }
        let idWidth = max(2, document.tasks.map(\.id.count).max() ?? 2)
        for task in document.tasks {
            let id = task.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let dates = task.start.map { start in task.end.map { $0 == start ? start : "\(start) → \($0)" } ?? start } ?? (zh ? "未排定" : "undated")
            var parts = ["\(id)  \(dates)"]
            if let slack = task.slack { parts.append((zh ? "寬裕 " : "slack ") + "\(slack)") }
            if task.critical { parts.append(zh ? "要徑" : "critical") }
            if let deadline = task.deadline { parts.append((zh ? "截止 " : "deadline ") + deadline) }
            if let progress = task.progress { parts.append("\(progress)%") }
            if task.behind { parts.append(zh ? "落後" : "behind") }
            lines.append(parts.joined(separator: "  ") + "  " + task.name)
        }
        if !document.calendar.holidays.isEmpty {
            lines.append(zh ? "期間的假日：" : "Holidays in the span:")
            for day in document.calendar.holidays where !day.name.isEmpty { lines.append("  \(day.date) \(day.name)") }
        }
        if !document.calendar.workdays.isEmpty {
            lines.append(zh ? "期間的補行上班日：" : "Make-up working days in the span:")
            for day in document.calendar.workdays { lines.append("  \(day.date) \(day.name)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
public typealias EvplanDate = PlanDate

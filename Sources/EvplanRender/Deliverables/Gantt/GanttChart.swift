import EvplanModel
import EvplanSchedule
import Foundation
import Mustache

/// The Gantt chart's geometry, computed here so the template only draws: one row per dated task,
/// bars over working days, milestones as diamonds, elbow arrows from a predecessor's end to its successor's start.
struct GanttChart: TemplateValue {
    struct Shade: TemplateValue { let x: String; let width: String }
    struct AxisMark: TemplateValue { let x: String; let textX: String; let text: String }
    struct Row: TemplateValue {
        let y: String; let textY: String; let taskId: String; let taskName: String; let striped: Bool
        /// The rest of a long name, on a second line (`taskName` then sits higher).
        let hasSecondLine: Bool; let firstLineY: String; let secondLineY: String; let secondLine: String; let fullName: String
    }
    struct Bar: TemplateValue {
        let x: String; let y: String; let width: String; let color: String; let labelX: String; let labelY: String; let caption: String
        let critical: Bool
        /// Progress fill, as wide as the share done.
        let hasProgress: Bool; let progressWidth: String
        /// Slack drawn as a thin tail from the bar's end to the latest end.
        let hasSlack: Bool; let slackX: String; let slackY: String; let slackEndX: String
    }
    struct Diamond: TemplateValue { let points: String; let labelX: String; let labelY: String; let caption: String; let critical: Bool }
    struct Arrow: TemplateValue { let path: String; let critical: Bool }
    struct Holiday: TemplateValue { let x: String; let y: String; let text: String }
    struct Deadline: TemplateValue { let x: String; let y1: String; let y2: String; let points: String }

    static let labelWidth = 270.0
    static let plotWidth = 760.0
    static let rightMargin = 130.0
    static let headerHeight = 50.0
    static let rowHeight = 28.0
    static let barHeight = 14.0
    static let footerHeight = 26.0

    let width: Int
    let height: Int
    let plotX: String
    let plotTop: String
    let plotBottom: String
    let plotRight: String
    let plotHeight: String
    let eventY: String
    let eventHeight: String
    let weekends: [Shade]
    let months: [AxisMark]
    let weeks: [AxisMark]
    let hasEvent: Bool
    let eventX: String
    let eventWidth: String
    let eventLabel: String
    let eventLabelX: String
    let eventLabelY: String
    let rows: [Row]
    let bars: [Bar]
    let diamonds: [Diamond]
    let arrows: [Arrow]
    let holidays: [Holiday]
    let deadlines: [Deadline]
    let hasAsOf: Bool
    let asOfX: String
    let asOfLabel: String

    /// `order` lists the indices of the dated tasks, top to bottom.
    init(project: Project, schedule: ScheduleAnalysis, order: [Int], event: DateRange?, context: RenderContext) {
        let tasks = project.tasks
        let dated = order.compactMap { index in schedule.early[index].map { (index, $0) } }
        var first = dated.map(\.1.start).min() ?? event?.start ?? PlanDate(dayNumber: 0)
        var last = dated.map(\.1.end).max() ?? event?.end ?? first
        if let event {
            first = min(first, event.start)
            last = max(last, event.end)
        }
        // A typo such as 999999 working days must not draw centuries day by day: the chart shows at most
        // three years, and anything later is cut at its right edge (the task table still gives the dates).
        last = min(last, first.adding(days: GanttChart.longestSpanDays))
        // Whole weeks, Monday to Sunday, so that the axis starts and ends on clean lines.
        let start = first.adding(days: -((first.weekday + 6) % 7))
        let end = last.adding(days: (7 - last.weekday) % 7)
        let dayCount = end.dayNumber - start.dayNumber + 1
        let dayWidth = GanttChart.plotWidth / Double(dayCount)
        let left = GanttChart.labelWidth
        func x(_ date: PlanDate) -> Double { left + Double(min(max(date.dayNumber - start.dayNumber, 0), dayCount)) * dayWidth }
        let fmt = GanttChart.number

        let top = GanttChart.headerHeight
        let bottom = top + Double(dated.count) * GanttChart.rowHeight
        width = Int(left + GanttChart.plotWidth + GanttChart.rightMargin)
        height = Int(bottom + GanttChart.footerHeight)
        plotX = fmt(left)
        plotTop = fmt(top)
        plotBottom = fmt(bottom)
        plotRight = fmt(left + GanttChart.plotWidth)
        plotHeight = fmt(bottom - top)
        eventY = "22"
        eventHeight = fmt(bottom - 22)

        var weekends: [Shade] = []
        var holidays: [Holiday] = []
        var weeks: [AxisMark] = []
        var months: [AxisMark] = []
        // Days off are shaded as the calendar has them: each run of them (a weekend, a holiday) is one shade.
        let calendar = schedule.calendar
        var day = start
        var previousWorks = true
        while day <= end {
            let works = calendar.isWorkingDay(day)
            if !works, previousWorks, dayWidth >= 1.5 {
                var runEnd = day
                while runEnd < end, !calendar.isWorkingDay(runEnd.adding(days: 1)) { runEnd = runEnd.adding(days: 1) }
                weekends.append(Shade(x: fmt(x(day)), width: fmt(Double(runEnd.dayNumber - day.dayNumber + 1) * dayWidth)))
                // A run holding a named holiday is named, written downwards inside its shade.
                var named: String?
                var cursor = day
                while cursor <= runEnd, named == nil {
                    if let name = calendar.holidayName(cursor), !name.isEmpty, name != "補假" { named = name }
                    cursor = cursor.adding(days: 1)
                }
                if named == nil, let name = calendar.holidayName(day), !name.isEmpty { named = name }
                if let named, dayWidth >= 3 {
                    holidays.append(Holiday(x: fmt(x(day) + min(dayWidth, 10) / 2 + 3), y: fmt(top + 6), text: GanttChart.shortHoliday(named)))
                }
            }
            previousWorks = works
            if day.weekday == 1, dayWidth * 7 >= 34 {
                weeks.append(AxisMark(x: fmt(x(day)), textX: fmt(x(day) + 3), text: context.dates.short(day)))
            }
            if day.day == 1 || day == start {
                let room = Double(PlanDate.daysIn(month: day.month, year: day.year) - day.day + 1) * dayWidth
                let text = room >= 70 ? context.dates.month(year: day.year, month: day.month) : (room >= 22 ? "\(day.month)" : "")
                months.append(AxisMark(x: fmt(x(day)), textX: fmt(x(day) + 4), text: text))
            }
            day = day.adding(days: 1)
        }
        self.weekends = weekends
        self.holidays = holidays
        self.weeks = weeks
        self.months = months

        if let event {
            hasEvent = true
            eventX = fmt(x(event.start))
            eventWidth = fmt(x(event.end.adding(days: 1)) - x(event.start))
            eventLabel = "\(context.label("gantt_event_days")) \(context.dates.short(event.start))" +
                (event.dayCount > 1 ? "–\(context.dates.short(event.end))" : "")
            eventLabelX = fmt((x(event.start) + x(event.end.adding(days: 1))) / 2)
            eventLabelY = fmt(bottom + 17)
        } else {
            hasEvent = false
            eventX = ""; eventWidth = ""; eventLabel = ""; eventLabelX = ""; eventLabelY = ""
        }

        var rowOf: [Int: Int] = [:]
        var rows: [Row] = []
        var bars: [Bar] = []
        var diamonds: [Diamond] = []
        let separator = context.language == .zhTW ? "、" : ", "
        for (row, (index, when)) in dated.enumerated() {
            rowOf[index] = row
            let task = tasks[index]
            let rowTop = top + Double(row) * GanttChart.rowHeight
            let middle = rowTop + GanttChart.rowHeight / 2
            let (first, second) = GanttChart.wrap(task.name.value, width: GanttChart.lineCharacters)
            rows.append(Row(y: fmt(rowTop), textY: fmt(middle + 4.5), taskId: task.id.value, taskName: first, striped: row % 2 == 1,
                            hasSecondLine: !second.isEmpty, firstLineY: fmt(middle - 1.5), secondLineY: fmt(middle + 10.5),
                            secondLine: second, fullName: task.name.value))
            let owners = task.owners.map(\.value).joined(separator: separator)
            if when.isMilestone {
                let cx = x(when.start) + dayWidth / 2
                diamonds.append(Diamond(points: "\(fmt(cx)),\(fmt(middle - 8)) \(fmt(cx + 8)),\(fmt(middle)) \(fmt(cx)),\(fmt(middle + 8)) \(fmt(cx - 8)),\(fmt(middle))",
                                        labelX: fmt(cx + 12), labelY: fmt(middle + 4.5),
                                        caption: [context.dates.short(when.start), owners].filter { !$0.isEmpty }.joined(separator: " · "),
                                        critical: schedule.isCritical(index)))
            } else {
                let barX = x(when.start)
                let barWidth = max(x(when.end.adding(days: 1)) - barX, 2)
                let progress = task.progress?.value ?? 0
                let slack = schedule.slack.indices.contains(index) ? (schedule.slack[index] ?? 0) : 0
                let lateEnd = schedule.lateFinish.indices.contains(index) ? schedule.lateFinish[index] : nil
                let slackEndX = lateEnd.map { x($0.adding(days: 1)) } ?? barX + barWidth
                let tail = slack > 0 && slackEndX > barX + barWidth + 1
                bars.append(Bar(x: fmt(barX), y: fmt(rowTop + (GanttChart.rowHeight - GanttChart.barHeight) / 2), width: fmt(barWidth), color: GanttChart.color(task.phase),
                                labelX: fmt((tail ? slackEndX : barX + barWidth) + 6), labelY: fmt(middle + 4.5), caption: owners,
                                critical: schedule.isCritical(index),
                                hasProgress: progress > 0, progressWidth: fmt(barWidth * Double(min(progress, 100)) / 100),
                                hasSlack: tail, slackX: fmt(barX + barWidth), slackY: fmt(middle), slackEndX: fmt(slackEndX)))
            }
        }
        self.rows = rows
        self.bars = bars
        self.diamonds = diamonds

        var arrows: [Arrow] = []
        for (index, when) in dated {
            guard let successorRow = rowOf[index] else { continue }
            for predecessor in schedule.predecessorIndices[index] {
                guard let predecessorRow = rowOf[predecessor], let before = schedule.early[predecessor] else { continue }
                // Finish-to-start: drop from just inside the predecessor's end, then run right into the successor's start.
                let down = successorRow > predecessorRow
                let predecessorMiddle = top + (Double(predecessorRow) + 0.5) * GanttChart.rowHeight
                let fromX: Double
                let fromY: Double
                if before.isMilestone {
                    fromX = x(before.start) + dayWidth / 2
                    fromY = predecessorMiddle + (down ? 8 : -8)
                } else {
                    let barStart = x(before.start)
                    let barEnd = x(before.end) + dayWidth
                    fromX = max(barStart + 1, barEnd - min(6, (barEnd - barStart) / 2))
                    fromY = predecessorMiddle + (down ? GanttChart.barHeight / 2 : -GanttChart.barHeight / 2)
                }
                let toX = when.isMilestone ? x(when.start) + dayWidth / 2 - 8 : x(when.start)
                let toY = top + (Double(successorRow) + 0.5) * GanttChart.rowHeight
                arrows.append(Arrow(path: GanttChart.elbow(fromX: fromX, fromY: fromY, toX: toX, toY: toY),
                                    critical: schedule.isCritical(index) && schedule.isCritical(predecessor)))
            }
        }
        self.arrows = arrows

        var deadlines: [Deadline] = []
        for (row, (index, _)) in dated.enumerated() {
            guard schedule.deadlines.indices.contains(index), let deadline = schedule.deadlines[index],
                  deadline >= start, deadline <= end else { continue }
            // A red tick at the end of the deadline's day, with a small flag on top.
            let dx = x(deadline.adding(days: 1))
            let rowTop = top + Double(row) * GanttChart.rowHeight
            deadlines.append(Deadline(x: fmt(dx), y1: fmt(rowTop + 3), y2: fmt(rowTop + GanttChart.rowHeight - 3),
                                      points: "\(fmt(dx)),\(fmt(rowTop + 3)) \(fmt(dx - 5)),\(fmt(rowTop)) \(fmt(dx + 5)),\(fmt(rowTop))"))
        }
        self.deadlines = deadlines
        if let asOf = schedule.asOf, asOf >= start, asOf <= end {
            hasAsOf = true
            asOfX = fmt(x(asOf))
            asOfLabel = "\(context.label("gantt_as_of")) \(context.dates.short(asOf))"
        } else {
            hasAsOf = false
            asOfX = ""
            asOfLabel = ""
        }
    }

    /// A holiday's name short enough to stand in its shade: 「孔子誕辰紀念日/教師節」 → 「教師節」,
    /// 「臺灣光復暨金門古寧頭大捷紀念日」 → 「臺灣光復」.
    static func shortHoliday(_ name: String) -> String {
        var short = name.split(separator: "/").last.map(String.init) ?? name
        for joiner in ["暨", "及"] { if let cut = short.range(of: joiner) { short = String(short[..<cut.lowerBound]) } }
        return shorten(short, to: 7)
    }

    /// Characters of a task name on one line of the chart's label column.
    static let lineCharacters = 15

    /// A name on up to two lines of `width` characters; the second ends in … when the name is longer still.
    static func wrap(_ text: String, width: Int) -> (String, String) {
        guard text.count > width else { return (text, "") }
        let first = String(text.prefix(width))
        let rest = String(text.dropFirst(width))
        return (first, shorten(rest, to: width))
    }

    /// Down (or up) from the predecessor to the successor's row, then right into its start; when the successor
    /// starts too close for an arrowhead, the path steps left between the rows first.
    static func elbow(fromX: Double, fromY: Double, toX: Double, toY: Double) -> String {
        let fmt = number
        if toX - fromX >= 6 {
            return "M\(fmt(fromX)),\(fmt(fromY)) V\(fmt(toY)) H\(fmt(toX))"
        }
        let between = toY + (toY >= fromY ? -rowHeight / 2 : rowHeight / 2)
        return "M\(fmt(fromX)),\(fmt(fromY)) V\(fmt(between)) H\(fmt(toX - 8)) V\(fmt(toY)) H\(fmt(toX))"
    }

    static let longestSpanDays = 3 * 366

    static func color(_ phase: WorkItemPhase) -> String {
        switch phase {
        case .preEvent: "#2f80b7"
        case .duringEvent: "#c8102e"
        case .postEvent: "#7d8b99"
        }
    }

    static func number(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func shorten(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}

import EvplanModel
import EvplanSchedule
import Foundation
import Mustache

/// The Gantt chart's geometry, computed here so the template only draws: one row per dated task,
/// bars over working days, milestones as diamonds, elbow arrows from a predecessor's end to its successor's start.
struct GanttChart: TemplateValue {
    struct Shade: TemplateValue { let x: String; let width: String }
    struct AxisMark: TemplateValue { let x: String; let textX: String; let text: String }
    struct Row: TemplateValue { let y: String; let textY: String; let taskId: String; let taskName: String; let striped: Bool }
    struct Bar: TemplateValue { let x: String; let y: String; let width: String; let color: String; let labelX: String; let labelY: String; let caption: String }
    struct Diamond: TemplateValue { let points: String; let labelX: String; let labelY: String; let caption: String }
    struct Arrow: TemplateValue { let path: String }

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
            rows.append(Row(y: fmt(rowTop), textY: fmt(middle + 4.5), taskId: task.id.value,
                            taskName: GanttChart.shorten(task.name.value, to: 16), striped: row % 2 == 1))
            let owners = task.owners.map(\.value).joined(separator: separator)
            if when.isMilestone {
                let cx = x(when.start) + dayWidth / 2
                diamonds.append(Diamond(points: "\(fmt(cx)),\(fmt(middle - 8)) \(fmt(cx + 8)),\(fmt(middle)) \(fmt(cx)),\(fmt(middle + 8)) \(fmt(cx - 8)),\(fmt(middle))",
                                        labelX: fmt(cx + 12), labelY: fmt(middle + 4.5),
                                        caption: [context.dates.short(when.start), owners].filter { !$0.isEmpty }.joined(separator: " · ")))
            } else {
                let barX = x(when.start)
                let barWidth = max(x(when.end.adding(days: 1)) - barX, 2)
                bars.append(Bar(x: fmt(barX), y: fmt(rowTop + (GanttChart.rowHeight - GanttChart.barHeight) / 2), width: fmt(barWidth), color: GanttChart.color(task.phase),
                                labelX: fmt(barX + barWidth + 6), labelY: fmt(middle + 4.5), caption: owners))
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
                arrows.append(Arrow(path: GanttChart.elbow(fromX: fromX, fromY: fromY, toX: toX, toY: toY)))
            }
        }
        self.arrows = arrows
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

    static func color(_ phase: TaskPhase) -> String {
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

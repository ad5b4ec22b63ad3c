import EvplanModel

/// Works out a plan's schedule in a working calendar: resolves predecessors, orders the tasks (Kahn), marks the
/// tasks on dependency cycles (Tarjan) and dates every task forwards from fixed starts and durations.
/// Linear in tasks and dependencies, apart from the calendar's logarithmic stepping.
public struct Scheduler: Sendable {
    public let calendar: WorkingCalendar
    public var calendarChoice: CalendarChoice = .mondayToFriday

    public init(calendar: WorkingCalendar = .mondayToFriday) {
        self.calendar = calendar
    }

    /// `event`: the event's days, for `活動前 N 天` deadlines and the latest end of work before it.
    /// `asOf`: the status date progress is measured against.
    public func analyse(_ project: Project, event: DateRange? = nil, asOf: PlanDate? = nil) -> ScheduleAnalysis {
        let tasks = project.tasks
        var indexByID: [String: Int] = [:]
        for (index, task) in tasks.enumerated() where indexByID[task.id.value] == nil {
            indexByID[task.id.value] = index
        }
        let predecessorIndices = tasks.map { task in task.predecessors.compactMap { indexByID[$0.value] } }

        // Kahn's algorithm: what remains unvisited afterwards sits on or behind a cycle.
        var successors = Array(repeating: [Int](), count: tasks.count)
        var pending = Array(repeating: 0, count: tasks.count)
        for (index, predecessors) in predecessorIndices.enumerated() {
            for predecessor in predecessors {
                successors[predecessor].append(index)
                pending[index] += 1
            }
        }
        var order: [Int] = []
        order.reserveCapacity(tasks.count)
        var queue = tasks.indices.filter { pending[$0] == 0 }
        var head = 0
        while head < queue.count {
            let index = queue[head]
            head += 1
            order.append(index)
            for successor in successors[index] {
                pending[successor] -= 1
                if pending[successor] == 0 { queue.append(successor) }
            }
        }
        let cyclic = Scheduler.tasksOnCycles(successors: successors, unresolved: Set(tasks.indices).subtracting(order))

        var ordered = [Bool](repeating: false, count: tasks.count)
        for index in order { ordered[index] = true }
        let kinds = tasks.map(kind)
        let deadlines = tasks.map { $0.deadline?.value.date(eventStart: event?.start) }

        // 1. Forward from fixed dates and predecessors only: the project's natural end.
        var anchored = [ScheduledWorkItem?](repeating: nil, count: tasks.count)
        for index in order {
            anchored[index] = date(tasks[index], kind: kinds[index], predecessors: predecessorIndices[index].compactMap { anchored[$0] }, late: nil)
        }
        for index in tasks.indices where !ordered[index] {
            anchored[index] = date(tasks[index], kind: kinds[index], predecessors: [], late: nil)
        }
        var projectEnd = anchored.compactMap { $0?.end }.max()
        if let eventEnd = event?.end { projectEnd = max(projectEnd ?? eventEnd, eventEnd) }
        for deadline in deadlines.compactMap({ $0 }) { projectEnd = max(projectEnd ?? deadline, deadline) }

        // 2. Backward from deadlines, fixed ends, the event and successors: the latest dates.
        var lateFinish = [PlanDate?](repeating: nil, count: tasks.count)
        var lateStart = [PlanDate?](repeating: nil, count: tasks.count)
        func backward(_ index: Int, successors: [Int]) {
            let task = tasks[index], kind = kinds[index]
            var limit: PlanDate?
            func bound(_ date: PlanDate) { limit = min(limit ?? date, date) }
            if let deadline = deadlines[index] { bound(kind == .calendar ? deadline : calendar.workingDay(onOrBefore: deadline)) }
            if let end = task.end?.value { bound(end) }
            if task.phase == .preEvent, let first = event?.start {
                switch kind {
                case .milestone: bound(first)
                case .calendar: bound(first.adding(days: -1))
                case .working: bound(calendar.workingDay(before: first))
                }
            }
            for successor in successors {
                guard let successorStart = lateStart[successor] else { continue }
                // Mirrors `allows`: a milestone successor may share its predecessor's last day, and so may the work
                // after a milestone that has a date of its own.
                let sameDay = kinds[successor] == .milestone || (kind == .milestone && !isEndOfDayMarker(task))
                bound(sameDay ? successorStart : successorStart.adding(days: -1))
            }
            guard let finish = limit ?? projectEnd else { return }
            let normalised = kind == .working ? calendar.workingDay(onOrBefore: finish) : finish
            lateFinish[index] = normalised
            lateStart[index] = first(of: task, kind: kind, endingOn: normalised)
        }
        for index in order.reversed() { backward(index, successors: successors[index]) }
        // A task with nothing to start from is dated backwards only from something real: its deadline or end,
        // 倒排, or a successor that is dated.
        var grounded = [Bool](repeating: false, count: tasks.count)
        for index in order.reversed() {
            let task = tasks[index]
            grounded[index] = task.deadline != nil || task.end != nil || task.asLateAsPossible
                || successors[index].contains { grounded[$0] || anchored[$0] != nil }
        }
        for index in tasks.indices where !ordered[index] { backward(index, successors: []) }

        // 3. Forward again: tasks with nothing to start from take their latest dates, 倒排 tasks move as late as
        // allowed. Slack compares each task's earliest end with its latest.
        var early = [ScheduledWorkItem?](repeating: nil, count: tasks.count)
        var slack = [Int?](repeating: nil, count: tasks.count)
        func forward(_ index: Int, predecessors: [ScheduledWorkItem]) {
            let task = tasks[index], kind = kinds[index]
            let late = grounded[index] ? lateFinish[index].flatMap { finish in lateStart[index].map { (start: $0, finish: finish) } } : nil
            let asap = date(task, kind: kind, predecessors: predecessors, late: late)
            var scheduled = asap
            if task.asLateAsPossible, let asap, let late, late.start > asap.start, task.start == nil, task.end == nil {
                scheduled = ScheduledWorkItem(start: late.start, end: late.finish, isMilestone: asap.isMilestone,
                                          releases: releases(late.finish, kind: kind), runsOnCalendarDays: asap.runsOnCalendarDays)
            }
            early[index] = scheduled
            if let asap, let finish = lateFinish[index] {
                slack[index] = finish >= asap.end
                    ? calendar.workingDays(from: asap.end.adding(days: 1), through: finish)
                    : -calendar.workingDays(from: finish.adding(days: 1), through: asap.end)
            }
        }
        for index in order { forward(index, predecessors: predecessorIndices[index].compactMap { early[$0] }) }
        for index in tasks.indices where !ordered[index] { forward(index, predecessors: []) }

        var analysis = ScheduleAnalysis(calendar: calendar, early: early, predecessorIndices: predecessorIndices,
                                        successorIndices: successors, order: order, cyclic: cyclic)
        analysis.lateFinish = lateFinish
        analysis.slack = slack
        analysis.deadlines = deadlines
        analysis.eventDates = event
        analysis.asOf = asOf
        analysis.calendarChoice = calendarChoice
        return analysis
    }

    /// How a task counts its days.
    enum Kind { case milestone, working, calendar }

    func kind(_ task: WorkItem) -> Kind {
        if task.isMilestone || task.calendarSpan?.value == .days(0) || task.calendarSpan?.value == .months(0) { return .milestone }
        if task.calendarSpan != nil { return .calendar }
        if let start = task.start?.value, let end = task.end?.value, end >= start,
           calendar.workingDays(from: start, through: end) < end.dayNumber - start.dayNumber + 1 {
            return .calendar
        }
        return .working
    }

    /// A milestone dated by its predecessors rather than by a date of its own.
    func isEndOfDayMarker(_ task: WorkItem) -> Bool {
        !task.predecessors.isEmpty && task.start == nil && task.end == nil
    }

    func releases(_ end: PlanDate, kind: Kind) -> PlanDate {
        kind == .milestone ? end : calendar.workingDay(after: end)
    }

    /// The first day of a task of this kind that ends on `end`.
    func first(of task: WorkItem, kind: Kind, endingOn end: PlanDate) -> PlanDate {
        switch kind {
        case .milestone: return end
        case .calendar:
            if let span = task.calendarSpan?.value { return span.start(endingOn: end) }
            if let start = task.start?.value, let fixedEnd = task.end?.value { return end.adding(days: -(fixedEnd.dayNumber - start.dayNumber)) }
            return end
        case .working: return calendar.firstDay(endingOn: end, lasting: task.duration?.value ?? 1)
        }
    }

    /// The last day of a task of this kind that starts on `start`.
    func last(of task: WorkItem, kind: Kind, startingOn start: PlanDate) -> PlanDate {
        switch kind {
        case .milestone: return start
        case .calendar: return task.calendarSpan?.value.end(startingOn: start) ?? start
        case .working: return calendar.lastDay(startingOn: start, lasting: task.duration?.value ?? 1)
        }
    }

    /// One task's dates: its own start (or end, counted back), else the day its predecessors let it start, else
    /// its latest dates (`late`, when it has a deadline or successors). A milestone falls on the day its last
    /// predecessor ends; a task with a fixed start and end keeps both; a task with a duration in working days
    /// starts on a working day and ends once that many are done.
    func date(_ task: WorkItem, kind: Kind, predecessors: [ScheduledWorkItem], late: (start: PlanDate, finish: PlanDate)?) -> ScheduledWorkItem? {
        let milestone = kind == .milestone
        let earliest = predecessors.map { $0.allows(milestone: milestone) }.max()
        func made(_ start: PlanDate, _ end: PlanDate) -> ScheduledWorkItem {
            ScheduledWorkItem(start: start, end: end, isMilestone: milestone, releases: releases(end, kind: kind), runsOnCalendarDays: kind == .calendar)
        }
        if milestone {
            guard let day = task.start?.value ?? task.end?.value ?? earliest ?? late?.finish else { return nil }
            // A milestone reached when its predecessors end marks the end of that day: work after it starts the
            // next working day. One with a date of its own (「簽約 1/5」) marks the start of its day.
            let release = isEndOfDayMarker(task) ? calendar.workingDay(after: day) : day
            return ScheduledWorkItem(start: day, end: day, isMilestone: true, releases: release)
        }
        if let start = task.start?.value {
            if let end = task.end?.value { return made(start, max(end, start)) }
            let first = kind == .working ? calendar.workingDay(onOrAfter: start) : start
            return made(first, last(of: task, kind: kind, startingOn: first))
        }
        if let end = task.end?.value {
            let finish = kind == .working ? calendar.workingDay(onOrBefore: end) : end
            return made(first(of: task, kind: kind, endingOn: finish), finish)
        }
        if let earliest {
            let first = kind == .working ? calendar.workingDay(onOrAfter: earliest) : earliest
            return made(first, last(of: task, kind: kind, startingOn: first))
        }
        if let late { return made(late.start, late.finish) }
        return nil
    }

    /// Among the tasks Kahn's algorithm could not order, those that can reach themselves (Tarjan's SCCs).
    static func tasksOnCycles(successors: [[Int]], unresolved: Set<Int>) -> Set<Int> {
        guard !unresolved.isEmpty else { return [] }
        var index = 0
        var indices: [Int: Int] = [:]
        var lowLinks: [Int: Int] = [:]
        var onStack: Set<Int> = []
        var stack: [Int] = []
        var result: Set<Int> = []
        // Iterative Tarjan so that a 10,000-task chain cannot overflow the call stack.
        for root in unresolved.sorted() where indices[root] == nil {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            indices[root] = index; lowLinks[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while let (node, next) = work.last {
                let targets = successors[node].filter { unresolved.contains($0) }
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next]
                    if indices[target] == nil {
                        indices[target] = index; lowLinks[target] = index; index += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[node] = min(lowLinks[node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent]!, lowLinks[node]!) }
                if lowLinks[node] == indices[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == node { break }
                    }
                    if component.count > 1 || successors[node].contains(node) { result.formUnion(component) }
                }
            }
        }
        return result
    }
}

/// Every analysis worked out from a plan before the rules run and the pages render; computed once per compile.
/// Today that is the schedule; later analyses (resources, cash flow …) join it here.
public struct PlanAnalyses: Sendable {
    public var schedule: ScheduleAnalysis

    public init(schedule: ScheduleAnalysis) {
        self.schedule = schedule
    }

    /// Analyses `plan` in `calendar`, by default the one the plan chose (`calendar:`, `workdays:`, `holidays:`);
    /// `asOf` overrides the plan's `as_of:`.
    public init(plan: Plan, calendar: WorkingCalendar? = nil, asOf: PlanDate? = nil) {
        var scheduler = Scheduler(calendar: calendar ?? PlanCalendar.calendar(for: plan))
        scheduler.calendarChoice = plan.event?.calendarChoice ?? .taiwan
        schedule = scheduler.analyse(plan.project, event: plan.event?.dates?.value, asOf: asOf ?? plan.event?.asOf?.value)
    }
}

/// The working calendar a plan chose: Taiwan's office calendar or Monday to Friday, with the plan's own
/// `workdays:` and `holidays:` over it.
public enum PlanCalendar {
    public static func calendar(for plan: Plan) -> WorkingCalendar {
        let event = plan.event
        let choice = event?.calendarChoice ?? (plan.language == .zhTW ? .taiwan : .mondayToFriday)
        var base: WorkingCalendar
        switch choice {
        case .taiwan:
            base = TaiwanCalendar.calendar(through: lastYear(of: plan) + 1)
        case .mondayToFriday:
            base = .mondayToFriday
        }
        let own = (event?.extraHolidays ?? []).map { WorkingCalendar.Exception.holiday($0.date, name: $0.name) }
            + (event?.extraWorkdays ?? []).map { WorkingCalendar.Exception.workingDay($0.date, name: $0.name) }
        guard !own.isEmpty else { return base }
        base = WorkingCalendar(workingWeekdays: Set((0..<7).filter { base.weeklyPattern[$0] }), exceptions: base.exceptions + own) ?? base
        return base
    }

    /// The latest year a plan's dates name, so that computed years reach that far.
    static func lastYear(of plan: Plan) -> Int {
        var year = plan.event?.dates?.value.end.year ?? TaiwanCalendar.computedThrough
        for task in plan.project.tasks {
            for date in [task.start?.value, task.end?.value].compactMap({ $0 }) { year = max(year, date.year) }
        }
        return min(year, 2100)
    }
}

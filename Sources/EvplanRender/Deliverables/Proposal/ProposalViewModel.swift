import EvplanModel
import EvplanSchedule
import Foundation
import Mustache

/// proposal.html: O2.1.1 / O2.2.1 專案計畫書 and O4.2.2 活動執行企畫書, a document a planner hands a client.
struct ProposalViewModel: TemplateValue {
    struct Section: TemplateValue {
        let anchor: String
        let number: String
        let sectionTitle: String
        let taskCode: String
        let prose: [ProseBlock]
        let hasProse: Bool
        let scheduleSummary: ScheduleSummary?
        let budgetSummary: BudgetSummary?
        let agendaSummary: AgendaSummary?
        let venueSummary: VenueSummary?
    }

    struct ScheduleSummary: TemplateValue {
        struct Milestone: TemplateValue { let taskId: String; let name: String; let date: String; let owners: String }
        let span: String
        let hasSpan: Bool
        let milestones: [Milestone]
        let hasMilestones: Bool
    }

    struct BudgetSummary: TemplateValue {
        let figures: BudgetFigures
        let shares: [CostShare]
        let hasShares: Bool
    }

    struct AgendaSummary: TemplateValue {
        struct Keynote: TemplateValue { let time: String; let title: String; let speakers: String; let hasSpeakers: Bool }
        struct DaySummary: TemplateValue { let heading: String; let summary: String; let keynotes: [Keynote]; let hasKeynotes: Bool }
        let agendaDays: [DaySummary]
    }

    struct VenueSummary: TemplateValue {
        struct RoomRow: TemplateValue { let roomName: String; let capacity: String; let layout: String; let area: String }
        let venueFacts: [Fact]
        let rooms: [RoomRow]
        let hasRooms: Bool
    }

    let page: PageChrome
    let l: [String: String]
    let documentKind: String
    let facts: [Fact]
    let hasFacts: Bool
    let hasOverview: Bool
    let overview: [ProseBlock]
    let overviewNumber: String
    let sections: [Section]
    let hasSections: Bool

    init(_ context: RenderContext) {
        let plan = context.plan
        page = context.chrome(for: ProposalPage())
        l = context.labels
        documentKind = context.label("proposal_kind")
        facts = EventFacts.make(context)
        hasFacts = !facts.isEmpty
        overview = (plan.event?.overview ?? []).map { ProseBlock($0, showFileTitle: false) }
        hasOverview = !overview.isEmpty
        overviewNumber = ProposalViewModel.number(1, language: context.language)

        var sections: [Section] = []
        for task in TaskCode.allCases {
            let files = plan.files.filter { $0.task == task }
            let prose = files.flatMap(\.prose).map { ProseBlock($0, showFileTitle: files.count > 1) }
                .filter { !$0.html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || $0.hasHeading }
            let schedule = task == .t2 ? ProposalViewModel.schedule(context) : nil
            let budget = task == .t3 ? ProposalViewModel.budget(context) : nil
            let agenda = task == .t4 ? ProposalViewModel.agenda(context) : nil
            let venue = task == .t5 ? ProposalViewModel.venue(context) : nil
            guard !prose.isEmpty || schedule != nil || budget != nil || agenda != nil || venue != nil else { continue }
            sections.append(Section(anchor: task.rawValue.lowercased(),
                                    number: ProposalViewModel.number(sections.count + 2, language: context.language),
                                    sectionTitle: task.title.text(in: context.language), taskCode: task.rawValue,
                                    prose: prose, hasProse: !prose.isEmpty, scheduleSummary: schedule, budgetSummary: budget,
                                    agendaSummary: agenda, venueSummary: venue))
        }
        self.sections = sections
        hasSections = !sections.isEmpty
    }

    /// 一、二、三 … in Chinese documents; 1. 2. 3. in English.
    static func number(_ value: Int, language: Language) -> String {
        guard language == .zhTW else { return "\(value)." }
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let text: String
        switch value {
        case 1...9: text = digits[value]
        case 10: text = "十"
        case 11...19: text = "十" + digits[value - 10]
        default: text = "\(value)"
        }
        return text + "、"
    }

    private static func schedule(_ context: RenderContext) -> ScheduleSummary? {
        let project = context.plan.project
        guard !project.tasks.isEmpty else { return nil }
        let schedule = context.schedule
        let span = schedule.span.map { context.dates.range($0) } ?? ""
        let separator = context.language == .zhTW ? "、" : ", "
        let milestones = project.tasks.enumerated().filter { $0.element.isMilestone }.map { index, task in
            ScheduleSummary.Milestone(taskId: task.id.value, name: task.name.value,
                                      date: schedule.early[index].map { context.dates.day($0.start) } ?? "—",
                                      owners: task.owners.map(\.value).joined(separator: separator))
        }
        return ScheduleSummary(span: span, hasSpan: !span.isEmpty, milestones: milestones, hasMilestones: !milestones.isEmpty)
    }

    private static func budget(_ context: RenderContext) -> BudgetSummary? {
        let budget = context.plan.budget
        guard !budget.expenseLines.isEmpty || !budget.incomeLines.isEmpty else { return nil }
        let categories = ExpenseCategory.group(budget, uncategorised: context.label("budget_uncategorised"))
        let shares = CostShare.make(categories, total: budget.totalExpenses, money: context.money)
        return BudgetSummary(figures: BudgetFigures(context), shares: shares, hasShares: !shares.isEmpty)
    }

    private static let keynoteWords = ["專題", "主題演講", "演講", "keynote", "開幕", "opening"]

    private static func agenda(_ context: RenderContext) -> AgendaSummary? {
        let agenda = context.plan.agenda
        guard !agenda.isEmpty else { return nil }
        let separator = context.language == .zhTW ? "、" : ", "
        let days = agenda.days.enumerated().map { number, day -> AgendaSummary.DaySummary in
            let programme = day.sessions.filter { !$0.isBreak }
            var highlights = programme.filter { session in
                let title = session.title.value.lowercased()
                return keynoteWords.contains { TextSearch.contains(title, $0) }
            }
            if highlights.isEmpty, let largest = programme.filter({ $0.audience != nil }).max(by: { ($0.audience?.value ?? 0) < ($1.audience?.value ?? 0) }) {
                highlights = [largest]
            }
            let keynotes = highlights.prefix(4).map { session in
                let speakers = session.speakers.map(\.value).joined(separator: separator)
                return AgendaSummary.Keynote(time: session.time.value.description, title: session.title.value,
                                             speakers: speakers, hasSpeakers: !speakers.isEmpty)
            }
            var summary = context.counted("agenda_sessions_n", programme.count)
            if let first = day.sessions.map(\.time.value.start).min(), let last = day.sessions.map(\.time.value.end).max() {
                summary = "\(first)–\(last) · " + summary
            }
            return AgendaSummary.DaySummary(heading: AgendaViewModel.heading(of: day, number: number + 1, context: context),
                                            summary: summary, keynotes: Array(keynotes), hasKeynotes: !keynotes.isEmpty)
        }
        return AgendaSummary(agendaDays: days)
    }

    private static func venue(_ context: RenderContext) -> VenueSummary? {
        guard let venue = context.plan.venue else { return nil }
        var facts: [Fact] = []
        if let name = venue.name?.value, !name.isEmpty { facts.append(Fact(label: context.label("fact_venue"), value: name)) }
        if let address = venue.address, !address.isEmpty { facts.append(Fact(label: context.label("fact_address"), value: address)) }
        if let capacity = venue.capacity?.value {
            facts.append(Fact(label: context.label("fact_capacity"),
                              value: context.counted("people", capacity)))
        }
        if let hours = venue.hours?.value { facts.append(Fact(label: context.label("fact_hours"), value: hours.description)) }
        let rooms = venue.rooms.map { room in
            VenueSummary.RoomRow(roomName: room.name.value, capacity: room.capacity.map { DecimalText.grouped(Decimal($0.value)) } ?? "",
                                 layout: room.layout?.value ?? "", area: room.areaAsWritten ?? "")
        }
        guard !facts.isEmpty || !rooms.isEmpty else { return nil }
        return VenueSummary(venueFacts: facts, rooms: rooms, hasRooms: !rooms.isEmpty)
    }
}

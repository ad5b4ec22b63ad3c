import EvplanModel
import EvplanSchedule
import Foundation
import Mustache

/// proposal.html: O2.1.1 / O2.2.1 專案計畫書 and O4.2.2 活動執行企畫書, a document a planner hands a client or a grant
/// office. Its sections follow the order Taiwanese proposals use: 計畫緣起與目的, 主辦／協辦／指導單位, 時間地點與對象,
/// 活動內容與議程, 執行期程, 經費概算表, 預期效益, 附件. Each is built from the model with the planner's prose in its
/// place; a section with nothing to say is left out, numbers and all.
///
/// What stays out (docs/pages.md): T6 (contractors, their phones, quotes and payment terms, the run sheet) and T8
/// (check-in, the cash float) are the team's working papers; the press release and its invitation have their own page.
struct ProposalViewModel: TemplateValue {
    struct Section: TemplateValue {
        let anchor: String
        let number: String
        let sectionTitle: String
        let prose: [ProseBlock]
        let hasProse: Bool
        let organisers: [PageChrome.Organiser]
        let hasOrganisers: Bool
        let facts: [Fact]
        let hasFacts: Bool
        let venueSummary: VenueSummary?
        let agendaSummary: AgendaSummary?
        let scheduleSummary: ScheduleSummary?
        let budgetDetail: BudgetViewModel?
        let attachments: [String]
        let hasAttachments: Bool
    }

    struct ScheduleSummary: TemplateValue {
        struct Milestone: TemplateValue { let taskId: String; let name: String; let date: String; let owners: String }
        let span: String
        let hasSpan: Bool
        let milestones: [Milestone]
        let hasMilestones: Bool
        let gantt: GanttViewModel
        let hasChart: Bool
    }

    /// The whole programme by day and time block: parallel sessions share a block.
    struct AgendaSummary: TemplateValue {
        struct Block: TemplateValue { let time: String; let items: [String]; let isBreak: Bool }
        struct DaySummary: TemplateValue { let heading: String; let summary: String; let blocks: [Block] }
        let agendaDays: [DaySummary]
    }

    struct VenueSummary: TemplateValue {
        struct RoomRow: TemplateValue { let roomName: String; let capacity: String; let layout: String; let area: String; let extras: [String] }
        let rooms: [RoomRow]
        let hasRooms: Bool
        let extraHeaders: [String]
    }

    let page: PageChrome
    let l: [String: String]
    let documentKind: String
    let facts: [Fact]
    let hasFacts: Bool
    let sections: [Section]
    let hasSections: Bool

    init(_ context: RenderContext) {
        let plan = context.plan
        page = context.chrome(for: ProposalPage())
        l = context.labels
        documentKind = context.label("proposal_kind")
        // The cover: when and where, then every organiser by role.
        facts = EventFacts.make(context, includeOrganiser: false) + page.organisers.map { Fact(label: $0.role, value: $0.names) }
        hasFacts = !facts.isEmpty

        let overview = ProposalViewModel.grouped(plan.event?.overview ?? [])
        let t2 = ProposalViewModel.grouped(plan.prose(of: .t2))
        let t1 = ProposalViewModel.grouped(plan.prose(of: .t1))
        func blocks(_ sections: [ProseSection]) -> [ProseBlock] {
            ProposalViewModel.withContent(sections).map { ProseBlock($0, showFileTitle: false) }.filter { !$0.html.isEmpty || $0.hasHeading }
        }

        var drafts: [(key: String, title: String, section: (String, String) -> Section)] = []
        func add(_ key: String, prose: [ProseBlock] = [], organisers: [PageChrome.Organiser] = [], facts: [Fact] = [],
                 venue: VenueSummary? = nil, agenda: AgendaSummary? = nil, schedule: ScheduleSummary? = nil,
                 budget: BudgetViewModel? = nil, attachments: [String] = []) {
            guard !prose.isEmpty || !organisers.isEmpty || !facts.isEmpty || venue != nil || agenda != nil || schedule != nil
                || budget != nil || !attachments.isEmpty else { return }
            drafts.append((key, context.label("proposal_\(key)"), { number, title in
                Section(anchor: key, number: number, sectionTitle: title, prose: prose, hasProse: !prose.isEmpty,
                        organisers: organisers, hasOrganisers: !organisers.isEmpty, facts: facts, hasFacts: !facts.isEmpty,
                        venueSummary: venue, agendaSummary: agenda, scheduleSummary: schedule, budgetDetail: budget,
                        attachments: attachments, hasAttachments: !attachments.isEmpty)
            }))
        }

        // 一、計畫緣起與目的: the overview (but its outcomes and programme), the project's goals and scope.
        add("background", prose: blocks(overview.purpose + overview.other + t2.purpose + t1.purpose))
        // 二、主辦／協辦／指導單位.
        add("organisers", organisers: page.organisers)
        // 三、時間地點與對象: the facts, who it is for, the venue and its rooms.
        add("when_where", prose: blocks(overview.audience + t1.audience + plan.prose(of: .t5)),
            facts: ProposalViewModel.whenWhere(context), venue: ProposalViewModel.venue(context))
        // 四、活動內容與議程: the programme as the planner describes it, then every session by day and block.
        add("programme", prose: blocks(overview.programme + plan.prose(of: .t4)), agenda: ProposalViewModel.agenda(context))
        // 五、執行期程: the Gantt chart (the Gantt page's own), the milestones, the team and its risks.
        add("schedule", prose: blocks(t2.other), schedule: ProposalViewModel.schedule(context))
        // 六、經費概算表: the full table, the funding sources and the planner's notes.
        let budget = plan.budget
        add("budget", prose: blocks(plan.prose(of: .t3)),
            budget: budget.expenseLines.isEmpty && budget.incomeLines.isEmpty ? nil : BudgetViewModel(context))
        // 七、預期效益.
        add("outcomes", prose: blocks(overview.outcomes + t2.outcomes))
        // 八、附件: the research and the marketing plan, and the documents that go with the proposal.
        add("attachments", prose: blocks(t1.other + ProposalViewModel.marketing(plan)), attachments: ProposalViewModel.attachments(context))

        sections = drafts.enumerated().map { index, draft in
            draft.section(ProposalViewModel.number(index + 1, language: context.language), draft.title)
        }
        hasSections = !sections.isEmpty
    }

    /// Prose split by what its level-2 heading speaks of; sub-sections follow their section.
    struct Grouped {
        var purpose: [ProseSection] = []
        var audience: [ProseSection] = []
        var programme: [ProseSection] = []
        var outcomes: [ProseSection] = []
        var other: [ProseSection] = []
    }

    private static let words: [(WritableKeyPath<Grouped, [ProseSection]>, [String])] = [
        (\.outcomes, ["效益", "成效", "預期", "kpi", "outcome", "benefit", "impact", "expected"]),
        (\.audience, ["受眾", "對象", "參加者", "參與者", "audience", "participant"]),
        (\.programme, ["形式", "活動內容", "議程", "流程", "programme", "program", "format", "agenda"]),
        (\.purpose, ["目標", "目的", "範圍", "緣起", "背景", "goal", "purpose", "objective", "scope", "background"]),
    ]

    static func grouped(_ sections: [ProseSection]) -> Grouped {
        var grouped = Grouped()
        var current: WritableKeyPath<Grouped, [ProseSection]> = \.other
        for section in sections {
            if section.level <= 2 {
                let heading = (section.heading ?? "").lowercased()
                current = words.first { $0.1.contains { heading.contains($0) } }?.0 ?? \.other
            }
            grouped[keyPath: current].append(section)
        }
        return grouped
    }

    /// The sections that hold text, or whose sub-sections do: a heading whose table became a record (## 支出, ## 工作項目)
    /// and that has nothing else under it is left out.
    static func withContent(_ sections: [ProseSection]) -> [ProseSection] {
        func hasText(_ section: ProseSection) -> Bool { !section.html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return sections.indices.filter { index in
            if hasText(sections[index]) { return true }
            let level = sections[index].level
            for later in sections[(index + 1)...] {
                if later.level <= level { return false }
                if hasText(later) { return true }
            }
            return false
        }.map { sections[$0] }
    }

    /// T7 prose without the press release and the invitation, which have their own page and audience.
    private static func marketing(_ plan: Plan) -> [ProseSection] {
        var kept: [ProseSection] = []
        var skipping = false
        for section in plan.prose(of: .t7) {
            if section.level <= 2 {
                let heading = (section.heading ?? "").lowercased()
                skipping = ["新聞稿", "邀請", "press", "invitation"].contains { heading.contains($0) }
            }
            if !skipping { kept.append(section) }
        }
        return kept
    }

    private static func whenWhere(_ context: RenderContext) -> [Fact] {
        var facts = EventFacts.make(context, includeOrganiser: false).filter { $0.label != context.label("fact_cap") }
        if let venue = context.plan.venue {
            if let address = venue.address, !address.isEmpty { facts.append(Fact(label: context.label("fact_address"), value: address)) }
            if let capacity = venue.capacity?.value { facts.append(Fact(label: context.label("fact_capacity"), value: context.counted("people", capacity))) }
            if let hours = venue.hours?.value { facts.append(Fact(label: context.label("fact_hours"), value: hours.description)) }
        }
        return facts
    }

    private static func attachments(_ context: RenderContext) -> [String] {
        let plan = context.plan
        var names: [String] = []
        if !plan.agenda.isEmpty { names.append(context.label("page_agenda")) }
        if !plan.budget.expenseLines.isEmpty { names.append(context.label("page_budget")) }
        if !plan.project.tasks.isEmpty { names.append(context.label("page_gantt")) }
        if PressReleasePage.hasRelease(plan) { names.append(context.label("page_press-release")) }
        return names
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
        let gantt = GanttViewModel(context)
        return ScheduleSummary(span: span, hasSpan: !span.isEmpty, milestones: milestones, hasMilestones: !milestones.isEmpty,
                               gantt: gantt, hasChart: gantt.hasChart)
    }

    private static func agenda(_ context: RenderContext) -> AgendaSummary? {
        let agenda = context.plan.agenda
        guard !agenda.isEmpty else { return nil }
        let separator = context.language == .zhTW ? "、" : ", "
        let days = agenda.days.enumerated().compactMap { number, day -> AgendaSummary.DaySummary? in
            guard !day.sessions.isEmpty else { return nil }
            // Sessions that start together form one block; blocks in time order, sessions in the planner's order.
            var order: [String] = []
            var blocks: [String: [Session]] = [:]
            for session in day.sessions.sorted(by: { $0.time.value.start < $1.time.value.start }) {
                let key = session.time.value.description
                if blocks[key] == nil { order.append(key) }
                blocks[key, default: []].append(session)
            }
            let summaries = order.map { key -> AgendaSummary.Block in
                let sessions = blocks[key] ?? []
                let items = sessions.map { session -> String in
                    var text = session.title.value
                    let speakers = session.speakers.map(\.value).joined(separator: separator)
                    if !speakers.isEmpty, !session.isBreak { text += "（\(speakers)）" }
                    if sessions.count > 1, let room = session.room?.value, !room.isEmpty { text = "\(room)：" + text }
                    return text
                }
                return AgendaSummary.Block(time: key, items: items, isBreak: sessions.allSatisfy(\.isBreak))
            }
            let programme = day.sessions.filter { !$0.isBreak }
            var summary = context.counted("agenda_sessions_n", programme.count)
            if let first = day.sessions.map(\.time.value.start).min(), let last = day.sessions.map(\.time.value.end).max() {
                summary = "\(first)–\(last) · " + summary
            }
            return AgendaSummary.DaySummary(heading: AgendaViewModel.heading(of: day, number: number + 1, context: context),
                                            summary: summary, blocks: summaries)
        }
        return days.isEmpty ? nil : AgendaSummary(agendaDays: days)
    }

    private static func venue(_ context: RenderContext) -> VenueSummary? {
        guard let venue = context.plan.venue, !venue.rooms.isEmpty else { return nil }
        let rooms = venue.rooms.map { room in
            VenueSummary.RoomRow(roomName: room.name.value, capacity: room.capacity.map { DecimalText.grouped(Decimal($0.value)) } ?? "",
                                 layout: room.layout?.value ?? "", area: room.areaAsWritten ?? "",
                                 extras: venue.extraHeaders.map { header in room.extra.first { $0.header == header }?.value ?? "" })
        }
        return VenueSummary(rooms: rooms, hasRooms: !rooms.isEmpty, extraHeaders: venue.extraHeaders)
    }
}

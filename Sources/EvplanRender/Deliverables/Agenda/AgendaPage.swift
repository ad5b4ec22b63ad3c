import EvplanModel

/// agenda.html: O4.2.1 議程表 (the room-by-time grid) and O4.3.2 細部議程 (every session in detail).
struct AgendaPage: PageDeliverable {
    let id = "agenda"
    let audience = Audience.client
    let outputCodes = ["O4.2.1", "O4.3.2"]
    let title = LocalizedText(zh: "議程表", en: "Agenda")

    /// The words only this page prints; templates read them as `{{l.key}}`.
    let labels: [String: LocalizedText] = [
        "col_time": .init("時間", "Time"),
        "col_session": .init("議程", "Session"),
        "col_speakers": .init("講者", "Speakers"),
        "col_audience": .init("人數", "Audience"),
        "card_agenda": .init("{d} 天、{n} 場議程", "Days: {d} · sessions: {n}"),
        "agenda_empty": .init("在 T4 議程檔（例如 T4-agenda.md）以「## Day 1 2027-03-12」標題分日，並用表格列出時間、議程、講者與場地。",
                          "Add a T4 agenda file (e.g. T4-agenda.md) with a `## Day 1 2027-03-12` heading per day and a table of time, session, speakers and room."),
        "agenda_day_empty": .init("這一天還沒有議程。", "No sessions on this day yet."),
        "agenda_day_n": .init("第 {n} 天", "Day {n}"),
        "agenda_grid": .init("議程表", "Programme grid"),
        "agenda_details": .init("細部議程", "Detailed programme"),
        "agenda_no_room": .init("未指定場地", "No room"),
        "agenda_programme": .init("議程", "Programme"),
        "agenda_exports": .init("日曆與會議 App 匯出：", "For calendars and conference apps: "),
        "col_hosts": .init("主持", "Host"),
        "agenda_host": .init("主持：", "Host: "),
        "agenda_unplaced_title": .init("以下議程無法排入議程表：", "These sessions do not fit the grid:"),
        "agenda_unplaced_hint": .init("它們與同一場地的議程時間重疊，或結束時間早於開始時間；請見檢查結果。",
                                  "they overlap another session in the same room, or end before they start; see the check results."),
    ]

    func covers(_ outputCode: String, in context: RenderContext) -> Bool {
        let agenda = context.plan.agenda
        switch outputCode {
        case "O4.2.1": return !agenda.isEmpty
        case "O4.3.2": return agenda.sessions.contains { !$0.isBreak && (!$0.speakers.isEmpty || $0.room != nil) }
        default: return false
        }
    }

    func card(in context: RenderContext) -> DeliverableCard? {
        let agenda = context.plan.agenda
        guard !agenda.isEmpty else { return DeliverableCard(summary: context.label("card_empty"), isEmpty: true) }
        return DeliverableCard(summary: context.filled("card_agenda", ["d": "\(agenda.days.count)",
                                                                       "n": "\(agenda.sessions.filter { !$0.isBreak }.count)"]),
                               isEmpty: false)
    }

    func viewModel(_ context: RenderContext) -> AgendaViewModel { AgendaViewModel(context) }
}

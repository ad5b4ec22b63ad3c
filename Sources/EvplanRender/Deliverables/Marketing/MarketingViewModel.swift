import EvplanModel
import Foundation
import Mustache

/// marketing.html: the 4P table, the market analysis, the channels and their timeline.
struct MarketingViewModel: TemplateValue {
    struct MixRow: TemplateValue {
        let label: String
        let content: String
    }

    struct ChannelRow: TemplateValue {
        let name: String
        let audience: String
        let when: String
        let cost: String
        let target: String
        let link: String
        /// Only http(s) links are made links; anything else is shown as text.
        let isWebLink: Bool
        let note: String
        let extras: [String]
    }

    let page: PageChrome
    let l: [String: String]
    let hasContent: Bool
    let hasMix: Bool
    let mix: [MixRow]
    let hasAnalysis: Bool
    let analysis: [ProseBlock]
    let hasChannels: Bool
    let channelHeaders: [String]
    let channels: [ChannelRow]
    let hasCosts: Bool
    let channelTotal: String
    let hasBudgetLines: Bool
    let budgetLinesTotal: String
    let currencyNote: String
    let timeline: ChannelTimeline
    let hasTimeline: Bool
    let undated: [String]
    let hasUndated: Bool
    let hasInvitees: Bool
    let inviteeNote: String

    init(_ context: RenderContext) {
        let marketing = context.plan.marketing
        let money = context.money
        page = context.chrome(for: MarketingPage())
        l = context.labels
        hasContent = !marketing.mix.isEmpty || !marketing.channels.isEmpty || !marketing.analysis.isEmpty
        mix = marketing.mix.map { MixRow(label: $0.label.value, content: $0.content.value) }
        hasMix = !mix.isEmpty
        analysis = marketing.analysis.map { ProseBlock($0, showFileTitle: false) }
        hasAnalysis = !analysis.isEmpty
        channelHeaders = marketing.channelHeaders
        channels = marketing.channels.map { channel in
            let link = channel.link ?? ""
            let lowered = link.lowercased()
            return ChannelRow(
                name: channel.name.value, audience: channel.audience ?? "",
                when: MarketingViewModel.when(channel, dates: context.dates),
                cost: channel.cost.map { money.plain($0.value) } ?? "",
                target: channel.target?.value ?? "", link: link,
                isWebLink: lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
                note: channel.note ?? "",
                extras: marketing.channelHeaders.map { header in channel.extra.first { $0.header == header }?.value ?? "" })
        }
        hasChannels = !channels.isEmpty
        let costs = marketing.channels.compactMap { $0.cost?.value }
        hasCosts = !costs.isEmpty
        channelTotal = money.plain(costs.reduce(0, +))
        let lines = Marketing.budgetLines(in: context.plan.budget)
        hasBudgetLines = !lines.isEmpty
        budgetLinesTotal = money.plain(lines.reduce(Decimal(0)) { $0 + ($1.effectiveAmount ?? 0) })
        currencyNote = context.label("budget_currency_note").replacingOccurrences(of: "{c}", with: money.symbol.trimmingCharacters(in: .whitespaces))
        timeline = ChannelTimeline(marketing.channels, eventStart: context.plan.event?.dates?.value.start, dates: context.dates,
                                   eventLabel: context.label("mk_event_start"))
        hasTimeline = !timeline.bars.isEmpty
        undated = marketing.channels.filter { $0.start == nil && $0.end == nil }.map(\.name.value)
        hasUndated = hasTimeline && !undated.isEmpty
        hasInvitees = !marketing.invitees.isEmpty
        inviteeNote = context.counted("mk_invitees", marketing.invitees.count)
    }

    static func when(_ channel: MarketingChannel, dates: DateText) -> String {
        switch (channel.start?.value, channel.end?.value) {
        case let (start?, end?): start == end ? dates.compact(start) : "\(dates.compact(start)) ~ \(dates.compact(end))"
        case let (start?, nil): "\(dates.compact(start)) ~"
        case let (nil, end?): "~ \(dates.compact(end))"
        case (nil, nil): channel.period ?? ""
        }
    }
}

/// The channels drawn as bars on a day axis (SVG), with the event's first day marked.
struct ChannelTimeline: TemplateValue {
    struct Bar: TemplateValue {
        let label: String
        let labelY: Int
        let x: Int
        let y: Int
        let width: Int
        let title: String
        let color: String
    }

    struct Tick: TemplateValue {
        let x: Int
        let label: String
    }

    static let labelWidth = 220
    static let chartWidth = 560
    static let rowHeight = 28

    let width: Int
    let height: Int
    let axisY: Int
    let chartX: Int
    let chartEnd: Int
    let bars: [Bar]
    let ticks: [Tick]
    let hasEvent: Bool
    let eventX: Int
    let eventLabel: String

    init(_ channels: [MarketingChannel], eventStart: PlanDate?, dates: DateText, eventLabel: String) {
        let dated = channels.compactMap { channel -> (MarketingChannel, PlanDate, PlanDate)? in
            guard let first = channel.start?.value ?? channel.end?.value, let last = channel.end?.value ?? channel.start?.value else { return nil }
            return (channel, min(first, last), max(first, last))
        }
        chartX = ChannelTimeline.labelWidth
        width = ChannelTimeline.labelWidth + ChannelTimeline.chartWidth + 20
        axisY = 24
        height = axisY + 12 + max(dated.count, 1) * ChannelTimeline.rowHeight
        chartEnd = chartX + ChannelTimeline.chartWidth
        self.eventLabel = eventLabel
        guard let firstDay = (dated.map(\.1) + [eventStart].compactMap { $0 }).min(),
              let lastDay = (dated.map(\.2) + [eventStart].compactMap { $0 }).max() else {
            bars = []; ticks = []; hasEvent = false; eventX = 0
            return
        }
        let span = max(lastDay.dayNumber - firstDay.dayNumber + 1, 1)
        func x(_ day: PlanDate) -> Int { ChannelTimeline.labelWidth + (day.dayNumber - firstDay.dayNumber) * ChannelTimeline.chartWidth / span }
        let palette = ["#2f6f9f", "#3f8f6b", "#b7791f", "#8e5ba8", "#c05640", "#4a6fa5"]
        bars = dated.enumerated().map { index, item in
            let (channel, start, end) = item
            let left = x(start)
            let right = max(x(end.adding(days: 1)), left + 3)
            let y = 24 + 12 + index * ChannelTimeline.rowHeight
            let label = channel.name.value.count > 16 ? String(channel.name.value.prefix(15)) + "…" : channel.name.value
            return Bar(label: label, labelY: y + 15, x: left, y: y + 3, width: right - left,
                       title: "\(channel.name.value): \(start) ~ \(end)", color: palette[index % palette.count])
        }
        // A tick at the first of each month in the span (at most 12, then every other month).
        var months: [PlanDate] = []
        var cursor = PlanDate(year: firstDay.year, month: firstDay.month, day: 1) ?? firstDay
        while cursor <= lastDay {
            if cursor >= firstDay { months.append(cursor) }
            let next = cursor.month == 12 ? PlanDate(year: cursor.year + 1, month: 1, day: 1) : PlanDate(year: cursor.year, month: cursor.month + 1, day: 1)
            guard let next else { break }
            cursor = next
        }
        let step = months.count > 12 ? 2 : 1
        ticks = months.enumerated().filter { $0.offset % step == 0 }.map { Tick(x: x($0.element), label: dates.short($0.element)) }
        if let eventStart {
            hasEvent = true
            eventX = x(eventStart)
        } else {
            hasEvent = false
            eventX = 0
        }
    }
}

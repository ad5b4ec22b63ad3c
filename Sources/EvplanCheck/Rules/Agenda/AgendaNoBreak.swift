import EvplanModel

/// Programme that runs back to back for longer than the plan allows without a break.
///
/// Per day and room: the time covered by the room's non-break sessions, minus the time of the day's break sessions
/// (a break in any room is a break for everyone), falls into stretches; a gap of a minute or more, or a break, ends a
/// stretch. A stretch longer than `event.maxStretchMinutes` (default 180) is reported once, at the session running
/// when the limit is crossed. Rooms are taken one by one because in a multi-track event attendees rest by moving
/// between rooms: only a room that runs back to back keeps its audience seated too long.
public struct AgendaNoBreak: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.no-break", severity: .warning, task: .t4, competency: ["K20", "K21", "P4.2.1"],
        summary: LocalizedText(zh: "議程連續太久沒有休息", en: "The programme runs too long without a break"),
        hint: LocalizedText(
            zh: "在這段之間安排茶敘、休息或午餐（標題含「茶敘」「休息」「午餐」等字即視為休息），或在 event.md 調整 max_stretch。",
            en: "Put a coffee break, rest or lunch in this stretch (a session titled Break, Coffee, Lunch … counts as a break), or change `max_stretch` in event.md."))

    private struct RoomOfDay: Hashable {
        var day: AgendaDayKey
        var room: String
    }

    private struct Span {
        var start: Int
        var end: Int
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let limit = max(0, context.plan.event?.maxStretchMinutes ?? 180)
        let entries = context.agendaEntries
        var programme: [RoomOfDay: [AgendaEntry]] = [:]
        var breaks: [AgendaDayKey: [Span]] = [:]
        var roomOrder: [RoomOfDay] = []
        for entry in entries where entry.hasDuration {
            // An all-day market row or an open area is walked in and out of: it needs no break.
            // A shared space (a race course, a plaza) is no seated audience either.
            let room = context.rooms.room(key: entry.roomKey)
            if entry.session.isOpen || entry.session.isInSharedSpace || room?.isOpenArea == true || room?.isShared == true { continue }
            let time = entry.session.time.value
            if entry.session.isBreak {
                breaks[entry.day, default: []].append(Span(start: time.start.minutes, end: time.end.minutes))
            } else {
                let room = RoomOfDay(day: entry.day, room: entry.roomKey)
                if programme[room] == nil { roomOrder.append(room) }
                programme[room, default: []].append(entry)
            }
        }
        var diagnostics: [Diagnostic] = []
        for room in roomOrder {
            guard let sessions = programme[room] else { continue }
            diagnostics += check(sessions: sessions, breaks: breaks[room.day] ?? [], limit: limit)
        }
        return diagnostics
    }

    private func check(sessions unsorted: [AgendaEntry], breaks: [Span], limit: Int) -> [Diagnostic] {
        let sessions = unsorted.sorted {
            ($0.session.time.value.start.minutes, $0.order) < ($1.session.time.value.start.minutes, $1.order)
        }
        let covered = union(sessions.map { Span(start: $0.session.time.value.start.minutes, end: $0.session.time.value.end.minutes) })
        let stretches = subtract(union(breaks.sorted { $0.start < $1.start }), from: covered)

        var diagnostics: [Diagnostic] = []
        var next = 0
        var running: AgendaEntry?
        for stretch in stretches where stretch.end - stretch.start > limit {
            // The limit is crossed in the minute that starts at `crossing`; the session started by then that runs
            // longest is one that covers it, because the stretch is covered there.
            let crossing = stretch.start + limit
            while next < sessions.count, sessions[next].session.time.value.start.minutes <= crossing {
                if sessions[next].session.time.value.end.minutes > (running?.session.time.value.end.minutes ?? Int.min) {
                    running = sessions[next]
                }
                next += 1
            }
            guard let session = running?.session else { continue }
            diagnostics.append(report(at: session, stretch: stretch, limit: limit))
        }
        return diagnostics
    }

    private func report(at session: Session, stretch: Span, limit: Int) -> Diagnostic {
        let from = (TimeOfDay(minutes: stretch.start)).description, to = (TimeOfDay(minutes: stretch.end)).description
        let length = DurationText.text(minutes: stretch.end - stretch.start)
        return diagnostic(at: session.time.location, LocalizedText(
            zh: "從 \(from) 到 \(to) 連續 \(length.zhTW) 沒有休息，超過上限 \(limit) 分鐘",
            en: "The programme runs from \(from) to \(to) (\(length.en)) without a break, longer than the \(limit)-minute limit"))
    }

    /// Merges spans sorted by start; touching spans (one ends when the next starts) run on without a gap.
    private func union(_ spans: [Span]) -> [Span] {
        var merged: [Span] = []
        for span in spans {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    /// `covered` minus `cuts`, both merged and sorted.
    private func subtract(_ cuts: [Span], from covered: [Span]) -> [Span] {
        var result: [Span] = []
        var first = 0
        for span in covered {
            while first < cuts.count, cuts[first].end <= span.start { first += 1 }
            var cursor = span.start
            var cut = first
            while cut < cuts.count, cuts[cut].start < span.end {
                if cuts[cut].start > cursor { result.append(Span(start: cursor, end: cuts[cut].start)) }
                cursor = max(cursor, cuts[cut].end)
                cut += 1
            }
            if cursor < span.end { result.append(Span(start: cursor, end: span.end)) }
        }
        return result
    }
}

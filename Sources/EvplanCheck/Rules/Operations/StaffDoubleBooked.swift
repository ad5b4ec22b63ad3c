import EvplanModel

/// One person in two places at once, across the run sheet's owners, the staff table and the agenda's speakers and
/// moderators. Reported once per clash, at the later of the two in reading order.
public struct StaffDoubleBooked: Rule {
    public static let descriptor = RuleDescriptor(
        id: "staff.double-booked", severity: .warning, task: .t6, competency: ["O6.3.1", "P6.3.2", "O6.1.1"],
        summary: LocalizedText(zh: "同一個人同時被排在兩個地方", en: "One person is scheduled in two places at once"),
        hint: LocalizedText(zh: "把其中一項交給別人，或錯開時間。", en: "Give one of the two to someone else, or move it."))

    struct Booking {
        let person: Located<String>
        let date: PlanDate
        let start: Int, end: Int
        let place: String
        let what: String
        /// Two agenda bookings at once are `agenda.speaker-overlap`'s to report.
        var fromAgenda = false
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        // A clash needs a run-sheet or staff booking: agenda bookings alone are agenda.speaker-overlap's.
        guard !plan.operations.runSheet.isEmpty || !plan.operations.staff.isEmpty else { return [] }
        var bookings: [Booking] = []
        for item in plan.operations.runSheet {
            guard let date = item.date?.value, let time = item.time?.value, let place = item.place?.value else { continue }
            for owner in item.owners {
                bookings.append(Booking(person: owner, date: date, start: time.start.minutes, end: time.end.minutes, place: place, what: item.task.value))
            }
        }
        for shift in plan.operations.staff {
            guard let date = shift.date?.value, let time = shift.time?.value, let place = shift.place?.value else { continue }
            bookings.append(Booking(person: shift.person, date: date, start: time.start.minutes, end: time.end.minutes, place: place, what: shift.role ?? place))
        }
        for day in plan.agenda.days {
            guard let date = day.date?.value else { continue }
            for session in day.sessions where !session.isBreak {
                guard let room = session.room?.value else { continue }
                // Everyone the session names, hosts included, each by their own name (`樂團 feat. 吳佩珊` names two).
                for person in session.people {
                    let speaker = Located(person.value.name, at: person.location)
                    bookings.append(Booking(person: speaker, date: date, start: session.time.value.start.minutes,
                                            end: session.time.value.end.minutes, place: room, what: session.title.value, fromAgenda: true))
                }
            }
        }
        var groups: [String: [Booking]] = [:]
        for booking in bookings { groups["\(Operations.key(booking.person.value))|\(booking.date.dayNumber)", default: []].append(booking) }
        var diagnostics: [Diagnostic] = []
        for group in groups.values where group.count > 1 && group.contains(where: { !$0.fromAgenda }) {
            let sorted = group.sorted { $0.person.location < $1.person.location }
            for (index, later) in sorted.enumerated() {
                guard let earlier = sorted[..<index].first(where: {
                    !($0.fromAgenda && later.fromAgenda) && Self.overlap($0, later) && !Self.samePlace($0.place, later.place)
                }) else { continue }
                let file = earlier.person.location.file.split(separator: "/").last.map(String.init) ?? earlier.person.location.file
                diagnostics.append(diagnostic(at: later.person.location, LocalizedText(
                    zh: "\(later.person.value) 在 \(later.date) 同時排在「\(later.place)」（\(later.what)）與「\(earlier.place)」（\(earlier.what)，\(file):\(earlier.person.location.line)）",
                    en: "\(later.person.value) is in “\(later.place)” (\(later.what)) and “\(earlier.place)” (\(earlier.what), \(file):\(earlier.person.location.line)) at once on \(later.date)")))
            }
        }
        return diagnostics
    }

    /// Ranges overlap half-open; a moment (start = end) overlaps a range it falls strictly inside, or the same moment.
    static func overlap(_ a: Booking, _ b: Booking) -> Bool {
        if a.start == a.end && b.start == b.end { return a.start == b.start }
        if a.start == a.end { return b.start <= a.start && a.start < b.end }
        if b.start == b.end { return a.start <= b.start && b.start < a.end }
        return a.start < b.end && b.start < a.end
    }

    /// `2F 各廳` and `2F 各廳`, `大廳` and `大廳 報到台`: one place written two ways counts as one.
    static func samePlace(_ a: String, _ b: String) -> Bool {
        let x = Venue.normalizedRoomName(a), y = Venue.normalizedRoomName(b)
        return x == y || x.contains(y) || y.contains(x) || x == "全館" || y == "全館" || x.contains("全場") || y.contains("全場")
    }
}

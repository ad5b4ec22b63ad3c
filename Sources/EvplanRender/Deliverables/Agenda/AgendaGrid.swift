import EvplanModel
import Foundation
import Mustache

/// One day's room-by-time grid: rows are the time slots between every session boundary, columns the rooms
/// the sessions use. Breaks that nothing else overlaps span every column; a session that cannot take its
/// cell (it overlaps another in the same room, or ends before it starts) is listed instead of drawn.
struct AgendaGrid: TemplateValue {
    struct Column: TemplateValue {
        let roomName: String
        let capacity: String
        let hasCapacity: Bool

        init(roomName: String, capacity: String) {
            self.roomName = roomName
            self.capacity = capacity
            hasCapacity = !capacity.isEmpty
        }
    }

    struct Cell: TemplateValue {
        let rowspan: Int
        let colspan: Int
        let isSession: Bool
        let isBreak: Bool
        let isEmpty: Bool
        let time: String
        let title: String
        let speakers: String
        let audience: String
        let roomName: String
        /// The hosts (主持人, MC), shown apart from the speakers, with their titles when written.
        let hosts: String
        let hasSpeakers: Bool
        let hasAudience: Bool
        let hasRoom: Bool
        let hasHosts: Bool

        init(rowspan: Int, colspan: Int, isSession: Bool, isBreak: Bool, isEmpty: Bool, time: String, title: String,
             speakers: String, audience: String, roomName: String, hosts: String = "") {
            self.hosts = hosts
            hasHosts = !hosts.isEmpty
            self.rowspan = rowspan
            self.colspan = colspan
            self.isSession = isSession
            self.isBreak = isBreak
            self.isEmpty = isEmpty
            self.time = time
            self.title = title
            self.speakers = speakers
            self.audience = audience
            self.roomName = roomName
            hasSpeakers = !speakers.isEmpty
            hasAudience = !audience.isEmpty
            hasRoom = !roomName.isEmpty
        }
    }

    struct Row: TemplateValue {
        let time: String
        let height: String
        let cells: [Cell]
        /// Moments at the row's start (`05:30 21K 鳴槍`): single times, shown by the time rather than as a cell.
        let moments: [String]
        let hasMoments: Bool
    }

    let columns: [Column]
    let columnCount: Int
    let rows: [Row]
    /// Indices (into the day's sessions) of the sessions the grid could not place.
    let unplaced: [Int]

    private enum Placement {
        case column(Int)
        case spanning
    }

    init(day: AgendaDay, venue: Venue?, context: RenderContext) {
        let sessions = day.sessions
        let order = sessions.indices.sorted { (sessions[$0].time.value.start, $0) < (sessions[$1].time.value.start, $1) }
        var unplaced = order.filter { sessions[$0].time.value.durationMinutes <= 0 && !sessions[$0].isMoment }
        let moments = order.filter { sessions[$0].isMoment }
        let timed = order.filter { sessions[$0].time.value.durationMinutes > 0 }

        // A break spans the grid only when no programme session runs beside it.
        let programme = timed.filter { !sessions[$0].isBreak }
        let spansAll: (Int) -> Bool = { index in
            sessions[index].isBreak && !programme.contains { sessions[$0].time.value.overlaps(sessions[index].time.value) }
        }

        // Columns: the venue's rooms in the venue's order, then rooms the venue does not list, as first written.
        let venueRooms = RoomDirectory(venue: venue)
        var keys: [String] = []
        var names: [String: String] = [:]
        let noRoomKey = "\u{0}"
        // Each session's room as rooms are compared, worked out once: both loops below need it.
        let roomKeys = sessions.map { session in
            let key = Venue.normalizedRoomName(session.room?.value ?? "")
            return key.isEmpty ? noRoomKey : key
        }
        for index in timed where !spansAll(index) {
            let key = roomKeys[index]
            guard names[key] == nil else { continue }
            keys.append(key)
            let written = sessions[index].room?.value.trimmedOfWhitespace ?? ""
            names[key] = key == noRoomKey ? context.label("agenda_no_room") : (venueRooms.room(key: key)?.name.value ?? written)
        }
        let venueOrder = (venue?.rooms ?? []).map { Venue.normalizedRoomName($0.name.value) }
        keys = keys.enumerated().sorted { lhs, rhs in
            let left = venueOrder.firstIndex(of: lhs.element) ?? venueOrder.count + lhs.offset
            let right = venueOrder.firstIndex(of: rhs.element) ?? venueOrder.count + rhs.offset
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
        let columnOf = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        var columns = keys.map { key -> Column in
            let capacity = key == noRoomKey ? nil : venueRooms.room(key: key)?.capacity?.value
            return Column(roomName: names[key] ?? "", capacity: capacity.map { DecimalText.grouped(Decimal($0)) } ?? "")
        }
        if columns.isEmpty { columns = [Column(roomName: context.label("agenda_programme"), capacity: "")] }
        self.columns = columns
        columnCount = columns.count

        var boundarySet = Set(timed.flatMap { [sessions[$0].time.value.start.minutes, sessions[$0].time.value.end.minutes] })
        for index in moments { boundarySet.insert(sessions[index].time.value.start.minutes) }
        // A moment after every session still needs a row of its own.
        if let last = moments.map({ sessions[$0].time.value.start.minutes }).max(), last >= (boundarySet.max() ?? 0) {
            boundarySet.insert(min(last + 15, 24 * 60))
        }
        let boundaries = boundarySet.sorted()
        let slotOf = Dictionary(uniqueKeysWithValues: boundaries.enumerated().map { ($0.element, $0.offset) })
        let slotCount = max(boundaries.count - 1, 0)
        var occupied = Array(repeating: Array(repeating: false, count: columns.count), count: slotCount)
        var starts: [Int: [(index: Int, placement: Placement)]] = [:]

        for index in timed {
            let session = sessions[index]
            guard let first = slotOf[session.time.value.start.minutes], let last = slotOf[session.time.value.end.minutes] else { continue }
            let slots = first..<last
            let placement: Placement
            let targetColumns: [Int]
            if spansAll(index) {
                placement = .spanning
                targetColumns = Array(columns.indices)
            } else {
                let column = columnOf[roomKeys[index]] ?? 0
                placement = .column(column)
                targetColumns = [column]
            }
            let free = slots.allSatisfy { slot in targetColumns.allSatisfy { !occupied[slot][$0] } }
            guard free else {
                unplaced.append(index)
                continue
            }
            for slot in slots { for column in targetColumns { occupied[slot][column] = true } }
            starts[first, default: []].append((index, placement))
        }

        let separator = context.language == .zhTW ? "、" : ", "
        // Audiences repeat (80, 120, 300 people): each figure is written out once.
        var audienceTexts: [Int: String] = [:]
        func audienceText(_ count: Int) -> String {
            if let text = audienceTexts[count] { return text }
            let text = context.counted("people", count)
            audienceTexts[count] = text
            return text
        }
        func cell(_ index: Int, rowspan: Int, colspan: Int) -> Cell {
            let session = sessions[index]
            return Cell(rowspan: rowspan, colspan: colspan, isSession: true, isBreak: session.isBreak, isEmpty: false,
                        time: session.time.value.description, title: session.title.value,
                        speakers: session.speakers.map(\.value).joined(separator: separator),
                        audience: session.audience.map { session.audienceIsVisits ? DecimalText.grouped(Decimal($0.value)) + (context.language == .zhTW ? " 人次" : " visits") : audienceText($0.value) } ?? "",
                        roomName: session.room?.value ?? "",
                        hosts: session.hosts.map { $0.value.display(in: context.language) }.joined(separator: separator))
        }
        var momentsAt: [Int: [String]] = [:]
        for index in moments {
            let session = sessions[index]
            let room = session.room.map { " · \($0.value)" } ?? ""
            momentsAt[session.time.value.start.minutes, default: []].append("\(session.time.value.start) \(session.title.value)\(room)")
        }
        let emptyCell = Cell(rowspan: 1, colspan: 1, isSession: false, isBreak: false, isEmpty: true,
                             time: "", title: "", speakers: "", audience: "", roomName: "")

        var rows: [Row] = []
        var covered = Array(repeating: Array(repeating: false, count: columns.count), count: slotCount)
        for slot in 0..<slotCount {
            var cells: [Cell] = []
            let beginning = starts[slot] ?? []
            if let spanning = beginning.first(where: { if case .spanning = $0.placement { true } else { false } }) {
                let span = (slotOf[sessions[spanning.index].time.value.end.minutes] ?? slot + 1) - slot
                cells.append(cell(spanning.index, rowspan: span, colspan: columns.count))
                for inner in slot..<(slot + span) { for column in columns.indices { covered[inner][column] = true } }
            } else {
                for column in columns.indices {
                    if let start = beginning.first(where: { if case .column(column) = $0.placement { true } else { false } }) {
                        let span = (slotOf[sessions[start.index].time.value.end.minutes] ?? slot + 1) - slot
                        cells.append(cell(start.index, rowspan: span, colspan: 1))
                        for inner in slot..<(slot + span) { covered[inner][column] = true }
                    } else if !covered[slot][column] {
                        cells.append(emptyCell)
                        covered[slot][column] = true
                    }
                }
            }
            let from = TimeOfDay(minutes: boundaries[slot]), to = TimeOfDay(minutes: boundaries[slot + 1])
            let minutes = boundaries[slot + 1] - boundaries[slot]
            let cues = momentsAt[boundaries[slot]] ?? []
            rows.append(Row(time: "\(from)–\(to)", height: "\(max(34, min(minutes, 180)))", cells: cells, moments: cues, hasMoments: !cues.isEmpty))
        }
        self.rows = rows
        self.unplaced = unplaced.sorted()
    }
}

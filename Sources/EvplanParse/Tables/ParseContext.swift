import Foundation
import EvplanDocument
import EvplanModel

/// Everything reading one plan file builds up: its records, what its cells and front matter said, and which tables
/// became records. One value handed to every kind of table the file's task has.
struct ParseContext {
    let vocabulary: Vocabulary
    let document: Document
    let task: TaskCode?
    /// The event's dates: an agenda file may need its only day.
    let eventDates: Located<DateRange>?
    /// The level-1 or level-2 heading of the section being read.
    var section: Heading?
    /// What the file's kinds read. Kinds add to it only through `append` and `set`, which also note that the file gave
    /// records (so `format.empty-task` needs no list of record types), or `keepFact` for front matter.
    private(set) var records = PlanRecords()
    /// Whether any kind recorded something from the file's tables or sections.
    private(set) var gaveRecords = false
    var cells = CellValues()
    var frontValues = FrontMatterValues()
    var diagnostics: [Diagnostic] = []
    /// Tables turned into records, which the file's prose leaves out.
    var modelled: Set<SourceLocation> = []

    var sectionTitle: String { section?.text ?? "" }

    /// Adds one record.
    mutating func append<T>(_ path: WritableKeyPath<PlanRecords, [T]>, _ record: T) {
        records[keyPath: path].append(record)
        gaveRecords = true
    }

    /// Adds records; none is nothing read.
    mutating func append<T>(contentsOf path: WritableKeyPath<PlanRecords, [T]>, _ more: [T]) {
        guard !more.isEmpty else { return }
        records[keyPath: path] += more
        gaveRecords = true
    }

    /// Sets a record read from the file (a press release, a contract, the venue with its rooms).
    mutating func set<T>(_ path: WritableKeyPath<PlanRecords, T>, _ value: T) {
        records[keyPath: path] = value
        gaveRecords = true
    }

    /// Keeps what the file's front matter says (a T5 file's venue facts, a candidate table's weights): content of its
    /// own (`TableDispatcher.hasFacts`), not records read from tables or sections.
    mutating func keepFact<T>(_ path: WritableKeyPath<PlanRecords, T>, _ value: T) {
        records[keyPath: path] = value
    }
}

/// The records of one file, or of the files read so far, merged in file order.
struct PlanRecords {
    var tasks: [WorkItem] = []
    var taskHeaders: [String] = []
    var budgetTables: [BudgetTable] = []
    var fundingSummaries: [BudgetTable] = []
    var days: [AgendaDay] = []
    /// The venue facts and rooms of T5 files: a later file's facts replace an earlier one's, rooms and available days add up.
    var venue: Venue?
    var readRoomTables = false
    var pressRelease: PressRelease?
    var tickets: [TicketType] = []
    var marketingMix: [MarketingMixRow] = []
    var channels: [MarketingChannel] = []
    var channelHeaders: [String] = []
    var invitees: [Invitee] = []
    var invitation: InvitationLetter?
    var lessons: [ProseSection] = []
    var marketAnalysis: [ProseSection] = []
    var operations = Operations()
    var venueDeal = VenueDeal()
    var team: [TeamMember] = []
    /// Each T5 file's own venue facts and rooms, in file order.
    var sites: [Venue] = []
    var roster = Roster()
    /// The attendees of the desk's attendance exports, which are the roster when there is no other ticketing export.
    var deskAttendees: [Attendee] = []
    var supplies: [DeskSupply] = []

    /// Adds a later file's records.
    mutating func merge(_ later: PlanRecords) {
        tasks += later.tasks
        taskHeaders += later.taskHeaders.filter { !taskHeaders.contains($0) }
        budgetTables += later.budgetTables
        fundingSummaries += later.fundingSummaries
        days += later.days
        if let next = later.venue {
            sites.append(next)
            if var merged = venue {
                merged.name = next.name ?? merged.name
                merged.address = next.address ?? merged.address
                merged.capacity = next.capacity ?? merged.capacity
                // Each site keeps its own hours (`sites`); the first site's stand for the plan's.
                merged.hours = merged.hours ?? next.hours
                merged.availableDates += next.availableDates
                merged.rooms += next.rooms
                if later.readRoomTables { merged.extraHeaders = next.extraHeaders }
                venue = merged
            } else {
                venue = next
            }
        }
        readRoomTables = readRoomTables || later.readRoomTables
        if let release = later.pressRelease { pressRelease = release }
        tickets += later.tickets
        marketingMix += later.marketingMix
        channels += later.channels
        channelHeaders += later.channelHeaders.filter { !channelHeaders.contains($0) }
        invitees += later.invitees
        if invitation == nil { invitation = later.invitation }
        lessons += later.lessons
        marketAnalysis += later.marketAnalysis
        operations.contractors += later.operations.contractors
        operations.quotes += later.operations.quotes
        operations.runSheet += later.operations.runSheet
        operations.staff += later.operations.staff
        operations.risks += later.operations.risks
        operations.fees += later.operations.fees
        venueDeal.candidates += later.venueDeal.candidates
        venueDeal.weights += later.venueDeal.weights
        venueDeal.contract = later.venueDeal.contract ?? venueDeal.contract
        venueDeal.insurance += later.venueDeal.insurance
        venueDeal.requirements += later.venueDeal.requirements
        team += later.team
        roster.sources += later.roster.sources
        roster.attendees += later.roster.attendees
        roster.orders += later.roster.orders
        roster.checkIns += later.roster.checkIns
        deskAttendees += later.deskAttendees
        supplies += later.supplies
    }

    /// Fills the plan with the records; what joining them finds (the desk's check-ins against the roster) is returned.
    func apply(to plan: inout Plan) -> [Diagnostic] {
        plan.project.tasks += tasks
        plan.project.extraHeaders += taskHeaders.filter { !plan.project.extraHeaders.contains($0) }
        plan.budget.tables += budgetTables
        plan.budget.fundingSummaries += fundingSummaries
        // A plan whose only word on income is its funding summary: the summary is its income.
        if !budgetTables.contains(where: { $0.side == .income }) { plan.budget.tables += fundingSummaries }
        plan.agenda = Agenda(days: SessionTableKind.merge(days))
        if let venue { plan.venue = venue }
        if let pressRelease { plan.pressRelease = pressRelease }
        plan.tickets += tickets
        plan.marketing.mix += marketingMix
        plan.marketing.channels += channels
        plan.marketing.channelHeaders += channelHeaders.filter { !plan.marketing.channelHeaders.contains($0) }
        plan.marketing.invitees += invitees
        if plan.marketing.invitation == nil { plan.marketing.invitation = invitation }
        plan.lessons += lessons
        plan.marketing.analysis += marketAnalysis
        plan.operations = operations
        plan.venueDeal = venueDeal
        plan.team = team
        plan.sites = sites
        // An order export says which orders were cancelled or refunded; their tickets in an attendee export follow it.
        let orderStatus = Dictionary(roster.orders.map { ($0.id, $0.status) }, uniquingKeysWith: { _, later in later })
        var joined = roster
        for index in joined.attendees.indices {
            if let id = joined.attendees[index].orderID, let status = orderStatus[id], !status.isActive {
                joined.attendees[index].status = status
            }
        }
        let attendance = AttendanceJoin.join(&joined, deskAttendees: deskAttendees)
        plan.registration.roster = joined
        plan.registration.supplies += supplies
        return attendance
    }
}

/// The columns of each kind of table evplan reads. Their header names live in the vocabulary (Vocabulary/BaseVocabulary.swift),
/// listed in the same order as these cases.
enum BudgetColumn: String, ColumnKey {
    case item, category, unitPrice, quantity, unit, amount, note, actual, fundingSource
}

enum SessionColumn: String, ColumnKey {
    case time, title, speakers, moderator, room, audience, kind, note, date, personTitle
}

enum RoomColumn: String, ColumnKey {
    case name, capacity, layout, areaPing, areaSquareMeters, area, note, shared
}

enum TicketColumn: String, ColumnKey {
    case name, price, quantity, note
}

enum TaskColumn: String, ColumnKey {
    case id, name, owner, start, end, duration, predecessors, phase, note, deadline, progress
}

enum MarketingMixColumn: String, ColumnKey {
    case aspect, content
}

enum ChannelColumn: String, ColumnKey {
    case name, audience, start, end, period, cost, target, result, link, note
}

enum InviteeColumn: String, ColumnKey {
    case name, title, organisation, email, sessions, note
}

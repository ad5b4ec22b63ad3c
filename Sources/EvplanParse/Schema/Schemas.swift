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
    case name, price, quantity, salePeriod, note
}

enum SupplyColumn: String, ColumnKey {
    case item, quantity, note
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

enum ContractorColumn: String, ColumnKey {
    case name, taxID, scope, contact, phone, amount, terms, deadline, note
}

enum QuoteColumn: String, ColumnKey {
    case item, chosen, reason, note
}

enum RunSheetColumn: String, ColumnKey {
    case date, time, task, owner, place, note
}

enum StaffColumn: String, ColumnKey {
    case person, role, date, time, place, note
}

enum RiskColumn: String, ColumnKey {
    case name, likelihood, impact, response, owner, note
}

enum FeeColumn: String, ColumnKey {
    case name, status, payments, perPayment, note
}

enum CandidateColumn: String, ColumnKey {
    case name, available, capacity, rent, transport, score, chosen, note
}

enum TermColumn: String, ColumnKey {
    case item, value
}

enum InsuranceColumn: String, ColumnKey {
    case kind, insurer, period, perPerson, perAccident, property, aggregate, note
}

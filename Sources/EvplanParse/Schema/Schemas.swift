/// The columns of each kind of table evplan reads. Their header names live in the vocabulary (Vocabulary/BaseVocabulary.swift),
/// listed in the same order as these cases.
enum BudgetColumn: String, ColumnKey {
    case item, category, unitPrice, quantity, unit, amount, note
}

enum SessionColumn: String, ColumnKey {
    case time, title, speakers, moderator, room, audience, kind, note
}

enum RoomColumn: String, ColumnKey {
    case name, capacity, layout, areaPing, areaSquareMeters, area, note
}

enum TicketColumn: String, ColumnKey {
    case name, price, quantity, salePeriod, note
}

enum SupplyColumn: String, ColumnKey {
    case item, quantity, note
}

enum TaskColumn: String, ColumnKey {
    case id, name, owner, start, end, duration, predecessors, phase, note
}

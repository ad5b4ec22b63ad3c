import EvplanModel

/// Every kind of table (and section) evplan reads into records, in the order they may claim a table.
/// A new kind is a new file under Tables/Tn/ and one line here.
enum TableKindCatalogue {
    static let kinds: [any PlanPartKind.Type] = [
        TaskTableKind.self,
        BudgetTableKind.self,
        SessionTableKind.self,
        RoomTableKind.self,
        PressReleaseKind.self,
        TicketTableKind.self,
        SupplyTableKind.self,
    ]

    static func kinds(for task: TaskCode?) -> [any PlanPartKind.Type] {
        guard let task else { return [] }
        return kinds.filter { $0.task == task }
    }
}

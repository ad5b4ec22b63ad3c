import EvplanModel

/// Every kind of table (and section) evplan reads into records, in the order they may claim a table.
/// A new kind is a new file under Tables/Tn/ and one line here.
enum TableKindCatalogue {
    static let kinds: [any PlanPartKind.Type] = [
        TaskTableKind.self,
        BudgetTableKind.self,
        SessionTableKind.self,
        VenueCandidateTableKind.self,
        VenueContractTableKind.self,
        InsuranceTableKind.self,
        RoomTableKind.self,
        PressReleaseKind.self,
        TicketTableKind.self,
        MarketingMixKind.self,
        ChannelTableKind.self,
        InviteeTableKind.self,
        InvitationLetterKind.self,
        ProjectLessonsKind.self,
        MarketingLessonsKind.self,
        MarketAnalysisKind.self,
        TeamTableKind.self,
        ContractorTableKind.self,
        QuoteTableKind.self,
        RunSheetTableKind.self,
        StaffTableKind.self,
        RiskTableKind.self,
        SpeakerFeeTableKind.self,
        SupplyTableKind.self,
    ]

    static func kinds(for task: TaskCode?) -> [any PlanPartKind.Type] {
        guard let task else { return [] }
        return kinds.filter { $0.task == task }
    }
}

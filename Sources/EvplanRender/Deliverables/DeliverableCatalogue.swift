/// Every deliverable evplan renders, in the order of the navigation bar and the overview's cards.
enum DeliverableCatalogue {
    static let all: [any Deliverable] = [
        OverviewPage(), ProposalPage(), BudgetPage(), GanttPage(), AgendaPage(), PressReleasePage(),
        MarketingPage(), InvitationsPage(), ClosurePage(),
        VenuePage(), OperationsPage(), CallSheetPage(),
        RosterPage(), SignInPage(), BadgesPage(), CheckInPage(), HandbookPage(), ReceiptsPage(),
    ] + exports

    /// The files for calendars and conference apps (Deliverables/Exports/), written after the pages.
    static let exports: [any ExportDeliverable] = [
        AgendaCalendarExport(), TaskCalendarExport(), FrabScheduleExport(), C3vocScheduleExport(),
    ]

    /// The deliverables that are pages, for the navigation bar.
    static let pages: [any PageDeliverable] = all.compactMap { $0 as? any PageDeliverable }

    /// The deliverable that serves one of the standard's outputs, if any does.
    static func deliverable(serving outputCode: String) -> (any Deliverable)? {
        all.first { $0.outputCodes.contains(outputCode) }
    }
}

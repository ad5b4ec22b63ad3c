import EvplanModel

/// Every rule evplan checks, and the descriptors of those and of the format rules reported while loading.
public enum RuleCatalogue {
    public static let rules: [any Rule] = [
        BudgetAmountMismatch(), BudgetTotalMismatch(), BudgetOverCap(), BudgetDeficit(), BudgetFundingSummaryMismatch(),
        VenueOverCapacity(), VenueRoomOverCapacity(), VenueUnknownRoom(), VenueAreaCapacity(),
        AgendaRoomOverlap(), AgendaSpeakerOverlap(), AgendaEndBeforeStart(), AgendaOutsideEventDates(), AgendaOutsideVenueHours(),
        AgendaNoBreak(), VenueUnavailableDates(),
        ScheduleDuplicateID(), ScheduleUnknownDependency(), ScheduleDependencyCycle(), ScheduleStartsBeforeDependency(),
        ScheduleMissingOwner(), ScheduleAfterEvent(),
        ScheduleDeadlineMissed(), ScheduleNonWorkingDay(), ScheduleBehind(), ScheduleOwnerOverload(), ScheduleUnofficialCalendar(),
        ScheduleDurationMismatch(),
        PressMissingPart(),
        MarketingCostMismatch(), MarketingAfterEvent(), MarketingPriceMismatch(),
        BudgetFundingMismatch(), BudgetSubsidisedSurplus(), PressDatelineMismatch(),
        SupplierInvalidTaxID(), QuoteChosenMismatch(), QuoteTooFew(), PaymentAfterDeadline(),
        RunSheetOutsideHours(), StaffDoubleBooked(), RiskOwnerUnknown(),
        VenueChosenMismatch(), VenueRequirementUnmet(), VenueContractOutsideAvailability(), InsurancePeriodGap(), InsuranceBelowMinimum(),
        RegistrationOverQuota(), RegistrationIncomeMismatch(), RegistrationOverCapacity(), RegistrationUnknownTicket(),
        RegistrationCateringCount(), RegistrationCheckInOutsideEvent(), SuppliesShort(),
    ]

    /// Format rules and check rules together, sorted by id, as `evplan rules` lists them.
    public static var descriptors: [RuleDescriptor] {
        (FormatRules.all + rules.map(\.descriptor)).sorted { $0.id < $1.id }
    }

    public static func descriptor(id: String) -> RuleDescriptor? {
        descriptors.first { $0.id == id }
    }
}

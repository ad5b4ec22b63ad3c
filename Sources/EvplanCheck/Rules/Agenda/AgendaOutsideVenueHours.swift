import EvplanModel

/// A session that starts before the venue opens or ends after it closes (T5 front matter `hours:`), each session
/// against the hours of the site its room belongs to (every T5 file is a site).
public struct AgendaOutsideVenueHours: Rule {
    public static let descriptor = RuleDescriptor(
        id: "agenda.outside-venue-hours", severity: .error, task: .t4, competency: ["P4.2.1", "P5.2.2", "K21"],
        summary: LocalizedText(zh: "議程時間超出場地開放時間", en: "A session lies outside the venue's opening hours"),
        hint: LocalizedText(zh: "把這場移到場地開放時間內，或向場地確認延長使用並更新 T5 的 hours。",
                            en: "Move the session within the venue's hours, or agree longer hours with the venue and update `hours` in T5."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.venue?.hours != nil || plan.sites.contains(where: { $0.hours != nil }) else { return [] }
        // With several sites, a session's room says which site's hours apply; a room no site lists takes the first's.
        let sites = SiteLookup.directory(plan)
        return context.agendaEntries.compactMap { entry in
            let session = entry.session
            let time = session.time.value
            let site = sites.flatMap { $0[entry.roomKey] }.map { plan.sites[$0] } ?? plan.venue
            guard let hours = site?.hours?.value else { return nil }
            if session.isMoment {
                guard time.start < hours.start || time.start > hours.end else { return nil }
                return diagnostic(at: session.time.location, LocalizedText(
                    zh: "時間點 \(time.start) 在場地開放時間 \(hours) 之外", en: "This moment (\(time.start)) lies outside the venue's hours, \(hours)"))
            }
            // A reversed range is agenda.end-before-start's to report.
            guard time.start < time.end, time.start < hours.start || time.end > hours.end else { return nil }
            let range = time.description, open = hours.description
            return diagnostic(at: session.time.location, LocalizedText(
                zh: "本場 \(range) 超出場地開放時間 \(open)",
                en: "This session (\(range)) lies outside the venue's hours, \(open)"))
        }
    }
}

import EvplanModel

/// Check-ins of the desk's attendance export dated outside the event's days: a trial of the desk before the event
/// left in its database, or the desk laptop's clock set wrong. Either way the attendance counts them as people who
/// came. One finding per file, at its first such row.
public struct RegistrationCheckInOutsideEvent: Rule {
    public static let descriptor = RuleDescriptor(
        id: "registration.check-in-outside-event", severity: .warning, task: .t8, competency: ["O8.3.4"],
        summary: LocalizedText(zh: "報到紀錄的報到時間不在活動日期內", en: "Check-ins of the attendance export fall outside the event's dates"),
        hint: LocalizedText(
            zh: "活動前試用報到櫃台的掃描會留在資料庫裡：試用時請用企劃資料夾的複本，或試用後刪除 .evplan/desk.sqlite*。若是櫃台電腦的時鐘錯了，報到人數仍正確，但報到時間不可信。確認後改正或刪除這些列。",
            en: "Scans from trying the desk before the event stay in its database: try it on a copy of the plan folder, or delete .evplan/desk.sqlite* after the trial. If the desk laptop's clock was wrong, the count is right but the times are not. Correct or remove those rows once checked."))

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let dates = context.plan.event?.dates?.value else { return [] }
        let outside = context.plan.registration.roster.checkIns.filter { checkIn in
            guard checkIn.checkedIn, let time = checkIn.firstAt else { return false }
            return !dates.contains(time.date)
        }
        var byFile: [String: [CheckIn]] = [:]
        for checkIn in outside { byFile[checkIn.location.file, default: []].append(checkIn) }
        return byFile.keys.sorted().compactMap { file in
            guard let rows = byFile[file], let first = rows.first, let time = first.firstAt else { return nil }
            let others = rows.count - 1
            return diagnostic(at: first.location, LocalizedText(
                zh: "票號 \(first.ticketNumber) 的報到時間 \(time) 不在活動日期（\(dates)）內" + (others > 0 ? "，另有 \(others) 筆也是" : "")
                    + "；這些報到都算進了出席人數",
                en: "Ticket \(first.ticketNumber) checked in at \(time), outside the event's dates (\(dates))" + (others > 0 ? ", and \(others) more" : "")
                    + "; they are all counted as attendance"))
        }
    }
}

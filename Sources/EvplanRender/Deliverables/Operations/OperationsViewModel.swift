import EvplanModel
import Foundation
import Mustache

/// operations.html and callsheet.html.
struct OperationsViewModel: TemplateValue {
    struct RunRow: TemplateValue {
        let time: String
        let task: String
        let owners: String
        let place: String
        let note: String
    }

    struct RunDay: TemplateValue {
        let heading: String
        let rows: [RunRow]
    }

    struct Shift: TemplateValue {
        let date: String
        let time: String
        let place: String
        let role: String
    }

    struct Person: TemplateValue {
        let name: String
        let role: String
        let shifts: [Shift]
        let places: String
    }

    struct HourCell: TemplateValue {
        let filled: Bool
        let label: String
    }

    struct HourRow: TemplateValue {
        let name: String
        let cells: [HourCell]
    }

    struct HourGrid: TemplateValue {
        let heading: String
        let hours: [String]
        let rows: [HourRow]
    }

    struct ContractorRow: TemplateValue {
        let name: String
        let taxID: String
        let scope: String
        let contact: String
        let phone: String
        let amount: String
        let terms: String
    }

    struct Offer: TemplateValue {
        let supplier: String
        let amount: String
        let chosen: Bool
    }

    struct QuoteRow: TemplateValue {
        let item: String
        let offers: [Offer]
        let chosen: String
        let reason: String
    }

    struct PaymentRow: TemplateValue {
        let due: String
        let payee: String
        let label: String
        let amount: String
    }

    struct MatrixCell: TemplateValue {
        let level: String
        let risks: [String]
    }

    struct MatrixRow: TemplateValue {
        let impact: String
        let cells: [MatrixCell]
    }

    struct RiskRow: TemplateValue {
        let name: String
        let likelihood: String
        let impact: String
        let level: String
        let response: String
        let owners: String
    }

    struct FeeRow: TemplateValue {
        let name: String
        let status: String
        let gross: String
        let tax: String
        let premium: String
        let net: String
    }

    struct SiteRow: TemplateValue {
        let name: String
        let address: String
        let hours: String
    }

    let page: PageChrome
    let l: [String: String]
    let hasContent: Bool
    let eventDates: String
    let runDays: [RunDay]
    let hasRunSheet: Bool
    let people: [Person]
    let hasStaff: Bool
    let hourGrids: [HourGrid]
    let contractors: [ContractorRow]
    let hasContractors: Bool
    let quoteHeaders: [String]
    let quotes: [QuoteRow]
    let hasQuotes: Bool
    let payments: [PaymentRow]
    let hasPayments: Bool
    let likelihoods: [String]
    let matrix: [MatrixRow]
    let risks: [RiskRow]
    let hasRisks: Bool
    let fees: [FeeRow]
    let hasFees: Bool
    let feesNote: String
    let sites: [SiteRow]
    let hasSites: Bool

    init(_ context: RenderContext) { self.init(context, page: OperationsPage()) }

    init(_ context: RenderContext, page deliverable: some PageDeliverable) {
        let plan = context.plan
        let operations = plan.operations
        page = context.chrome(for: deliverable)
        l = context.labels
        hasContent = !operations.isEmpty
        eventDates = plan.event?.dates.map { context.dates.range($0.value) } ?? ""

        func dateText(_ date: PlanDate?) -> String { date.map { context.dates.day($0) } ?? context.label("ops_undated") }
        func timeText(_ range: TimeRange?) -> String {
            guard let range else { return "" }
            return range.start == range.end ? "\(range.start)" : range.description
        }

        // Run sheet by day, in time order within the day.
        var byDay: [(PlanDate?, [RunSheetItem])] = []
        for item in operations.runSheet {
            if let index = byDay.firstIndex(where: { $0.0 == item.date?.value }) { byDay[index].1.append(item) } else { byDay.append((item.date?.value, [item])) }
        }
        byDay.sort { ($0.0?.dayNumber ?? Int.max) < ($1.0?.dayNumber ?? Int.max) }
        runDays = byDay.map { date, items in
            RunDay(heading: dateText(date), rows: items.sorted { ($0.time?.value.start.minutes ?? -1) < ($1.time?.value.start.minutes ?? -1) }.map { item in
                RunRow(time: timeText(item.time?.value), task: item.task.value, owners: item.owners.map(\.value).joined(separator: "、"),
                       place: item.place?.value ?? "", note: item.note ?? "")
            })
        }
        hasRunSheet = !runDays.isEmpty

        // Staff by person.
        var names: [String] = []
        var shiftsByName: [String: [StaffShift]] = [:]
        for shift in operations.staff {
            let key = Operations.key(shift.person.value)
            if shiftsByName[key] == nil { names.append(shift.person.value) }
            shiftsByName[key, default: []].append(shift)
        }
        people = names.map { name in
            let shifts = shiftsByName[Operations.key(name)] ?? []
            var places: [String] = []
            for shift in shifts { if let place = shift.place?.value, !places.contains(place) { places.append(place) } }
            return Person(name: name, role: shifts.first?.role ?? "", shifts: shifts.map {
                Shift(date: dateText($0.date?.value), time: timeText($0.time?.value), place: $0.place?.value ?? "", role: $0.role ?? "")
            }, places: places.joined(separator: "、"))
        }
        hasStaff = !people.isEmpty

        // Staff by hour: one grid a day, a column an hour, a cell the place the person is at.
        var grids: [HourGrid] = []
        let dated = operations.staff.filter { $0.date != nil && $0.time != nil }
        for date in Set(dated.map { $0.date!.value }).sorted() {
            let shifts = dated.filter { $0.date!.value == date }
            let first = shifts.map { $0.time!.value.start.minutes / 60 }.min() ?? 8
            let last = shifts.map { ($0.time!.value.end.minutes + 59) / 60 }.max() ?? 18
            guard last > first else { continue }
            let hours = Array(first..<last)
            var rowNames: [String] = []
            for shift in shifts where !rowNames.contains(shift.person.value) { rowNames.append(shift.person.value) }
            let rows = rowNames.map { name in
                HourRow(name: name, cells: hours.map { hour in
                    let at = shifts.first { $0.person.value == name && $0.time!.value.start.minutes < (hour + 1) * 60 && $0.time!.value.end.minutes > hour * 60 }
                    return HourCell(filled: at != nil, label: at?.place?.value ?? "")
                })
            }
            grids.append(HourGrid(heading: dateText(date), hours: hours.map { $0 < 10 ? "0\($0)" : "\($0)" }, rows: rows))
        }
        hourGrids = grids

        contractors = operations.contractors.map { contractor in
            ContractorRow(name: contractor.name.value, taxID: contractor.taxID?.value ?? "", scope: contractor.scope ?? "",
                          contact: contractor.contact ?? "", phone: contractor.phone ?? "",
                          amount: contractor.amount.map { context.money.format($0.value) } ?? "", terms: contractor.paymentTerms?.value ?? "")
        }
        hasContractors = !contractors.isEmpty

        var headers: [String] = []
        for package in operations.quotes { for offer in package.offers where !headers.contains(offer.supplier) { headers.append(offer.supplier) } }
        quoteHeaders = headers
        quotes = operations.quotes.map { package in
            let chosen = package.chosenOffer?.supplier
            return QuoteRow(item: package.item.value, offers: headers.map { header in
                let offer = package.offers.first { $0.supplier == header }
                return Offer(supplier: header, amount: offer.map { context.money.plain($0.amount.value) } ?? "—", chosen: offer != nil && header == chosen)
            }, chosen: package.chosen?.value ?? "", reason: package.reason ?? "")
        }
        hasQuotes = !quotes.isEmpty

        var paymentRows: [(PlanDate?, PaymentRow)] = []
        for contractor in operations.contractors {
            for milestone in contractor.milestones {
                paymentRows.append((milestone.due, PaymentRow(due: milestone.due.map { context.dates.day($0) } ?? "—", payee: contractor.name.value,
                                                              label: milestone.label, amount: milestone.amount.map { context.money.format($0) } ?? "")))
            }
        }
        if let contract = plan.venueDeal.contract {
            let venue = plan.venue?.name?.value ?? ""
            if let deposit = contract.deposit {
                paymentRows.append((contract.depositDue?.value, PaymentRow(due: contract.depositDue.map { context.dates.day($0.value) } ?? "—", payee: venue,
                                                                           label: context.language == .zhTW ? "場地訂金" : "Venue deposit", amount: context.money.format(deposit.value))))
            }
            if let balance = contract.balance {
                paymentRows.append((contract.balanceDue, PaymentRow(due: contract.balanceDue.map { context.dates.day($0) } ?? "—", payee: venue,
                                                                    label: contract.balanceTerms ?? "", amount: context.money.format(balance.value))))
            }
        }
        payments = paymentRows.sorted { ($0.0?.dayNumber ?? Int.max) < ($1.0?.dayNumber ?? Int.max) }.map(\.1)
        hasPayments = !payments.isEmpty

        // The risk matrix: impact rows from high to low, likelihood columns from low to high.
        let scale = operations.risks.map(\.scale).max() ?? 3
        let steps = scale == 5 ? ["1", "2", "3", "4", "5"] : (context.language == .zhTW ? ["低", "中", "高"] : ["Low", "Medium", "High"])
        likelihoods = steps
        func level(_ likelihood: Int, _ impact: Int) -> String {
            let score = Double(likelihood * impact) / Double(scale * scale)
            return score >= 0.5 ? "high" : score >= 0.2 ? "medium" : "low"
        }
        matrix = (1...scale).reversed().map { impact in
            MatrixRow(impact: steps[impact - 1], cells: (1...scale).map { likelihood in
                MatrixCell(level: level(likelihood, impact), risks: operations.risks.filter {
                    $0.likelihood?.value == likelihood && $0.impact?.value == impact
                }.map(\.name.value))
            })
        }
        risks = operations.risks.map { risk in
            RiskRow(name: risk.name.value, likelihood: risk.likelihood.map { steps[min($0.value, scale) - 1] } ?? "",
                    impact: risk.impact.map { steps[min($0.value, scale) - 1] } ?? "",
                    level: risk.likelihood.flatMap { l in risk.impact.map { level(l.value, $0.value) } } ?? "",
                    response: risk.response ?? "", owners: risk.owners.map(\.value).joined(separator: "、"))
        }
        hasRisks = !risks.isEmpty

        let rates = plan.event?.withholdingRates ?? WithholdingRates()
        fees = operations.fees.compactMap { fee in
            guard let per = fee.perPayment?.value else { return nil }
            let one = Withholding(gross: per, nonResident: fee.nonResident, rates: rates)
            let count = Decimal(fee.payments)
            return FeeRow(name: fee.name.value, status: context.label(fee.nonResident ? "ops_non_resident" : "ops_resident"),
                          gross: context.money.format(one.gross * count), tax: context.money.format(one.tax * count),
                          premium: context.money.format(one.healthPremium * count), net: context.money.format(one.net * count))
        }
        hasFees = !fees.isEmpty
        func percent(_ rate: Decimal) -> String { DecimalText.grouped(rate * 100) + "%" }
        feesNote = context.label("ops_fees_note")
            .replacingOccurrences(of: "{threshold}", with: context.money.format(rates.residentThreshold))
            .replacingOccurrences(of: "{resident}", with: percent(rates.residentTax))
            .replacingOccurrences(of: "{nonresident}", with: percent(rates.nonResidentTax))
            .replacingOccurrences(of: "{healthThreshold}", with: context.money.format(rates.healthPremiumThreshold))
            .replacingOccurrences(of: "{health}", with: percent(rates.healthPremium))
            .replacingOccurrences(of: "{year}", with: "\(rates.year)")

        let siteList = plan.sites.isEmpty ? [plan.venue].compactMap { $0 } : plan.sites
        sites = siteList.map { SiteRow(name: $0.name?.value ?? "", address: $0.address ?? "", hours: $0.hours.map { $0.value.description } ?? "") }
        hasSites = !sites.isEmpty
    }
}

import EvplanDocument
import EvplanModel
import Foundation

/// event.md: the event-wide facts in front matter and the overview in prose.
enum EventParser {
    static func parse(_ document: Document, values: inout FrontMatterValues) -> Event {
        var event = Event(location: SourceLocation(file: document.path, line: 1, column: 1))
        let front = document.frontMatter
        if let name = front?["name"] ?? front?["title"], let text = name.scalar, !text.isEmpty {
            event.name = Located(text, at: name.location)
        }
        if let lang = front?["lang"] ?? front?["language"] {
            if let language = Language(code: lang.scalar ?? "") {
                event.language = language
            } else {
                values.report(lang, what: LocalizedText(zh: "語言（zh-TW 或 en）", en: "a language (zh-TW or en)"), example: "zh-TW、en")
            }
        }
        event.dates = values.dateRange(front?["dates"] ?? front?["date"])
        for role in OrganiserRole.allCases {
            let names = role.keys.compactMap { front?[$0] }.flatMap(EventParser.names)
            if !names.isEmpty { event.organisers.append(OrganiserLine(role: role, names: names)) }
        }
        event.organizer = event.organisers.first { $0.role == .organizer }?.names.joined(separator: "、")
        if let version = front?["version"]?.scalar?.trimmedOfWhitespace, !version.isEmpty { event.version = version }
        event.issued = values.date(front?["issued"] ?? front?["發布日期"] ?? front?["issue_date"])
        if let style = front?["date_style"] ?? front?["日期格式"] {
            let written = (style.scalar ?? "").lowercased().trimmedOfWhitespace
            switch written {
            case "roc", "民國", "民國年": event.dateStyle = .roc
            case "iso", "": event.dateStyle = written.isEmpty ? nil : .iso
            case "western", "西元", "gregorian": event.dateStyle = .western
            default: values.report(style, what: LocalizedText(zh: "日期格式（roc、iso 或 western）", en: "a date style (roc, iso or western)"), example: "roc")
            }
        }
        for pair in front?.pairs ?? [] where !EventParser.knownKeys.contains(pair.key) && !pair.key.hasPrefix("x-") {
            values.note(Diagnostic(FormatRules.unknownKey, at: pair.keyLocation, LocalizedText(
                zh: "event.md 的設定「\(pair.key)」evplan 不認得，沒有讀取", en: "evplan does not know the event.md key “\(pair.key)”; it was not read")))
        }
        if let contact = front?["contact"], let text = contact.scalar?.trimmedOfWhitespace, !text.isEmpty {
            if MailAddress(parsing: text) != nil {
                event.contact = Located(text, at: contact.location)
            } else {
                values.report(contact, what: LocalizedText(zh: "聯絡人與電子郵件（寄送邀請函的寄件人）", en: "a contact with an email address (the invitations' sender)"),
                              example: "王小明 <pr@example.org>")
            }
        }
        event.attendance = values.attendance(front?["attendees"] ?? front?["attendance"])
        event.expectedAttendance = event.attendance.map { Located($0.value.peak(days: event.dates?.value.dayCount ?? 1), at: $0.location) }
        if let currency = front?["currency"]?.scalar, !currency.isEmpty { event.currency = currency.uppercased() }
        event.rates = values.rates(front?["rates"])
        // Amounts below (the cap, insurance minimums) read as a table's do: another currency is converted or reported.
        values.currency = event.currency
        values.rates = event.rates
        if let kind = front?["kind"]?.scalar { event.kind = EventKind.named(kind)?.id }
        let budget = front?["budget"] ?? front?["budget_cap"]
        event.budgetCap = values.money(budget)
        if let cap = event.budgetCap, cap.value < 0, let budget {
            // A negative cap is a typo: every plan would be over it.
            values.report(budget, what: LocalizedText(zh: "預算上限（不能是負數）", en: "a budget cap (it cannot be negative)"), example: "1,500,000、150萬")
            event.budgetCap = nil
        }
        if let stretch = values.value(front?["max_stretch"], .number) {
            if stretch.value > 0 {
                event.maxStretchMinutes = stretch.value
            } else if let written = front?["max_stretch"] {
                values.report(written, what: LocalizedText(zh: "分鐘數（大於 0）", en: "a number of minutes above 0"), example: "180")
            }
        }
        if let rules = front?["rules"], rules.pairs.isEmpty, rules.scalar?.isEmpty != true {
            // `rules: off` or a list: no setting would apply, and nothing would say so.
            values.report(rules, what: LocalizedText(zh: "規則設定表（每行「規則代號: off」）", en: "a map of rule settings (one `rule-id: off` per line)"),
                          example: "agenda.no-break: off")
        }
        for pair in front?["rules"]?.pairs ?? [] {
            let text = (pair.value.scalar ?? "").lowercased()
            let setting: RuleSetting?
            switch text {
            case "off", "false", "no", "disable", "disabled": setting = .off
            default: setting = Severity(rawValue: text).map(RuleSetting.severity)
            }
            if let setting {
                event.ruleSettings[pair.key] = Located(setting, at: pair.keyLocation)
            } else {
                values.report(pair.value, what: LocalizedText(zh: "規則設定（error、warning、info 或 off）", en: "a rule setting (error, warning, info or off)"),
                              example: "warning、off")
            }
        }
        if let calendar = front?["calendar"] {
            switch (calendar.scalar ?? "").trimmedOfWhitespace.lowercased() {
            case "tw", "taiwan", "台灣", "臺灣", "roc", "dgpa", "行政機關辦公日曆": event.calendar = Located(.taiwan, at: calendar.location)
            case "none", "mon-fri", "monday-friday", "weekdays", "無", "週一至週五": event.calendar = Located(.mondayToFriday, at: calendar.location)
            default:
                values.report(calendar, what: LocalizedText(zh: "行事曆（TW 或 none）", en: "a calendar (TW or none)"), example: "TW、none")
            }
        }
        event.extraWorkdays = values.namedDates(front?["workdays"])
        event.extraHolidays = values.namedDates(front?["holidays"])
        event.asOf = values.date(front?["as_of"] ?? front?["as-of"] ?? front?["status_date"])
        if let parallel = values.value(front?["max_parallel"], .number) {
            if parallel.value > 0 {
                event.maxParallel = parallel.value
            } else if let written = front?["max_parallel"] {
                values.report(written, what: LocalizedText(zh: "同時進行的工作數（大於 0）", en: "a number of tasks above 0"), example: "3")
            }
        }
        parseOperationsSettings(front, into: &event, values: &values)
        event.overview = ProseCollector.collect(document, skipping: [])
        return event
    }

    /// A name or a list of names (`a、b`, `[a, b]` or one per line).
    private static func names(_ value: FrontMatterValue) -> [String] {
        value.items.compactMap(\.scalar).flatMap { $0.split(whereSeparator: { "、；;".contains($0) }) }
            .map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty }
    }

    /// Every key event.md may hold; any other is reported as `format.unknown-key` (a note), since it was not read.
    /// Keys starting with `x-` are the planner's own and never reported.
    static let knownKeys: Set<String> = Set(OrganiserRole.allCases.flatMap(\.keys)).union([
        "name", "title", "lang", "language", "dates", "date", "attendees", "attendance", "currency", "budget", "budget_cap",
        "max_stretch", "rules", "kind", "columns", "raw_html", "task", "version", "issued", "發布日期", "issue_date",
        "date_style", "日期格式", "calendar", "holidays", "working_days", "timezone", "venue", "description", "tags",
        "contact", "rates", "workdays", "as_of", "as-of", "status_date", "max_parallel", "related_dates",
        "insurance_minimum", "withholding", "privacy", "receipts", "tax_id", "staff", "receipt_prefix", "wifi", "Wi-Fi",
    ])
}

extension EventParser {
    /// `related_dates:` (days that belong to the event but are not its main days: `2027-10-16: 領物`, or a list of dates
    /// or ranges), `insurance_minimum:` (`per_person`, `per_accident`, `property`, `aggregate`) and `withholding:`
    /// (`resident`, `threshold`, `non_resident`, `health`, `health_threshold`, `year`).
    static func parseOperationsSettings(_ front: FrontMatterValue?, into event: inout Event, values: inout FrontMatterValues) {
        if let related = front?["related_dates"] {
            for pair in related.pairs {
                if let range = DateRangeParser.parse(pair.key) {
                    event.relatedDates.append((Located(range, at: pair.keyLocation), pair.value.scalar))
                } else if let range = values.dateRange(pair.value) {
                    event.relatedDates.append((range, pair.key))
                }
            }
            for item in related.items {
                if let range = values.dateRange(item) { event.relatedDates.append((range, nil)) }
            }
            if related.pairs.isEmpty && related.items.isEmpty, let range = values.dateRange(related) {
                event.relatedDates.append((range, nil))
            }
        }
        if let minimum = front?["insurance_minimum"] {
            for pair in minimum.pairs {
                guard let amount = values.money(pair.value) else { continue }
                switch pair.key {
                case "per_person", "每一個人體傷": event.insuranceMinimum.perPerson = amount.value
                case "per_accident", "每一事故體傷": event.insuranceMinimum.perAccident = amount.value
                case "property", "財損": event.insuranceMinimum.property = amount.value
                case "aggregate", "保險期間總額": event.insuranceMinimum.aggregate = amount.value
                default:
                    values.report(pair.value, what: LocalizedText(zh: "保險最低金額（per_person、per_accident、property 或 aggregate）",
                                                                  en: "an insurance minimum (per_person, per_accident, property or aggregate)"),
                                  example: "per_person: 300萬")
                }
            }
            if minimum.pairs.isEmpty {
                values.report(minimum, what: LocalizedText(zh: "保險最低金額表", en: "a map of insurance minimums"), example: "per_person: 300萬")
            } else {
                event.insuranceMinimum.source = "event.md insurance_minimum"
            }
        }
        if let withholding = front?["withholding"] {
            for pair in withholding.pairs {
                let text = (pair.value.scalar ?? "").replacingOccurrences(of: "%", with: "")
                guard let number = MoneyParser.parse(text) else {
                    values.report(pair.value, what: LocalizedText(zh: "扣繳率或門檻（數字）", en: "a rate or threshold (a number)"), example: "10%、20,000")
                    continue
                }
                let rate = (pair.value.scalar ?? "").contains("%") ? number / 100 : number
                switch pair.key {
                case "resident": event.withholdingRates.residentTax = rate
                case "threshold": event.withholdingRates.residentThreshold = number
                case "non_resident": event.withholdingRates.nonResidentTax = rate
                case "health": event.withholdingRates.healthPremium = rate
                case "health_threshold": event.withholdingRates.healthPremiumThreshold = number
                case "year": event.withholdingRates.year = NSDecimalNumber(decimal: number).intValue
                default:
                    values.report(pair.value, what: LocalizedText(zh: "扣繳設定（resident、threshold、non_resident、health、health_threshold、year）",
                                                                  en: "a withholding setting (resident, threshold, non_resident, health, health_threshold, year)"),
                                  example: "resident: 10%")
                }
            }
        }
    }
}

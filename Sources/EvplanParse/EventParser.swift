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
        event.organizer = front?["organizer"]?.scalar
        event.expectedAttendance = values.count(front?["attendees"] ?? front?["attendance"])
        if let currency = front?["currency"]?.scalar, !currency.isEmpty { event.currency = currency.uppercased() }
        let budget = front?["budget"] ?? front?["budget_cap"]
        event.budgetCap = values.money(budget)
        if let cap = event.budgetCap, cap.value < 0, let budget {
            // A negative cap is a typo: every plan would be over it.
            values.report(budget, what: LocalizedText(zh: "預算上限（不能是負數）", en: "a budget cap (it cannot be negative)"), example: "1,500,000、150萬")
            event.budgetCap = nil
        }
        if let stretch = values.count(front?["max_stretch"]) {
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
        parseOperationsSettings(front, into: &event, values: &values)
        event.overview = ProseCollector.collect(document, skipping: [])
        return event
    }
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

/// Typed reading of front-matter values, with `format.unparsable-value` at the value's own line.
struct FrontMatterValues {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func dateRange(_ value: FrontMatterValue?) -> Located<DateRange>? {
        parse(value, DateRangeParser.parse, LocalizedText(zh: "日期或日期區間", en: "a date or date range"), example: "2027-03-12 ~ 2027-03-13")
    }

    mutating func count(_ value: FrontMatterValue?) -> Located<Int>? {
        parse(value, CountParser.parse, LocalizedText(zh: "人數", en: "a number"), example: "300")
    }

    mutating func money(_ value: FrontMatterValue?) -> Located<Decimal>? {
        parse(value, MoneyParser.parse, LocalizedText(zh: "金額", en: "an amount"), example: "1,500,000、150萬")
    }

    mutating func timeRange(_ value: FrontMatterValue?) -> Located<TimeRange>? {
        parse(value, TimeRangeParser.parse, LocalizedText(zh: "時間區間", en: "a time range"), example: "08:00-22:00")
    }

    mutating func parse<T>(_ value: FrontMatterValue?, _ parser: (String) -> T?, _ what: LocalizedText, example: String) -> Located<T>? {
        guard let value else { return nil }
        guard let text = value.scalar else {
            report(value, what: what, example: example)
            return nil
        }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        if let parsed = parser(text) { return Located(parsed, at: value.location) }
        report(value, what: what, example: example)
        return nil
    }

    mutating func report(_ value: FrontMatterValue, what: LocalizedText, example: String) {
        diagnostics.append(CellValues.unparsable(value.scalar ?? "…", at: value.location, what: what, example: example))
    }
}

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
        if let contact = front?["contact"], let text = contact.scalar?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
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
        if let kind = front?["kind"]?.scalar { event.kind = EventKind.named(kind)?.id }
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
        event.overview = ProseCollector.collect(document, skipping: [])
        return event
    }
}

/// Typed reading of front-matter values, with `format.unparsable-value` at the value's own line.
struct FrontMatterValues {
    private(set) var diagnostics: [Diagnostic] = []

    /// A date or a range; a weekday written after either end that is not that day's is `format.weekday-mismatch`.
    mutating func dateRange(_ value: FrontMatterValue?) -> Located<DateRange>? {
        let parsed = parse(value, DateRangeParser.parseWithWeekdays, LocalizedText(zh: "日期或日期區間", en: "a date or date range"),
                           example: "2027-03-12 ~ 2027-03-13")
        guard let parsed, let text = value?.scalar else { return nil }
        let (range, startWeekday, endWeekday) = parsed.value
        for (date, written) in [(range.start, startWeekday), (range.end, endWeekday)] {
            if let written, written != date.weekday {
                diagnostics.append(CellValues.weekdayMismatch(text, date: date, written: written, at: parsed.location))
            }
        }
        return Located(range, at: parsed.location)
    }

    mutating func attendance(_ value: FrontMatterValue?) -> Located<Attendance>? {
        parse(value, AttendanceParser.parse, LocalizedText(zh: "人數", en: "a number"), example: "300、每日 8,000 人次、8,000人/日、12,000 人次")
    }

    /// `rates: {USD: 32.1, JPY: 0.21}`: currency code → how much of the plan's currency one unit is.
    mutating func rates(_ value: FrontMatterValue?) -> [String: Decimal] {
        guard let value else { return [:] }
        if value.pairs.isEmpty {
            if value.scalar?.isEmpty != true {
                report(value, what: LocalizedText(zh: "匯率表（每行「幣別: 匯率」）", en: "a map of exchange rates (one `CODE: rate` per line)"), example: "USD: 32.1")
            }
            return [:]
        }
        var rates: [String: Decimal] = [:]
        for pair in value.pairs {
            let code = Money.normalizedCode(pair.key.trimmingCharacters(in: .whitespaces))
            guard let text = pair.value.scalar, let rate = MoneyParser.parse(text), rate > 0, code.count == 3 else {
                report(pair.value, what: LocalizedText(zh: "匯率（三碼幣別與大於 0 的數字）", en: "an exchange rate (a three-letter code and a number above 0)"), example: "USD: 32.1")
                continue
            }
            rates[code] = rate
        }
        return rates
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

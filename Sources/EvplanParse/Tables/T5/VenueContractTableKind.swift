import EvplanDocument
import EvplanModel
import Foundation

/// T5 場地合約 (a `項目 | 內容` table under a contract section) and 場地需求 (the planner's own requirements, under a
/// requirements section, kept as written). Contract rows: 訂金 (amount and due day), 尾款 (amount and terms), 進場,
/// 撤場 (a date and time each), 取消 and 逾時 (as written); other rows are kept as written.
struct VenueContractTableKind: TableKind {
    typealias Column = TermColumn
    static let task = TaskCode.t5
    static let columnsID = "terms"

    private var section: String?

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        guard heading.level <= 2 else { return }
        if context.vocabulary.heading(heading.text, names: "contract") { section = "contract" }
        else if context.vocabulary.heading(heading.text, names: "requirements") { section = "requirements" }
        else { section = nil }
    }

    func expectsTables(_ context: ParseContext) -> Bool { section != nil }

    func claims(_ reader: TableReader<TermColumn>, context: ParseContext) -> Bool {
        section != nil && reader.has(.item) && reader.has(.value)
    }

    mutating func read(_ reader: TableReader<TermColumn>, below previous: Block?, context: inout ParseContext) {
        if section == "requirements" {
            for row in reader.rows where !row.isEmpty {
                guard let item = row.cell(.item) else { continue }
                context.append(\.venueDeal.requirements, ExtraCell(header: item.text, value: row.cell(.value)?.text ?? ""))
            }
            return
        }
        let year = context.eventDates?.value.start.year
        var contract = context.records.venueDeal.contract ?? VenueContract(location: reader.table.location)
        for row in reader.rows where !row.isEmpty {
            guard let item = row.cell(.item), let value = row.cell(.value) else { continue }
            let key = item.text.lowercased()
            func has(_ words: [String]) -> Bool { words.contains { key.contains($0) } }
            if has(["訂金", "定金", "deposit"]) {
                let read = Self.amountAndDate(value, year: year, context: &context)
                contract.deposit = read.amount
                contract.depositDue = read.date
            } else if has(["尾款", "餘款", "balance"]) {
                let read = Self.amountAndDate(value, year: year, context: &context)
                contract.balance = read.amount
                contract.balanceTerms = value.text
                contract.balanceDue = read.date?.value ?? OperationsValues.milestones(value.text, amount: nil, event: context.eventDates?.value, year: year).first?.due
            } else if has(["進場", "load-in", "load in"]) {
                contract.loadIn = context.cells.value(value, { OperationsValues.moment($0, year: year) },
                                                      LocalizedText(zh: "日期與時間", en: "a date and time"), example: "2027-10-13 08:00")
            } else if has(["撤場", "teardown", "load-out", "load out"]) {
                contract.teardown = context.cells.value(value, { OperationsValues.moment($0, year: year) },
                                                        LocalizedText(zh: "日期與時間", en: "a date and time"), example: "2027-10-18 18:00")
            } else if has(["取消", "cancel"]) {
                contract.cancellation = value.text
            } else if has(["逾時", "超時", "overtime"]) {
                contract.overtime = value.text
            } else {
                contract.other.append(ExtraCell(header: item.text, value: value.text))
            }
        }
        context.set(\.venueDeal.contract, contract)
    }

    /// `45,000，2027-06-30 前`: the amount and the day, each located at the cell.
    static func amountAndDate(_ cell: Cell, year: Int?, context: inout ParseContext) -> (amount: Located<Decimal>?, date: Located<PlanDate>?) {
        // `121,800，2026-12-15 前`: a comma inside a figure is no separator; a full-width one, or one and a space, is.
        let pieces = cell.text.replacingOccurrences(of: ", ", with: "，").components(separatedBy: CharacterSet(charactersIn: "，、;；（）()"))
            .map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty }
        var amount: Located<Decimal>?, date: Located<PlanDate>?
        for piece in pieces {
            var text = piece
            for word in ["前", "以前", "之前", "before", "by"] where text.hasSuffix(word) { text = String(text.dropLast(word.count)).trimmedOfWhitespace }
            if date == nil, let day = OperationsValues.date(text, year: year) { date = Located(day, at: cell.location); continue }
            if amount == nil, let money = MoneyParser.parse(text) { amount = Located(money, at: cell.location) }
        }
        if amount == nil && date == nil {
            context.cells.report(cell.text, at: cell.location, what: LocalizedText(zh: "金額與日期", en: "an amount and a date"), example: "45,000，2027-06-30 前")
        }
        return (amount, date)
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "contract")
        return LocalizedText(
            zh: "若這是場地合約，把「項目 | 內容」表放在標題含「\(section.zh)」的段落下。",
            en: "To read it as the venue contract, put an `Item | Value` table under a heading containing “\(section.en)”.")
    }
}

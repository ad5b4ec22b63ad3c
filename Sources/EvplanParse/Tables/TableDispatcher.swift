import Foundation
import EvplanDocument
import EvplanModel

/// Reads one task file: walks its blocks once, lets the kinds of its task claim each table in catalogue order, and
/// reports every table no kind claims (`format.prose-table`); those stay in the file's prose as written.
enum TableDispatcher {
    static func read(_ document: Document, task: TaskCode?, vocabulary: Vocabulary, eventDates: Located<DateRange>?,
                     currency: String = "TWD", rates: [String: Decimal] = [:]) -> ParseContext {
        var context = ParseContext(vocabulary: vocabulary, document: document, task: task, eventDates: eventDates)
        context.cells.currency = currency
        context.cells.rates = rates
        var kinds = TableKindCatalogue.kinds(for: task).map { $0.init(context: &context) }
        var previous: Block?
        for block in document.blocks {
            switch block {
            case let .heading(heading):
                if heading.level <= 2 { context.section = heading }
                for index in kinds.indices { kinds[index].heading(heading, context: &context) }
            case let .prose(prose):
                if kinds.contains(where: { $0.expectsTables(context) }), let unread = UnreadTable.diagnostic(for: prose) {
                    context.diagnostics.append(unread)
                }
            case let .table(table):
                var claim: TableClaim?
                for index in kinds.indices {
                    claim = kinds[index].claim(table, below: previous, context: &context)
                    if claim != nil { break }
                }
                switch claim {
                case .records: context.modelled.insert(table.location)
                case .partOfSection: break
                case nil: if let task { context.diagnostics.append(proseTable(table, task: task, context: context)) }
                }
            }
            previous = block
        }
        for index in kinds.indices { kinds[index].finish(context: &context) }
        return context
    }

    /// `format.prose-table`, naming the table by its header and saying what would make it records.
    static func proseTable(_ table: Table, task: TaskCode, context: ParseContext) -> Diagnostic {
        var header = table.header.map(\.text).joined(separator: " | ")
        if header.count > 60 { header = String(header.prefix(60)) + "…" }
        let hints = TableKindCatalogue.kinds(for: task).map { $0.howToClaim(context.vocabulary) }
        let hint = hints.isEmpty
            ? LocalizedText(zh: "\(task.rawValue) 沒有要檢查的表格，這張表照原樣顯示；若本來就是說明用的表格，可以不理會。",
                            en: "evplan checks no tables in \(task.rawValue); this one is shown as written. If it is there to explain, ignore this.")
            : LocalizedText(zh: hints.map(\.zhTW).joined(separator: " "), en: hints.map(\.en).joined(separator: " "))
        return Diagnostic(FormatRules.proseTable, at: table.location, LocalizedText(
            zh: "表格「\(header)」沒有被讀成紀錄，只當成文字顯示，不會檢查", en: "The table “\(header)” is read as prose: shown as written, not checked"),
            hint: hint)
    }
}

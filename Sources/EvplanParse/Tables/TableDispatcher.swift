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
        context.frontValues.currency = currency
        context.frontValues.rates = rates
        var kinds = TableKindCatalogue.kinds(for: task).map { $0.init(context: &context) }
        var previous: Block?
        var claimedAny = false
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
                if claim != nil { claimedAny = true }
                switch claim {
                case .records: context.modelled.insert(table.location)
                case .partOfSection: break
                case nil: if let task { context.diagnostics.append(proseTable(table, task: task, context: context)) }
                }
            }
            previous = block
        }
        for index in kinds.indices { kinds[index].finish(context: &context) }
        // A ticketing export is read as a roster after this walk (TicketExportParser), not as tables.
        if let task, !kinds.isEmpty, !claimedAny, !context.gaveRecords, !Self.hasFacts(document), document.ticketExport == nil {
            context.diagnostics.append(emptyTask(document, task: task, context: context))
        }
        return context
    }

    /// Front matter beyond `task:` (a T5 file's venue facts) is content of its own.
    static func hasFacts(_ document: Document) -> Bool {
        guard let pairs = document.frontMatter?.pairs else { return false }
        return pairs.contains { $0.key != "task" }
    }

    /// `format.empty-task`: a file of a task that reads tables, from which nothing was read.
    static func emptyTask(_ document: Document, task: TaskCode, context: ParseContext) -> Diagnostic {
        let name = (document.path as NSString).lastPathComponent
        let hints = TableKindCatalogue.kinds(for: task).map { $0.howToClaim(context.vocabulary) }
        return Diagnostic(FormatRules.emptyTask, at: SourceLocation(file: document.path, line: 1, column: 1), LocalizedText(
            zh: "\(name) 屬於 \(task.rawValue)，但沒有 \(task.rawValue) 要讀的表格：這個檔案只當成文字顯示，沒有檢查任何項目",
            en: "\(name) belongs to \(task.rawValue) but holds none of \(task.rawValue)'s tables: it is shown as text and nothing in it is checked"),
            hint: LocalizedText(zh: hints.map(\.zhTW).joined(separator: " "), en: hints.map(\.en).joined(separator: " ")))
    }

    /// `format.prose-table`, naming the table by its header and saying what would make it records.
    static func proseTable(_ table: Table, task: TaskCode, context: ParseContext) -> Diagnostic {
        var header = table.header.map(\.text).joined(separator: " | ")
        if header.count > 60 { header = String(header.prefix(60)) + "…" }
        let hints = TableKindCatalogue.kinds(for: task).map { $0.howToClaim(context.vocabulary) }.filter { !$0.en.isEmpty }
        let hint = hints.isEmpty
            ? LocalizedText(zh: "\(task.rawValue) 沒有要檢查的表格，這張表照原樣顯示；若本來就是說明用的表格，可以不理會。",
                            en: "evplan checks no tables in \(task.rawValue); this one is shown as written. If it is there to explain, ignore this.")
            : LocalizedText(zh: hints.map(\.zhTW).joined(separator: " "), en: hints.map(\.en).joined(separator: " "))
        return Diagnostic(FormatRules.proseTable, at: table.location, LocalizedText(
            zh: "表格「\(header)」沒有被讀成紀錄，只當成文字顯示，不會檢查", en: "The table “\(header)” is read as prose: shown as written, not checked"),
            hint: hint)
    }
}

import EvplanDocument
import EvplanModel
import Foundation

/// Turns a ticketing export (KKTIX attendees or orders, Accupass) into the roster: one `Attendee` per ticket, one
/// `TicketOrder` per order (the desk's attendance export: `AttendanceExportParser`), with a mobile number whose leading 0 a spreadsheet dropped given back and reported.
enum TicketExportParser {
    static func read(_ table: TicketExportTable, path: String, context: inout ParseContext) {
        context.append(\.roster.sources, TicketExportSource(path: path, format: table.format, encoding: table.encoding, rowCount: table.rows.count))
        switch table.format {
        case .kktixAttendees: readAttendees(table, fields: .kktix, context: &context)
        case .accupass: readAttendees(table, fields: .accupass, context: &context)
        case .kktixOrders: readOrders(table, context: &context)
        case .deskAttendance: AttendanceExportParser.read(table, context: &context)
        }
    }

    /// Which header holds each field, per system.
    struct Fields {
        var ticketNumber: [String], qr: [String], checkin: [String], name: [String], phone: [String], email: [String]
        var type: [String], order: [String], status: [String], price: [String], system: [String]

        static let kktix = Fields(
            ticketNumber: TicketExportFields.kktixTicketNumber, qr: TicketExportFields.kktixQR, checkin: TicketExportFields.kktixCheckin,
            name: TicketExportFields.kktixName + ["Nickname / 暱稱"], phone: TicketExportFields.kktixPhone, email: TicketExportFields.kktixEmail,
            type: TicketExportFields.kktixTicketType, order: TicketExportFields.kktixOrder, status: TicketExportFields.kktixPayment,
            price: TicketExportFields.kktixPrice, system: TicketExportFields.kktixSystem)
        static let accupass = Fields(
            ticketNumber: TicketExportFields.accupassTicketNumber, qr: TicketExportFields.accupassQR, checkin: [],
            name: TicketExportFields.accupassName, phone: TicketExportFields.accupassPhone, email: TicketExportFields.accupassEmail,
            type: TicketExportFields.accupassTicketType, order: TicketExportFields.accupassOrder, status: TicketExportFields.accupassStatus,
            price: TicketExportFields.accupassPrice, system: TicketExportFields.accupassSystem)
    }

    static func readAttendees(_ table: TicketExportTable, fields: Fields, context: inout ParseContext) {
        let number = table.column(fields.ticketNumber), qr = table.column(fields.qr), checkin = table.column(fields.checkin)
        let name = table.column(fields.name), phone = table.column(fields.phone), email = table.column(fields.email)
        let type = table.column(fields.type), order = table.column(fields.order), status = table.column(fields.status)
        let price = table.column(fields.price)
        let systemKeys = Set(fields.system.map { $0.lowercased().filter { !$0.isWhitespace } })
        let questions = table.header.indices.filter { !systemKeys.contains(table.header[$0].text.lowercased().filter { !$0.isWhitespace }) }
        for (index, row) in table.rows.enumerated() {
            func cell(_ column: Int?) -> Cell? {
                guard let column, column < row.count, !row[column].isBlank else { return nil }
                return row[column]
            }
            let rowLocation = row.first?.location ?? SourceLocation(file: context.document.path, line: index + 2, column: 1)
            let typeCell = cell(type)
            let ticketType = Located(typeCell?.text ?? "", at: typeCell?.location ?? rowLocation)
            var amount: Decimal?
            if let priceCell = cell(price) {
                amount = context.cells.value(priceCell, MoneyParser.parse, LocalizedText(zh: "票價", en: "a ticket price"), example: "1290、1290.0")?.value
            }
            let answers = questions.compactMap { column -> ExtraCell? in
                guard let answer = cell(column) else { return nil }
                return ExtraCell(header: table.header[column].text, value: answer.text)
            }
            context.append(\.roster.attendees, Attendee(
                ticketNumber: cell(number)?.text ?? "\(index + 1)", qrSerial: cell(qr)?.text, checkinCode: cell(checkin)?.text,
                name: cell(name)?.text ?? "", phone: repairedPhone(cell(phone), context: &context), email: cell(email)?.text,
                ticketType: ticketType, orderID: cell(order)?.text, status: ticketStatus(cell(status), context: &context), price: amount,
                answers: answers, location: rowLocation))
        }
    }

    static func readOrders(_ table: TicketExportTable, context: inout ParseContext) {
        let id = table.column(TicketExportFields.orderID), state = table.column(TicketExportFields.orderTicketState)
        let payment = table.column(TicketExportFields.orderPayment), count = table.column(TicketExportFields.orderCount)
        let total = table.column(TicketExportFields.orderTotal), refunded = table.column(TicketExportFields.orderRefundTime)
        for row in table.rows {
            func text(_ column: Int?) -> String {
                guard let column, column < row.count else { return "" }
                return row[column].text
            }
            guard !text(id).isEmpty, let location = row.first?.location else { continue }
            let stateText = text(state).lowercased(), paymentText = text(payment)
            let status: TicketStatus
            if paymentText.contains("退款") || !text(refunded).isEmpty {
                status = .refunded
            } else if stateText.contains("cancel") || stateText.contains("取消") {
                status = .cancelled
            } else if paymentText.contains("未") {
                status = .pending
            } else {
                status = .paid
            }
            context.append(\.roster.orders, TicketOrder(
                id: text(id), status: status, ticketCount: Int(text(count)) ?? 1, total: MoneyParser.parse(text(total)), location: location))
        }
    }

    /// A ticket's status from the words KKTIX (`paid`, `unpaid`, `cancelled`, `refunded`) and Accupass (已付款,
    /// 報名成功, 待付款, 已取消, 已退款) write. A blank status is a ticket issued (the export lists tickets issued);
    /// a word not known is read as paid too, but said, since the desk would then welcome the ticket.
    static func ticketStatus(_ cell: Cell?, context: inout ParseContext) -> TicketStatus {
        if let status = ticketStatus(cell?.text) { return status }
        if let cell {
            context.diagnostics.append(Diagnostic(FormatRules.statusUnread, at: cell.location, LocalizedText(
                zh: "票券狀態「\(cell.text)」不是認得的字，當作已付款", en: "The ticket status “\(cell.text)” is not a known word; read as paid")))
        }
        return .paid
    }

    /// The status a word names, nil for a word not known. A blank is paid.
    static func ticketStatus(_ text: String?) -> TicketStatus? {
        let word = (text ?? "").lowercased().trimmingCharacters(in: .whitespaces)
        if word.contains("refund") || word.contains("退") { return .refunded }
        if word.contains("cancel") || word.contains("取消") || word.contains("作廢") { return .cancelled }
        if word.contains("unpaid") || word.contains("pending") || word.contains("未") || word.contains("待") { return .pending }
        let paid = ["", "paid", "free", "confirmed", "completed", "success", "已付款", "付款完成", "付款成功", "報名成功", "已報名", "完成", "已完成", "免費"]
        return paid.contains(word) ? .paid : nil
    }

    /// The phone as it should be dialled. A Taiwanese mobile (09xx-xxx-xxx) that a spreadsheet read as a number has
    /// nine digits starting with 9: its 0 is put back and the cell reported.
    static func repairedPhone(_ cell: Cell?, context: inout ParseContext) -> String? {
        guard let cell else { return nil }
        let digits = cell.text.filter(\.isNumber)
        let compact = cell.text.filter { !$0.isWhitespace && $0 != "-" }
        guard compact == digits, digits.count == 9, digits.hasPrefix("9") else { return cell.text }
        let repaired = "0" + digits
        context.diagnostics.append(Diagnostic(FormatRules.phoneRepaired, at: cell.location, LocalizedText(
            zh: "手機號碼「\(cell.text)」少了開頭的 0，當作 \(repaired)", en: "The mobile number “\(cell.text)” lost its leading 0; read as \(repaired)")))
        return repaired
    }
}

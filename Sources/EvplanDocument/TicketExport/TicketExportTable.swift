import EvplanModel

/// A ticketing export as read: its format (recognised by its headers), its header and rows as cells. A cell's
/// location is its row's first line and its field's number (1 = the spreadsheet's column A).
public struct TicketExportTable: Sendable {
    public var format: TicketExportFormat
    public var encoding: String
    public var header: [Cell]
    public var rows: [[Cell]]

    public init(format: TicketExportFormat, encoding: String, header: [Cell], rows: [[Cell]]) {
        self.format = format
        self.encoding = encoding
        self.header = header
        self.rows = rows
    }

    /// The index of the first header among `names` (compared without spaces and case), in the order given.
    public func column(_ names: [String]) -> Int? {
        let keys = header.map { TicketExportTable.key($0.text) }
        for name in names {
            if let index = keys.firstIndex(of: TicketExportTable.key(name)) { return index }
        }
        return nil
    }

    static func key(_ header: String) -> String {
        header.lowercased().filter { !$0.isWhitespace }
    }
}

/// The headers each ticketing system writes, by field; the first of each list is the one the system writes today.
public enum TicketExportFields {
    // KKTIX attendee export (Chinese headers, then the English ones of older exports).
    public static let kktixTicketNumber = ["報名序號", "Registration No."]
    public static let kktixTicketType = ["票種", "Ticket Type"]
    public static let kktixQR = ["QR Code 序號", "QR Code Serial No."]
    public static let kktixCheckin = ["檢查碼", "Checkin Code"]
    public static let kktixOrder = ["訂單編號", "Order Number"]
    public static let kktixPayment = ["票券付款狀態", "付款狀態", "Payment Status"]
    public static let kktixPrice = ["票面價格", "Price"]
    public static let kktixName = ["聯絡人 姓名", "Contact Name"]
    public static let kktixEmail = ["聯絡人 Email", "Contact Email"]
    public static let kktixPhone = ["聯絡人 手機", "Contact Mobile"]
    /// Columns of the system itself, not questions of the form.
    public static let kktixSystem = ["Id", "標籤", "Tags", "售出日期", "Paid Date", "Attendance Book", "Nickname / 暱稱"]
        + kktixTicketNumber + kktixTicketType + kktixQR + kktixCheckin + kktixOrder + kktixPayment + kktixPrice + kktixName + kktixEmail + kktixPhone

    // KKTIX order export.
    public static let orderID = ["訂單編號"]
    public static let orderTicketState = ["票券狀態"]
    public static let orderPayment = ["付款狀態"]
    public static let orderCount = ["購買票券數量"]
    public static let orderTotal = ["票券總價"]
    public static let orderRefundTime = ["退款時間"]

    // Accupass participant export.
    public static let accupassOrder = ["訂單編號"]
    public static let accupassTicketNumber = ["票號", "票券編號"]
    public static let accupassStatus = ["狀態", "訂單狀態", "報名狀態", "票券狀態"]
    public static let accupassTicketType = ["票種", "票種名稱", "票券名稱"]
    public static let accupassPrice = ["票價(NT)", "票價（NT）", "票價"]
    public static let accupassName = ["參加人姓名", "參加人 姓名", "參加人"]
    public static let accupassEmail = ["參加人Email", "參加人 Email", "參加人電子郵件"]
    public static let accupassPhone = ["參加人手機", "參加人 手機", "參加人電話", "參加人手機號碼"]
    public static let accupassQR = ["QR Code", "QRCode", "票券QR Code"]
    public static let accupassSystem = ["訂購人姓名", "訂購人Email", "訂購人手機", "訂購時間", "付款方式", "付款時間"]
        + accupassOrder + accupassTicketNumber + accupassStatus + accupassTicketType + accupassPrice + accupassName + accupassEmail
        + accupassPhone + accupassQR

    // The check-in desk's attendance export (`evplan desk --export-attendance`, `GET /export/attendance.csv`): zh-TW
    // headers, then the English ones of a plan with `lang: en`. The first of each list is the one the desk writes.
    public static let deskTicketNumber = ["票號", "Ticket number"]
    public static let deskQR = ["QR Code 序號", "QR serial"]
    public static let deskName = ["姓名", "Name"]
    public static let deskTicketType = ["票種", "Ticket type"]
    public static let deskStatus = ["票券狀態", "Status"]
    public static let deskCheckedInAt = ["報到時間", "Checked in at"]
    public static let deskDesk = ["報到櫃台", "報到櫃檯", "Desk"]
    public static let deskScans = ["報到次數", "Scans"]

    /// The header row the desk writes, in its order, in the plan's language (the first name of each field).
    public static func deskHeader(_ language: Language) -> [String] {
        [deskTicketNumber, deskQR, deskName, deskTicketType, deskStatus, deskCheckedInAt, deskDesk, deskScans]
            .map { language == .zhTW ? $0[0] : $0[$0.count - 1] }
    }

    /// The format whose headers these are, or nil for a CSV no ticketing system wrote.
    public static func format(of header: [String]) -> TicketExportFormat? {
        let keys = Set(header.map(TicketExportTable.key))
        func has(_ names: [String]) -> Bool { names.contains { keys.contains(TicketExportTable.key($0)) } }
        // First: the desk's export also has 票種 and QR Code 序號, like KKTIX's, and 票號, like Accupass's.
        if has(deskCheckedInAt), has(deskDesk), has(deskTicketNumber) || has(kktixTicketNumber) { return .deskAttendance }
        if has(accupassTicketNumber), has(accupassOrder), header.contains(where: { $0.hasPrefix("參加人") }), has(accupassStatus) || has(accupassPrice) {
            return .accupass
        }
        if has(kktixTicketNumber), has(kktixTicketType), has(kktixQR) || has(kktixCheckin) { return .kktixAttendees }
        if has(orderID), has(orderTicketState), has(orderPayment), has(orderCount) { return .kktixOrders }
        return nil
    }
}

import EvplanModel
import Foundation

/// A ticketing export's bytes as text. Exports come as UTF-8 (KKTIX, with or without the BOM Excel wants) or, saved
/// again from an old Excel, as Big5 (CP950), converted by `TextDecoder.big5ToUTF8` like a spreadsheet plan file.
enum TicketExportText {
    static func decode(_ data: Data) -> (text: String, encoding: String)? {
        var bytes = [UInt8](data)
        var encoding = "UTF-8"
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            encoding = "UTF-8 with BOM"
        }
        if bytes.contains(0) { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, encoding) }
        if let text = big5(bytes) { return (text, "Big5") }
        return nil
    }

    /// CP950 (Big5 as Windows writes it) to a String, through the plan files' decoder; nil when not Big5 either.
    static func big5(_ bytes: [UInt8]) -> String? {
        TextDecoder.big5ToUTF8(bytes).flatMap { String(validating: $0, as: UTF8.self) }
    }
}

import EvplanModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ticketing export's bytes as text. Exports come as UTF-8 (KKTIX, with or without the BOM Excel wants) or, saved
/// again from an old Excel, as Big5 (CP950). Big5 goes through iconv here, on its own; the plan files' decoder
/// (TextDecoder) is the other path and the two are to be folded into one.
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

    /// CP950 (Big5 as Windows writes it) to a String through iconv; nil when the bytes are not Big5 either.
    static func big5(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "CP950")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[0..<converted], as: UTF8.self)
    }
}

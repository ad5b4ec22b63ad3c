import EvplanModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes a plan file as UTF-8, accepting a BOM and CRLF (or CR) line ends, and says plainly when a file is in
/// another encoding (an old Big5 file, or UTF-16 saved by Windows Notepad).
enum TextDecoder {
    struct Problem: Error {
        var line: Int
        var column: Int
        var message: LocalizedText
        /// True when the bytes are simply not UTF-8 (rather than UTF-16 or binary).
        var isNotUTF8 = false

        func location(in path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
    }

    /// The encoding a file turned out to be in.
    enum Encoding: Equatable {
        case utf8
        /// Big5 as Windows writes it (code page 950), the usual encoding of a spreadsheet saved as CSV on a
        /// Traditional Chinese Windows.
        case big5
    }

    /// Decodes UTF-8, or, when `allowingBig5` and the bytes are not UTF-8 but are valid Big5 (CP950), Big5.
    /// Readers of files that spreadsheets write (CSV, a ticketing system's export) allow Big5; Markdown files do not.
    static func decode(_ data: Data, allowingBig5: Bool) -> Result<(text: String, encoding: Encoding), Problem> {
        let utf8 = decode(data)
        guard allowingBig5, case let .failure(problem) = utf8, problem.isNotUTF8 else {
            return utf8.map { (text: $0, encoding: .utf8) }
        }
        guard let converted = big5ToUTF8([UInt8](data)) else { return .failure(problem) }
        switch decode(Data(converted)) {
        case let .success(text): return .success((text: text, encoding: .big5))
        case .failure: return .failure(problem)
        }
    }

    /// Big5 (CP950) bytes as UTF-8 through the C library's iconv, nil when they are not valid Big5 or iconv has no
    /// CP950 (then BIG5 is tried).
    static func big5ToUTF8(_ input: [UInt8]) -> [UInt8]? {
        var converter = iconv_open("UTF-8", "CP950")
        if converter == iconv_t(bitPattern: -1) { converter = iconv_open("UTF-8", "BIG5") }
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var source = input
        // A Big5 character is two bytes and at most three in UTF-8; ASCII stays one byte.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let written: Int? = source.withUnsafeMutableBufferPointer { sourceBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = sourceBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                guard inLeft > 0 else { return 0 }
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                // Any byte left over (an invalid or cut-off sequence) means the file is not Big5 either.
                guard result != -1, inLeft == 0 else { return nil }
                return outputBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output.prefix(written))
    }

    static func decode(_ data: Data) -> Result<String, Problem> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(line: 1, column: 1, message: LocalizedText(
                zh: "檔案是 UTF-16 編碼，evplan 只讀 UTF-8", en: "The file is UTF-16; evplan reads UTF-8 only")))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if TextDecoder.contains(0, in: bytes) {
            return .failure(Problem(line: 1, column: 1, message: LocalizedText(
                zh: "檔案含有 NUL 位元組，看起來不是文字檔", en: "The file contains NUL bytes; it does not look like text")))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(bytes)
            return .failure(Problem(line: line, column: column, message: LocalizedText(
                zh: "檔案不是 UTF-8 編碼（第 \(line) 行起；可能是 Big5）", en: "The file is not UTF-8 (from line \(line); Big5, perhaps)"), isNotUTF8: true))
        }
        // CRLF to LF on the bytes: Foundation's replacingOccurrences walks the whole file through NSString.
        guard TextDecoder.contains(UInt8(ascii: "\r"), in: bytes) else { return .success(text) }
        var unixBytes: [UInt8] = []
        unixBytes.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count {
                let byte = buffer[index]
                guard byte == UInt8(ascii: "\r") else { unixBytes.append(byte); continue }
                // CRLF loses its CR; a lone CR (classic Mac OS) is a line end of its own, as cmark reads it, so line
                // numbers and columns stay those of the planner's editor.
                if index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") { continue }
                unixBytes.append(UInt8(ascii: "\n"))
            }
        }
        return .success(String(decoding: unixBytes, as: UTF8.self))
    }

    /// `memchr`: the generic `contains` costs a tenth of a second a megabyte in a debug build.
    private static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// Line and character column of the first byte that is not valid UTF-8.
    private static func firstInvalidPosition(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            // The second byte's range also rules out overlong forms, UTF-16 surrogates (ED A0…) and code points past U+10FFFF.
            let second: ClosedRange<UInt8> = switch byte {
            case 0xE0: 0xA0...0xBF
            case 0xED: 0x80...0x9F
            case 0xF0: 0x90...0xBF
            case 0xF4: 0x80...0x8F
            default: 0x80...0xBF
            }
            let valid = length > 0 && index + length <= bytes.count
                && (length == 1 || second.contains(bytes[index + 1]))
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return (line, column)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}

import CQRencode
import Foundation

/// A QR code (libqrencode, error correction M, 8-bit mode) drawn as an inline SVG of dark modules with the four-module
/// quiet zone scanners need.
package enum QRCodeSVG {
    /// The modules of `text`'s QR code, row by row (true = dark), and the side in modules; nil when it cannot be encoded.
    package static func matrix(_ text: String) -> (side: Int, dark: [Bool])? {
        guard !text.isEmpty, let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let side = Int(code.pointee.width)
        guard let data = code.pointee.data else { return nil }
        return (side, (0..<(side * side)).map { data[$0] & 1 == 1 })
    }

    static func svg(_ text: String, label: String) -> String? {
        guard let (side, dark) = matrix(text) else { return nil }
        let quiet = 4, total = side + 2 * quiet
        var path = ""
        for row in 0..<side {
            var column = 0
            while column < side {
                guard dark[row * side + column] else { column += 1; continue }
                var run = 1
                while column + run < side, dark[row * side + column + run] { run += 1 }
                path += "M\(column + quiet) \(row + quiet)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 \(total) \(total)\" width=\"\(total * 4)\" height=\"\(total * 4)\" "
            + "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
            + "<rect width=\"\(total)\" height=\"\(total)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

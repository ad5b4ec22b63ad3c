import EvplanRender

/// A QR code drawn in the terminal, so a phone or tablet joins a desk by scanning the laptop's screen instead of
/// typing the address and its token. Two module rows per text line (half blocks), black on white whatever the
/// terminal's colours, with the quiet zone scanners need.
enum TerminalQRCode {
    static func lines(_ text: String) -> [String]? {
        guard let (side, dark) = QRCodeSVG.matrix(text) else { return nil }
        let quiet = 2
        let total = side + 2 * quiet
        func isDark(_ row: Int, _ column: Int) -> Bool {
            let r = row - quiet, c = column - quiet
            guard r >= 0, r < side, c >= 0, c < side else { return false }
            return dark[r * side + c]
        }
        return stride(from: 0, to: total, by: 2).map { row in
            let cells = (0..<total).map { column -> Character in
                switch (isDark(row, column), isDark(row + 1, column)) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            }
            // Black modules on a white ground, then back to the terminal's own colours.
            return "\u{1B}[30;47m" + String(cells) + "\u{1B}[0m"
        }
    }
}

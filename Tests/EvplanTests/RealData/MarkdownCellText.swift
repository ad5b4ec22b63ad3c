/// Text made safe for one GFM table cell: Markdown punctuation is backslash-escaped (`|` as `\|`), so the cell
/// reads back as exactly the text written; line breaks, which would end the row, become spaces.
enum MarkdownCellText {
    static let escaped: Set<Character> = ["\\", "|", "`", "*", "_", "[", "]", "<", ">", "&", "~"]

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
                continue
            }
            if escaped.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

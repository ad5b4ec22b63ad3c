/// A template that cannot be used: it does not parse, or it names a partial that does not exist.
/// Points into the file the planner wrote (their plan's `Templates/…`), so an editor can jump there.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

import Foundation

/// One deliverable, ready to be written into the output folder.
public struct RenderedFile: Sendable {
    /// Relative to the output folder, e.g. `budget.html`.
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}

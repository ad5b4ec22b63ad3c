import EvplanModel
import Foundation

/// What the loader asks of every reader, whatever the file's format.
public struct PlanFileReadOptions: Sendable {
    /// Set by event.md's `raw_html:`: raw HTML reaches the pages instead of being shown as text.
    public var allowRawHTML: Bool
    /// The plan folder: images inside it are embedded in the pages; without it they are shown as links.
    public var planRoot: String?

    public init(allowRawHTML: Bool, planRoot: String? = nil) {
        self.allowRawHTML = allowRawHTML
        self.planRoot = planRoot
    }
}

/// Turns one plan file's bytes into a `Document`: front matter, and headings, tables and prose, each with the place it
/// came from. The loader picks a reader by file extension (`PlanFileReaders`); a new file format is one new reader.
public protocol PlanFileReader: Sendable {
    /// The file-name extensions this reader reads, lowercased, without the dot (`md`).
    var fileExtensions: [String] { get }

    /// The document of the file at `path` (as the user would open it), or nil when it cannot be read at all, with
    /// what reading found (encoding, front matter).
    func read(_ data: Data, path: String, options: PlanFileReadOptions) -> (document: Document?, diagnostics: [Diagnostic])

    /// True when only files named for a task (`T3-budget.csv`) are plan files; others of the format are left alone.
    var readsTaskFilesOnly: Bool { get }
    /// Whether this reader takes the file; by default, when its extension is one of `fileExtensions`.
    func reads(fileName: String) -> Bool
}

extension PlanFileReader {
    public var readsTaskFilesOnly: Bool { false }

    public func reads(fileName: String) -> Bool {
        let lowered = fileName.lowercased()
        return fileExtensions.contains { lowered.hasSuffix("." + $0) }
    }
}

/// The readers evplan knows, in the order they are asked.
public enum PlanFileReaders {
    /// The ticketing-export reader comes first: it takes `attendees.csv` and `T8-*.csv` exports before the table
    /// reader, and hands a T8 CSV that is no export on to it.
    public static let all: [any PlanFileReader] = [TicketExportReader(), MarkdownReader(), DelimitedReader()]

    /// The reader of a file, by its name's extension (any case); nil for a file evplan does not read.
    public static func reader(forFileName name: String) -> (any PlanFileReader)? {
        all.first { $0.reads(fileName: name) }
    }

    /// Whether the file is one of a plan's files: a reader reads it, and it is named for a task when the reader
    /// needs that (a `.csv` that is not `T3-….csv` is not the plan's).
    public static func isPlanFile(named name: String) -> Bool {
        guard let reader = reader(forFileName: name) else { return false }
        return !reader.readsTaskFilesOnly || TaskAssignment.code(prefixOf: name) != nil
    }
}

import EvplanModel

/// A plan file after loading: its front matter and its body as a flat list of blocks,
/// every block and table cell carrying the place it came from.
public struct Document: Sendable {
    /// The path as the user would open it.
    public var path: String
    public var frontMatter: FrontMatterValue?
    public var blocks: [Block]
    /// For a ticketing export (`attendees.csv`, `T8-*.csv`): its rows; such a document has no blocks.
    public var ticketExport: TicketExportTable?

    public init(path: String, frontMatter: FrontMatterValue?, blocks: [Block]) {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
    }

    /// The first level-1 heading, used as the file's title.
    public var title: String? {
        for case let .heading(heading) in blocks where heading.level == 1 { return heading.text }
        return nil
    }
}

public enum Block: Sendable {
    case heading(Heading)
    case table(Table)
    /// Anything else (paragraphs, lists, quotes, code), already rendered to safe HTML.
    case prose(Prose)
}

public struct Heading: Sendable {
    public var level: Int
    public var text: String
    public var location: SourceLocation
    /// Where the heading's text starts (after the `## `).
    public var textLocation: SourceLocation
}

public struct Prose: Sendable {
    public var html: String
    /// The same content as plain text (paragraphs joined by spaces), for one-line values such as a headline.
    public var text: String
    public var location: SourceLocation
}

public struct Cell: Sendable, Hashable {
    /// The cell's text as plain text (Markdown emphasis and links reduced to their words), trimmed.
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var isBlank: Bool { text.isEmpty }
}

public struct Table: Sendable {
    public var header: [Cell]
    public var rows: [[Cell]]
    public var location: SourceLocation
    /// Cells that a row has beyond the header's columns: GFM drops them, evplan reports them.
    public var cellsBeyondHeader: [Cell]
    let htmlSource: TableHTML

    /// The table as HTML, for tables that end up as prose (sections evplan does not model).
    public var html: String { htmlSource.html }
}

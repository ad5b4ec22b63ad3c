import EvplanDocument
import EvplanModel

/// A level-2 section of a plan file: its heading and everything up to the next level-1 or level-2 heading.
struct Section {
    var heading: Heading?
    var blocks: [Block]

    var title: String { heading?.text ?? "" }

    static func split(_ document: Document) -> [Section] {
        var sections: [Section] = [Section(heading: nil, blocks: [])]
        for block in document.blocks {
            if case let .heading(heading) = block, heading.level <= 2 {
                sections.append(Section(heading: heading, blocks: []))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections.filter { $0.heading != nil || !$0.blocks.isEmpty }
    }

    var tables: [Table] {
        blocks.compactMap { if case let .table(table) = $0 { table } else { nil } }
    }
}

/// Gathers the prose of a file (everything that is not a table evplan models) under its headings, for the proposal.
struct ProseCollector {
    private(set) var sections: [ProseSection] = []
    private var current: ProseSection?

    mutating func heading(_ heading: Heading) {
        flush()
        current = ProseSection(heading: heading.text, level: heading.level, html: "", location: heading.location)
    }

    mutating func html(_ html: String, at location: SourceLocation) {
        if current == nil { current = ProseSection(heading: nil, level: 0, html: "", location: location) }
        current?.html += html
    }

    mutating func finish() -> [ProseSection] {
        flush()
        return sections
    }

    private mutating func flush() {
        if let section = current { sections.append(section) }
        current = nil
    }

    /// Collects every block of `document` except the tables in `modelled`, which deliverables show in their own form.
    static func collect(_ document: Document, skipping modelled: Set<SourceLocation>) -> [ProseSection] {
        var collector = ProseCollector()
        for block in document.blocks {
            switch block {
            case let .heading(heading): collector.heading(heading)
            case let .prose(prose): collector.html(prose.html, at: prose.location)
            case let .table(table) where !modelled.contains(table.location): collector.html(table.html, at: table.location)
            case .table: break
            }
        }
        return collector.finish()
    }
}

import EvplanDocument
import EvplanModel
import Foundation

/// T7: the press release section, whose level-3 headings name its parts. Its tables are part of the release's text, so
/// they stay prose without a `format.prose-table`. A plan has one press release: the first such section of a file.
struct PressReleaseKind: PlanPartKind {
    static let task = TaskCode.t7

    enum Part: String, CaseIterable {
        // 副標題 holds 標題 and Subtitle holds Title: the subhead is matched first.
        case subheadline, headline, dateline, body, about, contact
    }

    private var seen = false
    private var inSection = false

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        guard heading.level <= 2 else { return }
        inSection = !seen && context.vocabulary.heading(heading.text, names: "pressRelease")
        seen = seen || inSection
    }

    func expectsTables(_ context: ParseContext) -> Bool { false }

    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? {
        inSection ? .partOfSection : nil
    }

    mutating func finish(context: inout ParseContext) {
        if let section = Section.split(context.document).first(where: { context.vocabulary.heading($0.title, names: "pressRelease") }) {
            context.set(\.pressRelease, Self.parse(section, vocabulary: context.vocabulary))
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "pressRelease")
        return LocalizedText(zh: "只有標題含「\(section.zh)」的段落會被讀成新聞稿；其他表格照原樣顯示。",
                             en: "Only a section whose heading contains “\(section.en)” is read, as the press release; other tables are shown as written.")
    }

    static func parse(_ section: Section, vocabulary: Vocabulary) -> PressRelease {
        var release = PressRelease(location: section.heading?.location ?? SourceLocation(file: "", line: 1, column: 1))
        var part: Part?
        var partLocation: SourceLocation?
        var html = ""
        var text = ""

        func finish() {
            guard let part, let partLocation else { return }
            let trimmed = text.trimmedOfWhitespaceAndNewlines
            guard !trimmed.isEmpty else { return }
            switch part {
            case .headline: release.headline = Located(trimmed, at: partLocation)
            case .subheadline: release.subheadline = Located(trimmed, at: partLocation)
            case .about: release.aboutHTML = html
            case .dateline:
                release.dateline = Located(trimmed, at: partLocation)
                let read = Dateline.read(trimmed)
                release.datelineDate = read.date
                release.datelinePlace = read.place
            case .contact: release.contact = Located(trimmed, at: partLocation)
            case .body:
                release.bodyHTML = html
                release.bodyLocation = partLocation
            }
        }

        for block in section.blocks {
            switch block {
            case let .heading(heading):
                finish()
                part = Part.allCases.first { vocabulary.heading(heading.text, names: "pressRelease." + $0.rawValue) }
                if part == .about { release.aboutHeading = heading.text }
                partLocation = nil
                html = ""
                text = ""
            case let .prose(prose):
                if partLocation == nil { partLocation = prose.location }
                html += prose.html
                text += prose.text + "\n"
            case let .table(table):
                if partLocation == nil { partLocation = table.location }
                html += table.html
                text += table.rows.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\n") + "\n"
            }
        }
        finish()
        return release
    }
}

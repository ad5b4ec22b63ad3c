import EvplanDocument
import EvplanModel
import Foundation

/// T7: the press release section, whose level-3 headings name its parts.
enum PressReleaseParser {
    enum Part: CaseIterable {
        case headline, dateline, body, contact

        var aliases: [String] {
            switch self {
            case .headline: ["標題", "Headline", "Title"]
            case .dateline: ["發布", "發稿", "日期地點", "Dateline", "Release date"]
            case .body: ["內文", "本文", "正文", "Body", "Text"]
            case .contact: ["聯絡人", "聯絡", "Contact"]
            }
        }
    }

    static func parse(_ section: Section) -> PressRelease {
        var release = PressRelease(location: section.heading?.location ?? SourceLocation(file: "", line: 1, column: 1))
        var part: Part?
        var partLocation: SourceLocation?
        var html = ""
        var text = ""

        func finish() {
            guard let part, let partLocation else { return }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            switch part {
            case .headline: release.headline = Located(trimmed, at: partLocation)
            case .dateline: release.dateline = Located(trimmed, at: partLocation)
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
                part = Part.allCases.first { SectionAliases.matches(heading.text, $0.aliases) }
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

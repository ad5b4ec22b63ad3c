import EvplanDocument
import EvplanModel
import Foundation

/// T7: the invitation letter (`## 邀請函 Invitation`), whose prose every invitee's letter and message carries. Its tables
/// stay part of the letter. A plan has one letter: the first such section.
struct InvitationLetterKind: PlanPartKind {
    static let task = TaskCode.t7

    private var inSection = false

    init(context: inout ParseContext) {}

    mutating func heading(_ heading: Heading, context: inout ParseContext) {
        guard heading.level <= 2 else { return }
        inSection = Self.names(heading.text, context.vocabulary)
    }

    /// `## 邀請函`, but not `## Invitation list` (the invitees).
    static func names(_ heading: String, _ vocabulary: Vocabulary) -> Bool {
        vocabulary.heading(heading, names: "invitation") && !vocabulary.heading(heading, names: "invitees")
    }

    func expectsTables(_ context: ParseContext) -> Bool { false }

    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? {
        inSection ? .partOfSection : nil
    }

    mutating func finish(context: inout ParseContext) {
        guard context.records.invitation == nil,
              let section = Section.split(context.document).first(where: { Self.names($0.title, context.vocabulary) }) else { return }
        var html = ""
        var location: SourceLocation?
        for block in section.blocks {
            switch block {
            case let .prose(prose):
                html += prose.html
                location = location ?? prose.location
            case let .table(table):
                html += table.html
                location = location ?? table.location
            case let .heading(heading):
                html += "<h3>\(PlainText.escape(heading.text))</h3>\n"
                location = location ?? heading.location
            }
        }
        guard !html.trimmedOfWhitespaceAndNewlines.isEmpty, let location else { return }
        context.set(\.invitation, InvitationLetter(html: html, text: PlainText.from(html: html), location: location))
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText {
        let section = vocabulary.example(section: "invitation")
        return LocalizedText(zh: "標題含「\(section.zh)」的段落是邀請函的內文，其中的表格照原樣放進每封邀請函。",
                             en: "A section whose heading contains “\(section.en)” is the invitation letter; tables in it go into every letter as written.")
    }
}

/// The planner's lessons after the event (`## 檢討 Lessons`), for the closure report; read in T2 and T7 files.
protocol LessonsSectionKind: PlanPartKind {}

extension LessonsSectionKind {
    func expectsTables(_ context: ParseContext) -> Bool { false }
    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? { nil }

    mutating func finish(context: inout ParseContext) {
        for section in Section.split(context.document) where section.heading.map({ context.vocabulary.heading($0.text, names: "lessons") }) ?? false {
            guard let heading = section.heading else { continue }
            var html = ""
            for block in section.blocks {
                switch block {
                case let .prose(prose): html += prose.html
                case let .table(table): html += table.html
                case let .heading(sub): html += "<h3>\(PlainText.escape(sub.text))</h3>\n"
                }
            }
            guard !html.isEmpty else { continue }
            context.append(\.lessons, ProseSection(heading: heading.text, level: heading.level, html: html, location: heading.location))
        }
    }

    /// Takes no tables, so it has nothing to say about one (`format.prose-table`).
    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText { LocalizedText(zh: "", en: "") }
}

struct ProjectLessonsKind: LessonsSectionKind {
    static let task = TaskCode.t2
    init(context: inout ParseContext) {}
}

struct MarketingLessonsKind: LessonsSectionKind {
    static let task = TaskCode.t7
    init(context: inout ParseContext) {}
}

/// T7: the market and audience analysis (`## 市場分析 Market analysis`, O7.1.2), prose the marketing page shows.
struct MarketAnalysisKind: PlanPartKind {
    static let task = TaskCode.t7
    init(context: inout ParseContext) {}
    func expectsTables(_ context: ParseContext) -> Bool { false }
    mutating func claim(_ table: Table, below previous: Block?, context: inout ParseContext) -> TableClaim? { nil }

    mutating func finish(context: inout ParseContext) {
        for section in Section.split(context.document) where section.heading.map({ context.vocabulary.heading($0.text, names: "market") }) ?? false {
            guard let heading = section.heading else { continue }
            let html = section.blocks.map { block -> String in
                switch block {
                case let .prose(prose): prose.html
                case let .table(table): table.html
                case let .heading(sub): "<h3>\(PlainText.escape(sub.text))</h3>\n"
                }
            }.joined()
            guard !html.isEmpty else { continue }
            context.append(\.marketAnalysis, ProseSection(heading: heading.text, level: heading.level, html: html, location: heading.location))
        }
    }

    static func howToClaim(_ vocabulary: Vocabulary) -> LocalizedText { LocalizedText(zh: "", en: "") }
}

/// Plain text from the sanitised HTML of prose: paragraphs and list items on lines of their own, tags dropped,
/// entities turned back into characters.
enum PlainText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func from(html: String) -> String {
        var text = ""
        var tag = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                    let closing = tag.hasPrefix("/")
                    if name == "br" || (closing && ["p", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"].contains(String(tag.dropFirst()).lowercased())) {
                        text += "\n"
                    } else if !closing && name == "li" {
                        text += "・"
                    } else if !closing && (name == "td" || name == "th") {
                        text += " "
                    }
                    tag = ""
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
            } else {
                text.append(character)
            }
        }
        let entities = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&nbsp;", " "), ("&amp;", "&")]
        for (entity, character) in entities { text = text.replacingOccurrences(of: entity, with: character) }
        // Paragraphs one blank line apart, no blank runs.
        let lines = text.components(separatedBy: "\n").map { $0.trimmedOfWhitespace }
        var paragraphs: [String] = []
        for line in lines where !line.isEmpty { paragraphs.append(line) }
        return paragraphs.joined(separator: "\n\n")
    }
}

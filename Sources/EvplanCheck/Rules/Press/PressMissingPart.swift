import Foundation
import EvplanModel

/// A press release without one of the parts a newsroom needs: headline, dateline, body and media contact.
public struct PressMissingPart: Rule {
    public static let descriptor = RuleDescriptor(
        id: "press.missing-part", severity: .error, task: .t7, competency: ["O7.2.1", "P7.2.3", "P7.2.1"],
        summary: LocalizedText(zh: "新聞稿缺少標題、發布、內文或媒體聯絡人", en: "The press release lacks a headline, dateline, body or media contact"),
        hint: LocalizedText(zh: "在「新聞稿」段落下加上 ### 標題、### 發布、### 內文、### 媒體聯絡人 四個小標題並填寫內容。",
                            en: "Under the press release section, add the sub-headings ### Headline, ### Dateline, ### Body and ### Media contact, each with its text."))

    private enum Part: CaseIterable {
        case headline, dateline, body, contact

        var name: LocalizedText {
            switch self {
            case .headline: LocalizedText(zh: "標題", en: "headline")
            case .dateline: LocalizedText(zh: "發布（日期與地點）", en: "dateline (date and place)")
            case .body: LocalizedText(zh: "內文", en: "body")
            case .contact: LocalizedText(zh: "媒體聯絡人", en: "media contact")
            }
        }

        var heading: LocalizedText {
            switch self {
            case .headline: LocalizedText(zh: "### 標題", en: "### Headline")
            case .dateline: LocalizedText(zh: "### 發布", en: "### Dateline")
            case .body: LocalizedText(zh: "### 內文", en: "### Body")
            case .contact: LocalizedText(zh: "### 媒體聯絡人", en: "### Media contact")
            }
        }
    }

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let release = context.plan.pressRelease else { return [] }
        return Part.allCases.filter { isMissing($0, in: release) }.map { part in
            diagnostic(at: release.location, LocalizedText(
                zh: "新聞稿缺少\(part.name.zhTW)", en: "The press release has no \(part.name.en)"),
                hint: LocalizedText(zh: "在新聞稿段落下加上「\(part.heading.zhTW)」並寫上\(part.name.zhTW)。",
                                    en: "Add “\(part.heading.en)” under the press release section and write its \(part.name.en) there."))
        }
    }

    private func isMissing(_ part: Part, in release: PressRelease) -> Bool {
        switch part {
        case .headline: isBlank(release.headline?.value)
        case .dateline: isBlank(release.dateline?.value)
        case .body: isBlank(release.bodyHTML.map(Self.textOfHTML))
        case .contact: isBlank(release.contact?.value)
        }
    }

    private func isBlank(_ text: String?) -> Bool {
        (text ?? "").trimmedOfWhitespaceAndNewlines.isEmpty
    }

    /// The text of rendered HTML, so that a body of only `<p></p>` counts as missing.
    private static func textOfHTML(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return text.replacingOccurrences(of: "&nbsp;", with: " ")
    }
}

import EvplanModel
import Foundation
import Mustache

/// A deliverable that is one file for other software rather than a page: a calendar (`.ics`) or a conference
/// schedule (`schedule.xml`, `schedule.json`). It serves none of the standard's outputs itself (the agenda page does),
/// has no card on the overview and no template; the overview and the agenda page link it when it is written.
/// Nothing in an export reads the clock or draws a random number: the same plan gives the same bytes.
protocol ExportDeliverable: Deliverable {
    /// The file it writes, e.g. `agenda.ics`.
    var fileName: String { get }
    /// Whether the plan holds anything to export; nothing is written otherwise.
    func hasContent(_ context: RenderContext) -> Bool
    func contents(_ context: RenderContext) -> Data
}

extension ExportDeliverable {
    var id: String { (fileName as NSString).deletingPathExtension + "-" + (fileName as NSString).pathExtension }
    var audience: Audience { .client }
    var outputCodes: [String] { [] }
    var templateNames: [String] { [] }
    var entryFile: String { fileName }
    func covers(_ outputCode: String, in context: RenderContext) -> Bool { false }
    func card(in context: RenderContext) -> DeliverableCard? { nil }

    func render(_ context: RenderContext, templates: MustacheLibrary) -> [RenderedFile] {
        guard hasContent(context) else { return [] }
        return [RenderedFile(path: fileName, contents: contents(context))]
    }
}

/// A link to one export, as the overview and the agenda page show it.
struct ExportLink: TemplateValue {
    let href: String
    let label: String
}

extension RenderContext {
    /// The exports this plan gets, in catalogue order; `only` narrows them to some file names.
    func exportLinks(only fileNames: Set<String>? = nil) -> [ExportLink] {
        DeliverableCatalogue.exports
            .filter { fileNames?.contains($0.fileName) ?? true }
            .filter { $0.hasContent(self) }
            .map { ExportLink(href: $0.fileName, label: label("page_\($0.id)")) }
    }
}

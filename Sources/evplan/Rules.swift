import ArgumentParser
import Evplan
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rule catalogue: ids, severities and competency codes.")

    enum Format: String, ExpressibleByArgument {
        case text, markdown, json
    }

    @Option(help: "text, markdown (the source of docs/rules.md) or json.")
    var format: Format = .text

    @Option(help: "Language of the descriptions: zh-TW or en.")
    var lang: String = "zh-TW"

    func run() throws {
        let language = RuleCatalogueDocument.Language(code: lang) ?? .zhTW
        switch format {
        case .text: print(RuleCatalogueDocument.text(language: language), terminator: "")
        case .markdown: print(RuleCatalogueDocument.markdown(), terminator: "")
        case .json: print(RuleCatalogueDocument.json(), terminator: "")
        }
    }
}

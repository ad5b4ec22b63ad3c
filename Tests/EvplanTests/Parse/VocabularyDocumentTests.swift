import EvplanParse
import Foundation
import XCTest

/// docs/format.md lists the names the vocabulary holds; its tables are generated (`VocabularyDocument`) and kept equal here.
final class VocabularyDocumentTests: XCTestCase {
    func testFormatDocsHoldEveryGeneratedTable() throws {
        let docs = try String(contentsOf: EvplanBinary.repositoryRoot.appendingPathComponent("docs/format.md"), encoding: .utf8)
        for table in VocabularyDocument.tables() {
            XCTAssertTrue(docs.contains(table.markdown), "docs/format.md is stale: its table of \(table.name) should read\n\(table.markdown)")
        }
    }
}

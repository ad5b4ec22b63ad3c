import EvplanDocument
import EvplanModel
import XCTest

final class LoaderTests: XCTestCase {
    func testYAMLErrorIsReportedAtThePlanFilesOwnLine() throws {
        let fixture = try PlanFixture(self, files: ["event.md": "---\nname: 測試\ndates: \"2027-03-12\n---\n# x\n"])
        let positions = fixture.positions(fixture.parse().diagnostics)
        XCTAssertEqual(positions.count, 1, "\(positions)")
        XCTAssertTrue(positions[0].hasPrefix("event.md:3:") || positions[0].hasPrefix("event.md:4:"), "\(positions)")
        XCTAssertTrue(positions[0].hasSuffix("format.front-matter"))
    }

    func testBOMAndCRLFAreAcceptedWithCorrectPositions() throws {
        let fixture = try PlanFixture(self, files: ["event.md": PlanFixture.event])
        let text = "---\r\ntask: T3\r\n---\r\n## 支出\r\n\r\n| 項目 | 單價 | 數量 | 小計 |\r\n|---|---:|---:|---:|\r\n| 場地 | 100 | 2 | 200 |\r\n"
        try fixture.write("budget.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let (plan, diagnostics) = fixture.parse()
        XCTAssertTrue(diagnostics.isEmpty, "\(fixture.positions(diagnostics))")
        let line = try XCTUnwrap(plan.budget.expenseLines.first)
        XCTAssertEqual(line.amount?.value, 200)
        XCTAssertEqual(line.amount?.location.line, 8)
        // `| 場地 | 100 | 2 | 200 |`: columns count characters, so 200 starts at column 18.
        XCTAssertEqual(line.amount?.location.column, 18)
    }

    func testBig5AndUTF16FilesGetAnEncodingDiagnosticNamingTheFile() throws {
        let fixture = try PlanFixture(self, files: ["event.md": PlanFixture.event])
        try fixture.write("T1-big5.md", bytes: [0x23, 0x20, 0xB8, 0xEA, 0xB0, 0x54, 0x0A])
        try fixture.write("T1-utf16.md", bytes: [0xFF, 0xFE, 0x23, 0x00, 0x0A, 0x00])
        let positions = fixture.positions(fixture.parse().diagnostics)
        XCTAssertEqual(positions, ["T1-big5.md:1:3 format.encoding", "T1-utf16.md:1:1 format.encoding"])
    }

    func testFilesAreAssignedByFrontMatterOrPrefixAndOthersAreReported() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event, "README.md": "# read me\n",
            "t3-budget.md": "# b\n", "venue.md": "---\ntask: T5\n---\n# v\n",
            "T10-notes.md": "# ten\n", "misc.md": "---\ntask: T9\n---\n",
        ])
        let (plan, diagnostics) = fixture.parse()
        XCTAssertEqual(plan.files.map { "\(($0.path as NSString).lastPathComponent)=\($0.task?.rawValue ?? "-")" },
                       ["T10-notes.md=-", "misc.md=-", "t3-budget.md=T3", "venue.md=T5"])
        XCTAssertEqual(fixture.positions(diagnostics), ["T10-notes.md:1:1 format.unassigned-file", "misc.md:2:7 format.unassigned-file",
                                                       // Neither has a table of its task: said so, as an info.
                                                       "t3-budget.md:1:1 format.empty-task", "venue.md:1:1 format.empty-task"])
    }

    func testMissingEventIsReported() throws {
        let fixture = try PlanFixture(self, files: ["T3-budget.md": "# b\n"])
        XCTAssertEqual(fixture.positions(fixture.parse().diagnostics), ["T3-budget.md:1:1 format.empty-task", "event.md:1:1 format.missing-event"])
    }

    func testAliasBombInFrontMatterIsRefusedQuickly() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let fixture = try PlanFixture(self, files: ["event.md": "---\n\(yaml)---\n# x\n"])
        let positions = fixture.positions(fixture.parse().diagnostics)
        XCTAssertEqual(positions, ["event.md:2:1 format.front-matter"])
    }

    func testRawHTMLInProseIsEscaped() throws {
        let fixture = try PlanFixture(self, files: ["event.md": PlanFixture.event + "\n<script>alert(1)</script>\n\nText <b onclick=x>bold</b>.\n\n- item <iframe>\n"])
        let html = fixture.parse().plan.event?.overview.map(\.html).joined() ?? ""
        XCTAssertFalse(html.contains("<script>"), html)
        XCTAssertFalse(html.contains("<b onclick"), html)
        XCTAssertFalse(html.contains("<iframe>"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html)
        XCTAssertTrue(html.contains("&lt;b onclick=x&gt;bold"), html)
    }

    func testCellsBeyondTheHeaderAreNotDroppedSilently() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T3.md": "## 支出\n\n| 項目 | 小計 |\n|---|---:|\n| 場地 | 100 | 忘了的備註 |\n",
        ])
        XCTAssertEqual(fixture.positions(fixture.parse().diagnostics), ["T3.md:5:14 format.unknown-column"])
    }

    func testFilesLoadedSideBySideKeepStrikethroughLinksAndProseTables() throws {
        // cmark-gfm shares one table of special characters among all parsers; files load on several threads, so a
        // parse that ran alongside another once lost its ~~strikethrough~~ and links.
        var files = ["event.md": PlanFixture.event]
        for index in 1...12 {
            files["T1-research-\(index).md"] = """
                # 研究 \(index)

                ~~舊場地~~改到 https://example.org/venue-\(index) 與 www.example.com。

                | 項目 | 說明 |
                |---|---|
                | 場勘 | ~~第一次~~ 第二次 |
                """
        }
        let fixture = try PlanFixture(self, files: files)
        for _ in 1...5 {
            let loaded = PlanFolderLoader.load(folder: fixture.folder.path)
            XCTAssertEqual(loaded.files.count, 12)
            for file in loaded.files {
                let html = file.document.blocks.map { block -> String in
                    switch block {
                    case let .prose(prose): prose.html
                    case let .table(table): table.html
                    case .heading: ""
                    }
                }.joined()
                XCTAssertTrue(html.contains("<del>舊場地</del>"), file.document.path)
                XCTAssertTrue(html.contains("<a href=\"https://example.org/venue-"), file.document.path)
                XCTAssertTrue(html.contains("<a href=\"http://www.example.com"), file.document.path)
                XCTAssertTrue(html.contains("<td><del>第一次</del> 第二次</td>"), file.document.path)
            }
        }
    }

    func testProseTablesRenderAsInTheWholeFileIncludingReferenceLinks() throws {
        let fixture = try PlanFixture(self, files: [
            "event.md": PlanFixture.event,
            "T6-contractors.md": """
                # 廠商
                說明文字
                | 廠商 | 網站 |
                |:---|---|
                | 音響 | [官網][sound] |

                | 項目 | 備註 |
                |---|--:|
                | 燈光 | A\\|B 與 <b>粗</b> |
                | 舞台 | ~~舊~~ *新* |

                [sound]: https://sound.example/
                """,
        ])
        let loaded = PlanFolderLoader.load(folder: fixture.folder.path)
        let tables = loaded.files[0].document.blocks.compactMap { block -> Table? in
            if case let .table(table) = block { return table }
            return nil
        }
        XCTAssertEqual(tables.count, 2)
        let linked = tables.first?.html ?? "", plain = tables.last?.html ?? ""
        XCTAssertTrue(linked.contains("<th align=\"left\">廠商</th>"), linked)
        XCTAssertTrue(linked.contains("<a href=\"https://sound.example/\">官網</a>"), linked)
        XCTAssertTrue(plain.contains("<td align=\"right\">A|B 與 &lt;b&gt;粗&lt;/b&gt;</td>"), "raw HTML stays escaped: \(plain)")
        XCTAssertTrue(plain.contains("<td align=\"right\"><del>舊</del> <em>新</em></td>"), plain)
    }
}

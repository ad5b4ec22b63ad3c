import Evplan
import EvplanModel
import Foundation
import XCTest

/// anoni.net's COSCUP 2026 track page, a real agenda written as Markdown tables (`| 時間 | 議程 | 講者 |`):
/// 16 sessions in four tables under `### Day 1：2026/08/08（六）` and `### Day 2：2026/08/09（日）`. Each time cell
/// is written `09:30-10:00<br>30 分鐘`; titles carry HTML tags and icon shortcodes.
///
/// Wrapping: the page's own front matter (title, og: …) is replaced by `task: T4`, on as many lines, so every
/// line keeps its published number. Nothing else is changed.
final class AnoniNetAgendaRealDataTests: XCTestCase {
    private static let fixture = "agenda_markdown/anoni-net_coscup-2026_zh-TW.md"

    private struct PublishedSession {
        let line: Int
        let day: String
        let start: Int
        let end: Int
        let speaker: String
    }

    private func wrapped() throws -> String {
        var lines = try RealDataFixture.text(Self.fixture).components(separatedBy: "\n")
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
            XCTFail("the page has front matter")
            return lines.joined(separator: "\n")
        }
        lines.replaceSubrange(0...close, with: ["---", "task: T4", "---"] + Array(repeating: "", count: close + 1 - 3))
        return lines.joined(separator: "\n")
    }

    /// The sessions a reader sees: every row of a table headed 時間, its time the first `HH:MM-HH:MM` of the cell,
    /// its day the last `### Day` heading above it.
    private func publishedSessions(in text: String) -> [PublishedSession] {
        var sessions: [PublishedSession] = []
        var day = ""
        var inAgendaTable = false
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("### Day"), let date = line.range(of: #"\d{4}/\d{2}/\d{2}"#, options: .regularExpression) {
                day = String(line[date])
            }
            guard line.hasPrefix("|") else { inAgendaTable = false; continue }
            let cells = PublishedTable.splitCells(line)
            if cells.first == "時間" { inAgendaTable = true; continue }
            guard inAgendaTable, !cells.allSatisfy(PublishedTable.isRule), cells.count >= 3,
                  let range = cells[0].range(of: #"\d{2}:\d{2}-\d{2}:\d{2}"#, options: .regularExpression) else { continue }
            let clock = cells[0][range].split(separator: "-").map { part -> Int in
                let hm = part.split(separator: ":").compactMap { Int($0) }
                return hm.count == 2 ? hm[0] * 60 + hm[1] : -1
            }
            sessions.append(PublishedSession(line: index + 1, day: day, start: clock[0], end: clock[1], speaker: cells[2]))
        }
        return sessions
    }

    private func check() throws -> (published: [PublishedSession], result: CheckResult) {
        let text = try wrapped()
        let folder = try TemporaryPlanFolder(label: "anoni")
        defer { folder.remove() }
        try folder.write("event.md", "---\nname: COSCUP 2026 匿名網路社群議程軌\ndates: 2026-08-08 ~ 2026-08-09\n---\n")
        try folder.write("T4-anoni-net.md", text)
        return (publishedSessions(in: text), Pipeline.check(folder: folder.path))
    }

    func testTheAgendaHasSixteenSessionsOverTwoDays() throws {
        let published = try check().published
        XCTAssertEqual(published.count, 16)
        XCTAssertEqual(Dictionary(grouping: published, by: \.day).mapValues(\.count), ["2026/08/08": 9, "2026/08/09": 7])
    }

    /// Every row is a session a reader sees at a plain time; evplan must read all 16, at those times.
    func testEveryPublishedSessionIsRead() throws {
        let (published, result) = try check()
        let sessions = result.plan.agenda.sessions
        XCTAssertEqual(sessions.count, published.count)
        let read = sessions.map { "\($0.location.line) \($0.time.value.start.minutes)-\($0.time.value.end.minutes)" }
        XCTAssertEqual(read, published.map { "\($0.line) \($0.start)-\($0.end)" })
        let unreadTimes = result.diagnostics.filter { $0.rule.id == "format.unparsable-value" }
        XCTAssertEqual(unreadTimes.map { "\($0.location.line):\($0.location.column) \($0.message.en)" }, [])
    }

    /// The page marks its days with `### Day 1：2026/08/08`: each becomes an agenda day with its sessions.
    func testLevelThreeDayHeadingsBecomeDays() throws {
        let (published, result) = try check()
        let days = result.plan.agenda.days.map { "\($0.date?.value.description ?? "-")=\($0.sessions.count)" }
        let expected = Dictionary(grouping: published, by: \.day).mapValues(\.count)
        XCTAssertEqual(days, ["2026-08-08=\(expected["2026/08/08"] ?? 0)", "2026-08-09=\(expected["2026/08/09"] ?? 0)"])
    }

    /// No one speaks twice at once on one day, so no speaker overlap may be reported, whatever evplan makes of the days.
    func testNoSpeakerOverlapIsReported() throws {
        let (published, result) = try check()
        let clashes = published.indices.flatMap { first in
            published.indices.filter { second in
                second > first && published[first].day == published[second].day && published[first].speaker == published[second].speaker
                    && published[first].start < published[second].end && published[second].start < published[first].end
            }
        }
        XCTAssertEqual(clashes, [])
        XCTAssertEqual(result.diagnostics.filter { $0.rule.id == "agenda.speaker-overlap" }.map(\.location.line), [])
        XCTAssertEqual(result.diagnostics.filter { $0.rule.id == "agenda.room-overlap" }.map(\.location.line), [])
    }

    /// All evplan has to say: the page's key visual is a remote image (pages load nothing from the network, so it
    /// becomes a link), and the HTML comment the page puts after one row's last cell lies beyond the header.
    func testOnlyTheCellBeyondTheHeaderIsReported() throws {
        let result = try check().result
        XCTAssertEqual(result.diagnostics.map { "\($0.rule.id) \($0.location.line)" }, ["format.remote-resource 18", "format.unknown-column 59"])
    }
}

import EvplanModel
@testable import EvplanRender
import XCTest

/// The pieces every export is built from: stable identifiers, iCalendar folding and escaping, XML escaping, and the
/// acronyms and slugs the conference formats constrain.
final class ExportFormatTests: XCTestCase {
    func testSHA1AndNameBasedUUIDsAgreeWithThePublishedValues() {
        // FIPS 180-4 example and a message longer than one block.
        XCTAssertEqual(SHA1.digest(of: Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(SHA1.digest(of: Array(repeating: UInt8(ascii: "a"), count: 1000)).map { String(format: "%02x", $0) }.joined(),
                       "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // RFC 4122's DNS namespace and the value Python's uuid.uuid5 gives for www.example.com.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        XCTAssertEqual(StableIdentifier.uuid("www.example.com", namespace: dns), "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        XCTAssertEqual(StableIdentifier.uuid("evplan:session:x"), "38bb1f38-11aa-5da8-84e9-1a666bc317d2")
        XCTAssertNotEqual(StableIdentifier.uuid("evplan:session:a"), StableIdentifier.uuid("evplan:session:b"))
        XCTAssertGreaterThan(StableIdentifier.number("anything"), 0)
    }

    func testLongCJKLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let title = "SUMMARY:" + String(repeating: "議程表與細部議程🎉", count: 20)
        let folded = ICalendarWriter.fold(title)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        var lines = folded.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.removeLast(), "", "the last line ends with CRLF too")
        XCTAssertGreaterThan(lines.count, 5)
        for (index, line) in lines.enumerated() {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, "line \(index) is \(line.utf8.count) octets")
            XCTAssertFalse(line.contains("\u{FFFD}"))
            if index > 0 { XCTAssertTrue(line.hasPrefix(" "), "a continuation line starts with a space") }
        }
        XCTAssertEqual(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), title,
                       "unfolding gives the line back")
        XCTAssertEqual(ICalendarWriter.fold("SUMMARY:short"), "SUMMARY:short\r\n")
        XCTAssertEqual(ICalendarWriter.fold(String(repeating: "x", count: 75)).utf8.count, 77, "exactly 75 octets stay on one line")
    }

    func testCalendarTextEscapesBackslashSemicolonCommaAndLineBreaks() {
        XCTAssertEqual(ICalendarWriter.escaped(#"手作陶杯 \ 茶杯; 老街, 新店"#), #"手作陶杯 \\ 茶杯\; 老街\, 新店"#)
        XCTAssertEqual(ICalendarWriter.escaped("第一行\r\n第二行\n第三行"), #"第一行\n第二行\n第三行"#)
        XCTAssertEqual(ICalendarWriter.escaped("一\r二"), #"一\n二"#, "a lone carriage return is a line break too")
        XCTAssertEqual(ICalendarWriter.basic(PlanDate(year: 2027, month: 3, day: 12)!), "20270312")
        XCTAssertEqual(ICalendarWriter.escaped("A\u{7}B\tC"), "AB C", "control characters are dropped, a tab becomes a space")
        XCTAssertEqual(ICalendarWriter.escaped("茶席「東方美人」：品飲、交流"), "茶席「東方美人」：品飲、交流", "full-width punctuation needs no escape")
    }

    func testXMLTextEscapesMarkupAndDropsWhatXMLForbids() {
        XCTAssertEqual(FrabScheduleExport.escaped(#"茶席「<東方美人> vs 鐵觀音」 & "Q&A" 's'"#),
                       "茶席「&lt;東方美人&gt; vs 鐵觀音」 &amp; &quot;Q&amp;A&quot; &apos;s&apos;")
        XCTAssertEqual(FrabScheduleExport.escaped("A\u{0}\u{1B}B"), "AB")
    }

    func testAcronymsAndSlugsFitBothSchemasForChineseAndEnglishNames() throws {
        let acronymPatterns = ["^[a-z0-9_-]{4,}$", "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"]
        let slugPatterns = ["^[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}$", "^[a-z0-9_-]+[a-z0-9]$"]
        for name in ["2027 台灣永續創新論壇", "Taipei Swift Meetup #42", "茶", "AI", "", "🎉🎉"] {
            let acronym = ExportText.acronym(of: name)
            for pattern in acronymPatterns {
                XCTAssertNotNil(acronym.range(of: pattern, options: .regularExpression), "\(name) → \(acronym) against \(pattern)")
            }
            var used = Set<String>()
            for title in ["開幕致詞", "開幕致詞", "Q&A", "", "A1 製造業碳盤查實務", String(repeating: "永續", count: 80)] {
                let slug = ExportText.uniqueSlug(acronym: acronym, title: title, used: &used)
                for pattern in slugPatterns {
                    XCTAssertNotNil(slug.range(of: pattern, options: .regularExpression), "\(title) → \(slug) against \(pattern)")
                }
            }
            XCTAssertEqual(used.count, 6, "every slug is unique, the repeated title too")
        }
        XCTAssertEqual(ExportText.acronym(of: "Taipei Swift Meetup #42"), "taipei_swift_meetup_42")
        XCTAssertTrue(ExportText.acronym(of: "2027 台灣永續創新論壇").hasPrefix("2027_tai_wan"), "Chinese names are spelt in Hanyu Pinyin")
    }

    func testTimesPast24RollIntoTheNextDay() throws {
        let date = try XCTUnwrap(PlanDate(year: 2027, month: 12, day: 31))
        XCTAssertEqual(ExportText.isoDateTime(date, TimeOfDay(minutes: 24 * 60)), "2028-01-01T00:00:00+08:00")
        XCTAssertEqual(ExportText.isoDateTime(date, TimeOfDay(minutes: 9 * 60 + 5)), "2027-12-31T09:05:00+08:00")
    }
}

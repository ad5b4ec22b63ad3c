@testable import EvplanParse
import EvplanModel
import XCTest

/// The values planners write for people, attendance, money in other currencies and dates with weekdays.
final class PlannerValuesTests: XCTestCase {
    private func people(_ text: String) -> [String] { PersonListParser.parse(text, role: .speaker).map(\.person.name) }

    func testPerformerCellsNameEachPerson() {
        XCTAssertEqual(people("西屯饒舌聯盟 feat. 吳佩珊"), ["西屯饒舌聯盟", "吳佩珊"])
        XCTAssertEqual(people("西屯饒舌聯盟 ft. 吳佩珊"), ["西屯饒舌聯盟", "吳佩珊"])
        XCTAssertEqual(people("DJ Lin featuring MC Chen"), ["DJ Lin", "MC Chen"])
        XCTAssertEqual(people("晨光三重奏 & 小島日記樂團"), ["晨光三重奏", "小島日記樂團"])
        XCTAssertEqual(people("落日大道樂團與西屯饒舌聯盟"), ["落日大道樂團", "西屯饒舌聯盟"])
        XCTAssertEqual(people("王小明、林小華 / 張三"), ["王小明", "林小華", "張三"])
        XCTAssertEqual(people("吳佩珊（特別嘉賓）"), ["吳佩珊"])
        XCTAssertEqual(people("王小明(執行長)"), ["王小明"])
        // 與 between two short names or inside a bracket does not split; a name like "Defeat." is left alone.
        XCTAssertEqual(people("林與"), ["林與"])
        XCTAssertEqual(people("王小明（臺灣與世界協會）"), ["王小明"])
        XCTAssertEqual(people("Defeat."), ["Defeat."])
    }

    func testANoteInBracketsIsThePersonsTitle() {
        let parsed = PersonListParser.parse("王小明（執行長）、吳佩珊（特別嘉賓）", role: .host)
        XCTAssertEqual(parsed.map(\.person.title), ["執行長", "特別嘉賓"])
        XCTAssertEqual(parsed.map(\.person.role), [.host, .host])
        XCTAssertEqual(parsed.map(\.offset), [0, 9])
        XCTAssertEqual(parsed.first?.person.display(in: .zhTW), "王小明（執行長）")
        XCTAssertEqual(parsed.first?.person.display(in: .en), "王小明 (執行長)")
    }

    func testAttendanceAsPlannersStateIt() {
        XCTAssertEqual(AttendanceParser.parse("300"), Attendance(count: 300))
        XCTAssertEqual(AttendanceParser.parse("300 人"), Attendance(count: 300))
        XCTAssertEqual(AttendanceParser.parse("12,000 人次"), Attendance(count: 12_000, unit: .visits))
        XCTAssertEqual(AttendanceParser.parse("每日 8,000 人次"), Attendance(count: 8_000, unit: .visits, perDay: true))
        XCTAssertEqual(AttendanceParser.parse("8,000人/日"), Attendance(count: 8_000, perDay: true))
        XCTAssertEqual(AttendanceParser.parse("8,000 人次／天"), Attendance(count: 8_000, unit: .visits, perDay: true))
        XCTAssertEqual(AttendanceParser.parse("每天8000人"), Attendance(count: 8_000, perDay: true))
        XCTAssertEqual(AttendanceParser.parse("8,000 visitors a day"), Attendance(count: 8_000, perDay: true))
        XCTAssertEqual(AttendanceParser.parse("8,000 per day"), Attendance(count: 8_000, perDay: true))
        XCTAssertNil(AttendanceParser.parse("約 8,000 人"))
        XCTAssertNil(AttendanceParser.parse("每日"))
    }

    /// Bare figures take a shortcut past the day words and units; they read as before, and what is no count still fails.
    func testBareFiguresOfAttendance() {
        XCTAssertEqual(AttendanceParser.parse("1,200"), Attendance(count: 1_200))
        XCTAssertEqual(AttendanceParser.parse("0"), Attendance(count: 0))
        XCTAssertEqual(AttendanceParser.parse("1,200"), AttendanceParser.parse(" 1,200 "))
        XCTAssertNil(AttendanceParser.parse(","))
        XCTAssertEqual(AttendanceParser.parse("12345678901")?.count, CountParser.parse("12345678901"), "as many digits as a count holds")
    }

    /// Joiners match whatever the case (`FEAT.`, `Featuring`), and only as whole joiners.
    func testJoinersIgnoreCase() {
        XCTAssertEqual(people("西屯饒舌聯盟 FEAT. 吳佩珊"), ["西屯饒舌聯盟", "吳佩珊"])
        XCTAssertEqual(people("DJ Lin Featuring MC Chen"), ["DJ Lin", "MC Chen"])
        XCTAssertEqual(people("DJ Lin Ft. MC Chen"), ["DJ Lin", "MC Chen"])
        XCTAssertEqual(people("Sara T. Brown"), ["Sara T. Brown"])
        XCTAssertEqual(people("Chloé Feather"), ["Chloé Feather"])
    }

    func testPeakAndHeadcountOfAttendance() {
        let daily = Attendance(count: 8_000, unit: .visits, perDay: true)
        XCTAssertEqual(daily.peak(days: 3), 8_000, "capacity compares one day")
        XCTAssertEqual(daily.headcount(days: 3), 24_000, "cost per head divides by every visit")
        let total = Attendance(count: 12_000, unit: .visits)
        XCTAssertEqual(total.peak(days: 3), 4_000)
        XCTAssertEqual(total.headcount(days: 3), 12_000)
        let people = Attendance(count: 300)
        XCTAssertEqual(people.peak(days: 2), 300)
        XCTAssertEqual(people.headcount(days: 2), 300, "the same 300 people on both days")
    }

    func testMoneyNamesItsCurrency() {
        func read(_ text: String) -> String? {
            MoneyParser.parseMoney(text).map { "\($0.amount) \($0.currency ?? "-")" }
        }
        XCTAssertEqual(read("1,200"), "1200 -")
        XCTAssertEqual(read("$1,200"), "1200 -")
        XCTAssertEqual(read("1,200元"), "1200 -")
        XCTAssertEqual(read("NT$1,200"), "1200 TWD")
        XCTAssertEqual(read("US$1,200"), "1200 USD")
        XCTAssertEqual(read("USD 1,200"), "1200 USD")
        XCTAssertEqual(read("1,200 USD"), "1200 USD")
        XCTAssertEqual(read("¥30,000"), "30000 JPY")
        XCTAssertEqual(read("JP¥30,000"), "30000 JPY")
        XCTAssertEqual(read("30,000円"), "30000 JPY")
        XCTAssertEqual(read("€950"), "950 EUR")
        XCTAssertEqual(read("EUR 950"), "950 EUR")
        XCTAssertEqual(read("HK$2,000"), "2000 HKD")
        XCTAssertEqual(read("-US$100"), "-100 USD")
        XCTAssertNil(read("US$"))
    }

    func testDatesWithoutYearAndTheirWeekdays() {
        let parsed = DateParser.parseWithWeekday("10/15（五）", defaultYear: 2027)
        XCTAssertEqual(parsed?.date.description, "2027-10-15")
        XCTAssertEqual(parsed?.writtenWeekday, 5)
        XCTAssertEqual(parsed?.date.weekday, 5)
        XCTAssertEqual(DateParser.parseWithWeekday("116/10/15", defaultYear: 2030)?.date.description, "2027-10-15")
        XCTAssertEqual(DateParser.parseWithWeekday("10月16日（六）", defaultYear: 2027)?.writtenWeekday, 6)
        XCTAssertNil(DateParser.parseWithWeekday("10/15（五）", defaultYear: nil))
        let range = DateRangeParser.parseWithWeekdays("116年10月15日（六）至10月17日（日）")
        XCTAssertEqual(range?.range.description, "2027-10-15 ~ 2027-10-17")
        XCTAssertEqual(range?.startWeekday, 6, "written as a Saturday; the 15th is a Friday")
        XCTAssertEqual(range?.endWeekday, 0)
    }

    func testGrantGroupRowNames() {
        XCTAssertEqual(BudgetTableKind.groupName("一、場地及設施費"), "場地及設施費")
        XCTAssertEqual(BudgetTableKind.groupName("（二）宣傳費"), "宣傳費")
        XCTAssertEqual(BudgetTableKind.groupName("十一、雜支"), "雜支")
        XCTAssertEqual(BudgetTableKind.groupName("壹、人事費"), "人事費")
        XCTAssertNil(BudgetTableKind.groupName("場地租金"))
        XCTAssertNil(BudgetTableKind.groupName("一次性設備"))
    }

    func testEventKindsByTheirNames() {
        XCTAssertEqual(EventKind.named("festival")?.id, "festival")
        XCTAssertEqual(EventKind.named("音樂節")?.id, "festival")
        XCTAssertEqual(EventKind.named("路跑")?.id, "sports")
        XCTAssertEqual(EventKind.named("Wedding")?.id, "wedding")
        XCTAssertEqual(EventKind.named("市集")?.id, "market")
        XCTAssertNil(EventKind.named("circus"))
        for kind in EventKind.all {
            XCTAssertNotNil(EventKindVocabulary.layers[kind.id], "\(kind.id) has its header words")
        }
    }
}

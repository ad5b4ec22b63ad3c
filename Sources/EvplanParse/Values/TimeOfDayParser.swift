import EvplanModel

/// Reads a time of day: `09:00`, `9:00`, `0900`, `09.30`, `24:00`, `9時30分`, `9點半`, `2:30 PM`, `下午2:30`.
/// Nil for `25:00`, `9:5`, `900` and anything else it cannot read with confidence.
public enum TimeOfDayParser {
    public static func parse(_ text: String) -> TimeOfDay? {
        var scanner = ScalarScanner(text)
        guard let time = scan(&scanner) else { return nil }
        scanner.skipSpaces()
        return scanner.isAtEnd ? time.time : nil
    }

    enum Meridiem { case morning, afternoon, noon }

    static let morningWords = ["上午", "早上", "凌晨"]
    static let afternoonWords = ["下午", "晚上", "傍晚"]
    static let englishMeridiems = ["a.m.", "am", "p.m.", "pm"]

    /// A time at the scanner's position, with whether it was written with AM/PM or 上午/下午, so that a range can
    /// refuse `2:00-3:00 PM`, whose start a reader would take for 14:00 and a 24-hour parser for 02:00.
    static func scan(_ scanner: inout ScalarScanner) -> (time: TimeOfDay, hasMeridiem: Bool)? {
        let start = scanner.position
        guard let result = scanMovingOnFailure(&scanner) else {
            scanner.position = start
            return nil
        }
        return result
    }

    private static func scanMovingOnFailure(_ scanner: inout ScalarScanner) -> (time: TimeOfDay, hasMeridiem: Bool)? {
        var meridiem: Meridiem?
        if scanner.consumeFirst(of: morningWords) != nil {
            meridiem = .morning
        } else if scanner.consumeFirst(of: afternoonWords) != nil {
            meridiem = .afternoon
        } else if scanner.consume("中午") {
            meridiem = .noon
        }
        if meridiem != nil { scanner.skipSpaces() }

        guard let (hour, minute) = scanClock(&scanner) else { return nil }

        if meridiem == nil {
            let beforeSpaces = scanner.position
            scanner.skipSpaces()
            switch scanner.consumeFirst(of: englishMeridiems, caseInsensitive: true) {
            case 0, 1: meridiem = .morning
            case 2, 3: meridiem = .afternoon
            default: scanner.position = beforeSpaces
            }
            if meridiem != nil, scanner.isAtASCIILetter { return nil }
        }

        guard let meridiem else {
            return TimeOfDay(hour: hour, minute: minute).map { ($0, false) }
        }
        guard let hour24 = twentyFourHour(hour, meridiem) else { return nil }
        return TimeOfDay(hour: hour24, minute: minute).map { ($0, true) }
    }

    /// `09:00`, `9:00`, `09.00`, `0900`, `9時`, `9時30分`, `9點半`.
    private static func scanClock(_ scanner: inout ScalarScanner) -> (hour: Int, minute: Int)? {
        guard let hour = scanner.readDigits(maxCount: 4) else { return nil }
        if hour.count == 4 {
            return (hour.value / 100, hour.value % 100)
        }
        guard hour.count <= 2 else { return nil }
        if scanner.consume(":") || scanner.consume(".") {
            guard let minute = scanner.readDigits(maxCount: 2), minute.count == 2 else { return nil }
            return (hour.value, minute.value)
        }
        guard scanner.consume("時") || scanner.consume("点") || scanner.consume("點") || scanner.consume("时") else { return nil }
        if scanner.consume("半") { return (hour.value, 30) }
        let afterHour = scanner.position
        if let minute = scanner.readDigits(maxCount: 2) {
            guard scanner.consume("分") else { return nil }
            return (hour.value, minute.value)
        }
        scanner.position = afterHour
        return (hour.value, 0)
    }

    /// 12 AM is midnight and 12 PM noon; 中午 covers 11 to 2 o'clock.
    private static func twentyFourHour(_ hour: Int, _ meridiem: Meridiem) -> Int? {
        switch meridiem {
        case .morning:
            guard (1...12).contains(hour) else { return nil }
            return hour == 12 ? 0 : hour
        case .afternoon:
            guard (1...12).contains(hour) else { return nil }
            return hour == 12 ? 12 : hour + 12
        case .noon:
            switch hour {
            case 11, 12: return hour
            case 1, 2: return hour + 12
            default: return nil
            }
        }
    }
}

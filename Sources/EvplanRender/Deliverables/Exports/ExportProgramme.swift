import EvplanModel
import Foundation

/// The agenda as the calendar and conference-app exports see it: the dated programme sessions (breaks left out),
/// grouped by date, each with identifiers derived from the plan so that two builds agree and an app recognises a
/// session it has already imported. All times are Taiwan time (Asia/Taipei, UTC+8 all year).
///
/// A day without a date cannot be placed on a calendar and is left out (the agenda page still shows it); so are
/// sessions that end at or before they start, which the checks report as errors.
struct ExportProgramme {
    struct Item {
        let date: PlanDate
        let time: TimeRange
        let title: String
        let speakers: [String]
        /// The room as written, trimmed; empty when the session names none.
        let room: String
        let note: String
        let extras: [ExtraCell]
        /// A name-based UUID of the event name, date, room, start and title.
        let guid: String
        /// A positive integer from the same name, unique within the export.
        let id: Int
        /// `acronym-title-in-latin-letters`, unique within the export; matches the frab and c3voc slug patterns.
        let slug: String
    }

    struct Day {
        /// 1 for the first dated day.
        let index: Int
        let date: PlanDate
        /// From the first session's start to the last one's end, breaks included.
        let start: TimeOfDay
        let end: TimeOfDay
        /// The room names that day, in the venue's order and then as first written; `roomFallback` for none.
        let rooms: [String]
        let items: [Item]
    }

    let eventName: String
    let acronym: String
    /// The venue's name, when the plan gives one.
    let venueName: String?
    /// The name a session without a room is listed under in the frab and c3voc exports.
    let roomFallback: String
    /// `zh` or `en`: the plan's language, as conference apps expect it.
    let languageCode: String
    let days: [Day]
    /// Every room of every day, in the same order, once.
    let rooms: [String]
    /// The conference's first and last day: the event's dates, widened to take in every dated agenda day.
    let firstDate: PlanDate?
    let lastDate: PlanDate?
    /// The greatest common divisor of the session times in minutes, at least 5: the grid apps draw.
    let timeslotMinutes: Int
    /// A fingerprint of what the export holds: changes when any session does, and apps compare it to notice updates.
    let version: String

    var items: [Item] { days.flatMap(\.items) }

    /// Each speaker's id and UUID, worked out once per name.
    let persons: [String: (id: Int, guid: String)]

    init(_ context: RenderContext) {
        let plan = context.plan
        eventName = context.eventName
        // Every character that needs spelling in Latin letters, transliterated in one go: ICU is slow to start.
        let speller = LatinSpeller([context.eventName] + plan.agenda.sessions.map(\.title.value))
        acronym = ExportText.acronym(of: eventName, speller: speller)
        let venue = plan.venue?.name?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        venueName = (venue?.isEmpty ?? true) ? nil : venue
        roomFallback = venueName ?? context.label("agenda_no_room")
        languageCode = context.language == .zhTW ? "zh" : "en"

        // Sessions by date; several agenda files may hold the same day.
        var byDate: [PlanDate: [Session]] = [:]
        for day in plan.agenda.days {
            guard let date = day.date?.value else { continue }
            byDate[date, default: []].append(contentsOf: day.sessions.filter { $0.time.value.durationMinutes > 0 })
        }
        let directory = RoomDirectory(venue: plan.venue)
        let venueOrder = (plan.venue?.rooms ?? []).map { Venue.normalizedRoomName($0.name.value) }
        var usedIDs = Set<Int>(), usedSlugs = Set<String>(), usedGUIDs = Set<String>()
        var allRooms: [String] = []
        var seenRooms = Set<String>()
        var days: [Day] = []
        var fingerprintSource = ""
        var divisor = 0
        for (offset, date) in byDate.keys.sorted().enumerated() {
            let sessions = byDate[date] ?? []
            let ordered = sessions.indices.sorted {
                (sessions[$0].time.value.start, $0) < (sessions[$1].time.value.start, $1)
            }.map { sessions[$0] }
            let dayStart = ordered.map(\.time.value.start).min() ?? TimeOfDay(minutes: 0)
            let dayEnd = ordered.map(\.time.value.end).max() ?? TimeOfDay(minutes: 0)
            var items: [Item] = []
            var roomKeys: [String] = []
            var roomNames: [String: String] = [:]
            for session in ordered where !session.isBreak {
                let written = session.room?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let key = Venue.normalizedRoomName(written)
                if roomNames[key] == nil {
                    roomKeys.append(key)
                    roomNames[key] = key.isEmpty ? roomFallback : (directory.room(key: key)?.name.value ?? written)
                }
                let time = session.time.value
                let title = session.title.value.trimmingCharacters(in: .whitespacesAndNewlines)
                // The same session written twice gets a second identity rather than sharing one.
                var name = "evplan:session:\(eventName)|\(date)|\(key)|\(time.start)|\(title)"
                var guid = StableIdentifier.uuid(name)
                var repeatCount = 1
                while usedGUIDs.contains(guid) {
                    repeatCount += 1
                    name = "evplan:session:\(eventName)|\(date)|\(key)|\(time.start)|\(title)#\(repeatCount)"
                    guid = StableIdentifier.uuid(name)
                }
                usedGUIDs.insert(guid)
                var id = StableIdentifier.number(name)
                while usedIDs.contains(id) { id = id % 0x7FFF_FFFF + 1 }
                usedIDs.insert(id)
                let slug = ExportText.uniqueSlug(acronym: acronym, title: title, used: &usedSlugs, speller: speller)
                let speakers = session.speakers.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                items.append(Item(date: date, time: time, title: title, speakers: speakers,
                                  room: written.isEmpty ? "" : (roomNames[key] ?? written),
                                  note: session.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
                                  extras: session.extra.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty },
                                  guid: guid, id: id, slug: slug))
                divisor = ExportProgramme.gcd(ExportProgramme.gcd(divisor, time.start.minutes), time.end.minutes)
                fingerprintSource += [guid, "\(time.end)", speakers.joined(separator: ","), roomNames[key] ?? "",
                                      session.note ?? ""].joined(separator: "|") + "\n"
            }
            let rooms = roomKeys.enumerated().sorted { lhs, rhs in
                let left = venueOrder.firstIndex(of: lhs.element) ?? venueOrder.count + lhs.offset
                let right = venueOrder.firstIndex(of: rhs.element) ?? venueOrder.count + rhs.offset
                return (left, lhs.offset) < (right, rhs.offset)
            }.map { roomNames[$0.element] ?? "" }
            for room in rooms where seenRooms.insert(room).inserted { allRooms.append(room) }
            days.append(Day(index: offset + 1, date: date, start: dayStart, end: dayEnd, rooms: rooms, items: items))
        }
        self.days = days
        rooms = allRooms
        var persons: [String: (id: Int, guid: String)] = [:]
        for item in days.flatMap(\.items) {
            for speaker in item.speakers where persons[speaker] == nil {
                persons[speaker] = ExportProgramme.person(speaker, eventName: eventName)
            }
        }
        self.persons = persons
        let eventDates = plan.event?.dates?.value
        let agendaDates = days.map(\.date)
        firstDate = ([eventDates?.start].compactMap { $0 } + agendaDates).min()
        lastDate = ([eventDates?.end].compactMap { $0 } + agendaDates).max()
        timeslotMinutes = divisor == 0 ? 15 : max(5, divisor)
        version = StableIdentifier.fingerprint(eventName + "\n" + fingerprintSource)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
}

/// Text helpers the exports share.
enum ExportText {
    /// `2027-03-12T09:30:00+08:00`; minutes past 24:00 roll over into the next day.
    static func isoDateTime(_ date: PlanDate, _ time: TimeOfDay) -> String {
        let (day, minutes) = rolled(date, time)
        return "\(day)T\(hoursMinutes(minutes)):00+08:00"
    }

    /// The date and minutes after midnight of a time that may be 24:00 or later.
    static func rolled(_ date: PlanDate, _ time: TimeOfDay) -> (PlanDate, Int) {
        let days = time.minutes >= 0 ? time.minutes / 1440 : -((1439 - time.minutes) / 1440)
        return (date.adding(days: days), time.minutes - days * 1440)
    }

    /// `09:30` from minutes.
    static func hoursMinutes(_ minutes: Int) -> String {
        two(minutes / 60) + ":" + two(minutes % 60)
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Latin letters for a name: Chinese characters in Hanyu Pinyin (ICU's Han–Latin transliteration), one word
    /// each, accents dropped, then lower-case ASCII letters and digits in words.
    static func latinWords(_ text: String, speller: LatinSpeller? = nil) -> [String] {
        let speller = speller ?? LatinSpeller([text])
        var words: [String] = []
        var current = ""
        func close() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in text {
            if character.isASCII {
                if character.isLetter || character.isNumber { current += character.lowercased() } else { close() }
                continue
            }
            let spelt = speller.spelling(of: character)
            let ideographic = character.unicodeScalars.first?.properties.isIdeographic ?? false
            if ideographic { close() }
            for piece in spelt.lowercased() {
                if piece.isASCII, piece.isLetter || piece.isNumber { current.append(piece) } else { close() }
            }
            if ideographic { close() }
        }
        close()
        return words
    }

    /// The conference acronym both formats want: lower-case words of the name joined by `_` (the c3voc schema allows
    /// no `-` inside), at most about 40 characters, at least 4; `event` when the name has nothing to spell.
    static func acronym(of name: String, speller: LatinSpeller? = nil) -> String {
        var result = ""
        for word in latinWords(name, speller: speller) {
            if !result.isEmpty, result.count + 1 + word.count > 40 { break }
            result += (result.isEmpty ? "" : "_") + word
        }
        if result.isEmpty { result = "event" }
        while result.count < 4 { result += "_" }
        return result
    }

    /// `acronym-words-of-the-title`, cut at about 60 characters, with `-2`, `-3` … when another session has it.
    static func uniqueSlug(acronym: String, title: String, used: inout Set<String>, speller: LatinSpeller? = nil) -> String {
        var words = ""
        for word in latinWords(title, speller: speller) {
            if !words.isEmpty, words.count + 1 + word.count > 60 { break }
            words += (words.isEmpty ? "" : "-") + word
        }
        // The frab pattern wants at least four characters after the acronym's dash.
        if words.count < 4 { words = words.isEmpty ? "session" : words + "-session" }
        var slug = acronym + "-" + words
        var number = 1
        while used.contains(slug) {
            number += 1
            slug = acronym + "-" + words + "-\(number)"
        }
        used.insert(slug)
        return slug
    }

    /// Text without the control characters XML 1.0 and iCalendar forbid (tab, line feed and carriage return stay).
    static func withoutControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0x7F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

/// Latin spellings of the non-ASCII characters of some texts, worked out by one ICU transliteration of all of them
/// (Han to Hanyu Pinyin, other scripts to Latin, accents dropped): starting ICU's transliterator costs far more
/// than spelling a character, and a programme of thousands of titles would otherwise start it thousands of times.
struct LatinSpeller {
    private var spellings: [Character: String] = [:]

    init(_ texts: [String]) {
        var characters: [Character] = []
        var seen = Set<Character>()
        for text in texts where text.utf8.contains(where: { $0 >= 0x80 }) {
            for character in text where !character.isASCII && !character.isNewline && seen.insert(character).inserted {
                characters.append(character)
            }
        }
        guard !characters.isEmpty else { return }
        let joined = characters.map(String.init).joined(separator: "\n")
        let latin = (joined.applyingTransform(.toLatin, reverse: false) ?? joined)
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        let lines = plain.components(separatedBy: "\n")
        if lines.count == characters.count {
            for (character, line) in zip(characters, lines) { spellings[character] = line }
        } else {
            // The transliteration merged or split lines: spell each character on its own.
            for character in characters {
                let one = String(character).applyingTransform(.toLatin, reverse: false) ?? String(character)
                spellings[character] = one.applyingTransform(.stripDiacritics, reverse: false) ?? one
            }
        }
    }

    /// The character in Latin letters; itself when it has none (then it only separates words).
    func spelling(of character: Character) -> String {
        spellings[character] ?? String(character)
    }
}

import Foundation

/// Writes a real schedule as a plan folder in the format of the plan specification: event.md with the data's
/// dates, T5-venue.md listing every room of the data, and one T4 file per day with a
/// `## Day N YYYY-MM-DD` heading and a `| 時間 | 議程 | 講者 | 場地 |` table.
struct OPassPlanWriter {
    let eventName: String
    /// What every room holds: the OPass exports give no capacities, and no session states an audience.
    let roomCapacity = 2000

    /// The rooms in the data's order, plus any room a row uses that the data's room list lacks.
    func roomNames(_ schedule: OPassSchedule, rows: [ScheduleRow]) -> [String] {
        var names = schedule.rooms.map { $0.zh.name ?? $0.id }
        for row in rows where !names.contains(row.room) { names.append(row.room) }
        return names
    }

    /// Writes the folder and returns the rows with the file and line each was written on.
    func write(_ schedule: OPassSchedule, rows: [ScheduleRow], into folder: TemporaryPlanFolder) throws -> [ScheduleRow] {
        let dates = Array(Set(rows.map(\.date))).sorted()
        guard let first = dates.first, let last = dates.last else { return [] }
        try folder.write("event.md", """
            ---
            name: \(eventName)
            lang: zh-TW
            dates: \(first == last ? first : "\(first) ~ \(last)")
            ---

            # \(eventName)

            Converted from the conference's published OPass schedule for evplan's real-data tests.

            """)
        try folder.write("T5-venue.md", venueFile(roomNames(schedule, rows: rows)))
        var written: [ScheduleRow] = []
        for (index, date) in dates.enumerated() {
            let fileName = "T4-day\(index + 1)-\(date).md"
            var lines = ["---", "task: T4", "---", "", "# \(eventName) 議程", "", "## Day \(index + 1) \(date)", "",
                         "| 時間 | 議程 | 講者 | 場地 |", "|---|---|---|---|"]
            for var row in rows where row.date == date {
                let time = OPassTimestamp.clock(row.start) + "-" + OPassTimestamp.clock(row.end)
                let speakers = row.speakerNames.map(MarkdownCellText.escape).joined(separator: "、")
                lines.append("| \(time) | \(MarkdownCellText.escape(row.title)) | \(speakers) | \(MarkdownCellText.escape(row.room)) |")
                row.file = fileName
                row.line = lines.count
                written.append(row)
            }
            try folder.write(fileName, lines.joined(separator: "\n") + "\n")
        }
        return written
    }

    private func venueFile(_ rooms: [String]) -> String {
        var lines = ["---", "venue: \(eventName) 會場", "---", "", "# 場地", "", "## 場地空間 Rooms", "",
                     "| 空間 | 容納人數 |", "|---|---|"]
        for room in rooms { lines.append("| \(MarkdownCellText.escape(room)) | \(roomCapacity) |") }
        return lines.joined(separator: "\n") + "\n"
    }
}

import EvplanModel
import EvplanRender
import Foundation

/// `evplan init`: writes the built-in skeleton plan, never over a file that is already there.
public enum PlanSkeletonWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every failure is one line in the skeleton's language, saying what to do.
    public static func write(into folder: String, languageCode: String) throws -> [String] {
        guard let language = Language(code: languageCode) else {
            let guess: Language = languageCode.lowercased().hasPrefix("en") ? .en : .zhTW
            throw Failure(description: guess == .zhTW ? "不認得語言「\(languageCode)」：請用 --lang zh-TW 或 --lang en"
                                                          : "Unknown language “\(languageCode)”: use --lang zh-TW or --lang en")
        }
        let files = BuiltinSkeleton.files(language: language)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(description: language == .zhTW
                ? "\(folder) 是已經存在的檔案，不是資料夾：請指定一個新的資料夾名稱，例如 evplan init my-plan"
                : "\(folder) is a file that already exists, not a folder: name a new folder, e.g. evplan init my-plan")
        }
        let existing = files.map { (folder as NSString).appendingPathComponent($0.path) }.filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw Failure(description: language == .zhTW
                ? "\(folder) 裡已經有企劃檔案（\(existing.joined(separator: "、"))），evplan 不會覆蓋：請換一個空的資料夾"
                : "\(folder) already holds plan files (\(existing.joined(separator: ", "))); evplan will not overwrite them: choose an empty folder")
        }
        var written: [String] = []
        var current = folder
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                let path = (folder as NSString).appendingPathComponent(file.path)
                current = path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.contents.write(to: URL(fileURLWithPath: path))
                written.append(path)
            }
            current = (folder as NSString).appendingPathComponent(".gitignore")
            if try ignoreGeneratedFiles(in: folder) { written.append(current) }
        } catch {
            throw Failure(description: IOProblem.message(error, path: written.isEmpty ? folder : current, writing: true, language: language))
        }
        return written
    }

    /// What git should never take from a plan: the pages evplan writes, and the check-in desk's database (the
    /// attendees' check-ins: personal data, backed up apart from the plan). An existing `.gitignore` gains the lines
    /// it lacks; nothing in it is changed. Says whether the file was written.
    static let ignoredPaths = ["build/", ".evplan/"]

    static func ignoreGeneratedFiles(in folder: String) throws -> Bool {
        let path = (folder as NSString).appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = ignoredPaths.filter { !present.contains($0) && !present.contains("/" + $0) }
        guard !missing.isEmpty else { return false }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        let text = existing + separator + "# Written by evplan: built pages, and the check-in desk's database (.evplan/desk.sqlite)\n"
            + missing.joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return true
    }
}

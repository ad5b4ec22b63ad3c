import EvplanModel
import EvplanRender
import Foundation

/// `evplan init`: writes the built-in skeleton plan, never over a file that is already there.
public enum PlanSkeletonWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(into folder: String, languageCode: String) throws -> [String] {
        guard let language = Language(code: languageCode) else {
            throw Failure(description: "unknown language \(languageCode): use zh-TW or en")
        }
        let files = BuiltinSkeleton.files(language: language)
        let manager = FileManager.default
        let existing = files.map { (folder as NSString).appendingPathComponent($0.path) }.filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw Failure(description: "not overwriting existing files: \(existing.joined(separator: ", "))")
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [String] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.path)
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(to: URL(fileURLWithPath: path))
            written.append(path)
        }
        return written
    }
}

import EvplanModel
import Foundation

/// The plan `evplan init` writes: Markdown files kept under Templates/skeleton/<lang>/ and embedded like the templates.
public enum BuiltinSkeleton {
    public static func files(language: Language) -> [(path: String, contents: Data)] {
        let prefix = "skeleton/\(language.rawValue)/"
        return EmbeddedTemplates.base64.compactMap { entry in
            guard entry.name.hasPrefix(prefix), let data = Data(base64Encoded: entry.contents) else { return nil }
            return (String(entry.name.dropFirst(prefix.count)), data)
        }
    }
}

import EvplanModel
import Foundation

/// An image a plan file shows from the plan folder, read so the page can carry it as a `data:` URI: pages load
/// nothing, not even from the disk next to them. Only files inside the plan folder's real path are read (a
/// `../secret.png` or a link that points outside is refused), only images, and only up to `maximumBytes`.
enum LocalImage {
    static let maximumBytes = 2 * 1024 * 1024

    enum Outcome: Equatable {
        case embedded(dataURI: String)
        case missing
        case outsidePlan
        case tooLarge(bytes: Int)
        case notAnImage
    }

    /// Fetched from elsewhere: a URL with a scheme (`http:`, `https:`, `file:` …) or one that starts `//`.
    /// (A Windows-style `C:` path counts too: it is not a path inside the plan either.)
    static func isRemote(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\\\") { return true }
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        let scheme = trimmed[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `url` as written in `![alt](url)` of the Markdown file at `markdownPath`, inside the plan at `planRoot`.
    static func resolve(_ url: String, markdownPath: String, planRoot: String) -> Outcome {
        let withoutQuery = String(url.prefix { $0 != "?" && $0 != "#" })
        let path = withoutQuery.removingPercentEncoding ?? withoutQuery
        guard !path.isEmpty, !path.contains("\0") else { return .missing }
        let base = (markdownPath as NSString).deletingLastPathComponent
        let candidate = path.hasPrefix("/") ? path : ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(path)
        guard let real = realPath(candidate) else { return .missing }
        guard let root = realPath(planRoot.isEmpty ? "." : planRoot),
              real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return .outsidePlan }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real),
              attributes[.type] as? FileAttributeType == .typeRegular else { return .missing }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumBytes else { return .tooLarge(bytes: size) }
        // The real path has no links left in it; reading it reads the file that was checked.
        guard let handle = FileHandle(forReadingAtPath: real) else { return .missing }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else { return .missing }
        guard data.count <= maximumBytes else { return .tooLarge(bytes: data.count) }
        guard let type = mediaType(of: data, path: real) else { return .notAnImage }
        return .embedded(dataURI: "data:\(type);base64,\(data.base64EncodedString())")
    }

    /// The type from the file's first bytes, not its name; SVG (text) also by its name. An SVG is only ever shown
    /// through `<img>`, where browsers run no script in it.
    static func mediaType(of data: Data, path: String) -> String? {
        let bytes = [UInt8](data.prefix(16))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        if path.lowercased().hasSuffix(".svg"), let text = String(data: data.prefix(4096), encoding: .utf8), text.contains("<svg") {
            return "image/svg+xml"
        }
        return nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

import Foundation

/// A plan folder in the temporary directory, written file by file and removed when the test ends.
final class TemporaryPlanFolder {
    let url: URL

    init(label: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evplan-realdata-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func write(_ name: String, _ contents: String) throws {
        try contents.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

import Foundation

/// The real data copied into Tests/EvplanTests/Fixtures/realdata/, found from this source file so that
/// the tests never depend on the working directory or on anything outside the repository.
enum RealDataFixture {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/realdata")

    static func url(_ relativePath: String) -> URL {
        folder.appendingPathComponent(relativePath)
    }

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// File names (not paths) in one fixture folder, sorted.
    static func files(in relativeFolder: String, withSuffix suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(relativeFolder).path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
    }
}

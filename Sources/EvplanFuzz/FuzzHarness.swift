import Evplan
import EvplanRender
import Foundation

/// Turns the fuzzer's bytes into a plan folder and runs every stage over it.
///
/// Two shapes of input, so the fuzzer reaches both one file in depth and the way files meet:
/// - multi-file: the bytes contain `FuzzHarness.separator`; the first part is event.md, the next ones are
///   T1 … T8 files (the ninth and later parts become more agenda files);
/// - single file: the first byte `1`…`8` makes the rest that T-file beside a fixed event.md; any other
///   first byte makes the whole input event.md alone.
enum FuzzHarness {
    static let separator = Data("\n----8<----\n".utf8)

    static let fileNames = ["T1-research.md", "T2-project.md", "T3-budget.md", "T4-day1.md", "T5-venue.md",
                            "T6-infrastructure.md", "T7-marketing.md", "T8-registration.md"]

    static let fixedEvent = Data("""
        ---
        name: Fuzz
        lang: zh-TW
        dates: 2027-03-12 ~ 2027-03-13
        attendees: 100
        budget: 100,000
        ---
        # Fuzz

        """.utf8)

    /// One folder per process, emptied before each input, so parallel fuzzing jobs never share files.
    static let folder: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("evplan-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static let renderer: Renderer? = try? Renderer(overrideDirectory: nil)

    static func run(_ input: Data) {
        write(files(for: input))
        let result = Pipeline.compile(folder: folder)
        _ = renderer?.render(result)
    }

    static func files(for input: Data) -> [(String, Data)] {
        let parts = split(input)
        if parts.count > 1 {
            var files = [("event.md", parts[0])]
            for (index, part) in parts.dropFirst().enumerated() {
                let name = index < fileNames.count ? fileNames[index] : "T4-day\(index - fileNames.count + 2).md"
                files.append((name, part))
            }
            return files
        }
        guard let first = input.first, (UInt8(ascii: "1")...UInt8(ascii: "8")).contains(first) else {
            return [("event.md", input)]
        }
        return [("event.md", fixedEvent), (fileNames[Int(first - UInt8(ascii: "1"))], input.dropFirst())]
    }

    private static func split(_ input: Data) -> [Data] {
        var parts: [Data] = []
        var rest = input[...]
        while let range = rest.range(of: separator) {
            parts.append(Data(rest[rest.startIndex..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(Data(rest))
        return parts
    }

    private static func write(_ files: [(String, Data)]) {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
            try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
        for (name, contents) in files {
            _ = manager.createFile(atPath: (folder as NSString).appendingPathComponent(name), contents: contents)
        }
    }
}

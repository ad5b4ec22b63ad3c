import Foundation
import XCTest

/// Validates a document against the official SARIF 2.1.0 JSON schema (a copy in Fixtures/) with Python's
/// `jsonschema`, formats included. Missing Python or jsonschema is a failure that says what to install.
enum SarifSchemaValidator {
    static let schema = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/sarif-schema-2.1.0.json")

    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("jsonschema is not installed")
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(sys.argv[2], encoding="utf-8") as f:
            document = json.load(f)
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
        for error in errors:
            print("/".join(map(str, error.path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """

    /// The schema violations found (empty when valid); fails the test when the validator cannot run.
    static func violations(of document: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evplan-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.sarif")
        try Data(document.utf8).write(to: log)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, log.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            XCTFail("python3 is needed to validate SARIF output: install Python 3 and `python3 -m pip install jsonschema`", file: file, line: line)
            throw error
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return []
        case 1: return text.split(separator: "\n").map(String.init)
        case 3:
            XCTFail("Python's jsonschema is needed to validate SARIF output: `python3 -m pip install jsonschema` (CI installs it)", file: file, line: line)
            throw CocoaError(.featureUnsupported)
        default:
            XCTFail("the SARIF validator did not run (status \(process.terminationStatus)); it needs python3 with jsonschema "
                    + "(`python3 -m pip install jsonschema`):\n\(text)", file: file, line: line)
            throw CocoaError(.featureUnsupported)
        }
    }
}

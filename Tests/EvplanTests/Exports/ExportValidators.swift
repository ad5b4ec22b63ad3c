import Foundation
import XCTest

/// Runs the outside validators the export tests rely on: `xmllint --schema` for schedule.xml and Python's
/// `jsonschema` for schedule.json, against the schemas copied into Fixtures/.
enum ExportValidators {
    static let frabSchema = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/frab-schedule.xml.xsd")
    static let c3vocSchema = EvplanBinary.repositoryRoot.appendingPathComponent("Tests/EvplanTests/Fixtures/c3voc-schedule.schema.json")

    struct Outcome {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: text)
    }

    static var hasXmllint: Bool {
        (try? run(["xmllint", "--version"]).status) == 0
    }

    /// xmllint's complaints about `file` (empty when it validates).
    static func frabViolations(of file: URL) throws -> [String] {
        let outcome = try run(["xmllint", "--noout", "--schema", frabSchema.path, file.path])
        if outcome.status == 0 { return [] }
        return outcome.output.split(separator: "\n").map(String.init).filter { !$0.hasSuffix("fails to validate") }
    }

    static let jsonScript = """
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
        validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
        for error in errors:
            print("/".join(map(str, error.path)) + ": " + error.message[:300])
        sys.exit(1 if errors else 0)
        """

    /// The c3voc schema's complaints about `file` (empty when it validates); fails the test when it cannot run.
    static func c3vocViolations(of file: URL, line: UInt = #line) throws -> [String] {
        let outcome = try run(["python3", "-c", jsonScript, c3vocSchema.path, file.path])
        switch outcome.status {
        case 0: return []
        case 1: return outcome.output.split(separator: "\n").map(String.init)
        default:
            XCTFail("schedule.json needs python3 with jsonschema to be validated (`scripts/install-deps.sh --test`): \(outcome.output)", line: line)
            throw CocoaError(.featureUnsupported)
        }
    }
}

/// An iCalendar file read back the way a calendar app reads it: CRLF lines, unfolded, split into components.
struct ICalendarFile {
    struct Component {
        var name: String
        var properties: [(name: String, parameters: String, value: String)]

        func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
        func parameters(_ name: String) -> String? { properties.first { $0.name == name }?.parameters }
    }

    var rawLines: [[UInt8]] = []
    var components: [Component] = []
    var problems: [String] = []

    init(_ data: Data) {
        let bytes = Array(data)
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                rawLines.append(Array(bytes[start..<index]))
                index += 2
                start = index
            } else {
                if bytes[index] == 0x0A || bytes[index] == 0x0D { problems.append("a bare line break at byte \(index)") }
                index += 1
            }
        }
        if start != bytes.count { problems.append("the file does not end with CRLF") }
        var logical: [String] = []
        for (number, raw) in rawLines.enumerated() {
            if raw.count > 75 { problems.append("line \(number + 1) is \(raw.count) octets") }
            guard let text = String(bytes: raw, encoding: .utf8) else {
                problems.append("line \(number + 1) is not whole UTF-8")
                continue
            }
            if text.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += text.dropFirst() } else { logical.append(text) }
        }
        var stack: [Component] = []
        for line in logical {
            guard let colon = line.firstIndex(of: ":") else {
                problems.append("no colon in \(line)")
                continue
            }
            let head = line[..<colon]
            let value = String(line[line.index(after: colon)...])
            let name = String(head.split(separator: ";", maxSplits: 1).first ?? "")
            let parameters = head.contains(";") ? String(head.split(separator: ";", maxSplits: 1)[1]) : ""
            if name == "BEGIN" {
                stack.append(Component(name: value, properties: []))
            } else if name == "END" {
                guard let last = stack.popLast(), last.name == value else {
                    problems.append("END:\(value) does not close what was opened")
                    continue
                }
                components.append(last)
            } else if !stack.isEmpty {
                stack[stack.count - 1].properties.append((name, parameters, value))
            }
        }
        if !stack.isEmpty { problems.append("\(stack.map(\.name)) never end") }
    }

    var events: [Component] { components.filter { $0.name == "VEVENT" } }

    /// A TEXT value with its escapes undone; nil when it holds an unescaped `,` or `;` or a stray backslash.
    static func unescaped(_ value: String) -> String? {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "\\", ";", ",": result.append(character)
                case "n", "N": result.append("\n")
                default: return nil
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," || character == ";" {
                return nil
            } else {
                result.append(character)
            }
        }
        return escaping ? nil : result
    }
}

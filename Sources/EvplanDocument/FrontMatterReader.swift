import EvplanModel
import Foundation
import Yams

/// Reads front matter YAML into `FrontMatterValue`s positioned in the plan file.
enum FrontMatterReader {
    struct Failure: Error {
        var location: SourceLocation
        var message: String
    }

    /// Aliases can expand a few bytes into gigabytes ("billion laughs"); planners never need them.
    static let maximumNodes = 10_000
    /// Yams composes recursively: deeper nesting would overflow the stack. A plan's front matter nests two or three levels.
    static let maximumDepth = 64

    /// The front matter, or the failure that makes it unreadable; `problems` are mistakes that leave the rest
    /// readable (a key written twice: the first is kept, as `FrontMatterValue`'s subscript reads it).
    static func read(_ yaml: String, firstLine: Int, path: String) -> (result: Result<FrontMatterValue?, Failure>, problems: [Failure]) {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return (.success(nil), []) }
        if let line = YAMLNesting.firstLine(exceeding: maximumDepth, in: yaml) {
            return (.failure(Failure(location: SourceLocation(file: path, line: firstLine + line - 1, column: 1),
                                     message: "front matter nests more than \(maximumDepth) levels deep")), [])
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (.failure(failure(from: error, firstLine: firstLine, path: path)), [])
        } catch {
            return (.failure(Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: "\(error)")), [])
        }
        guard let node else { return (.success(nil), []) }
        var conversion = Conversion(firstLine: firstLine, path: path)
        do {
            let value = try conversion.convert(node, depth: 1)
            // `- name: x` or a bare line of text: every setting would be ignored without a word.
            guard case .mapping = value else {
                return (.failure(Failure(location: value.location, message: "front matter must be `key: value` lines, such as `name: …` and `dates: …`")), [])
            }
            return (.success(value), conversion.problems)
        } catch let failure as Failure {
            return (.failure(failure), [])
        } catch {
            return (.failure(Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: "\(error)")), [])
        }
    }

    /// Where a byte offset of the YAML text lies, told in lines and characters of the plan file.
    private static func location(ofByte offset: Int, in yaml: String, firstLine: Int, path: String) -> SourceLocation {
        let bytes = Array(yaml.utf8.prefix(max(offset, 0)))
        let lineStart = (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let line = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
        return SourceLocation(file: path, line: firstLine + line, column: column)
    }

    private static func location(_ mark: Mark?, firstLine: Int, path: String) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine, column: 1) }
        return SourceLocation(file: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// Node → FrontMatterValue, counting nodes as aliases expand them and refusing nesting that aliases make deep.
    private struct Conversion {
        let firstLine: Int
        let path: String
        var budget = FrontMatterReader.maximumNodes
        var problems: [Failure] = []

        init(firstLine: Int, path: String) {
            self.firstLine = firstLine
            self.path = path
        }

        mutating func convert(_ node: Node, depth: Int) throws -> FrontMatterValue {
            budget -= 1
            let here = FrontMatterReader.location(node.mark, firstLine: firstLine, path: path)
            guard budget >= 0 else {
                throw Failure(location: SourceLocation(file: path, line: firstLine, column: 1),
                              message: "front matter is too large (more than \(FrontMatterReader.maximumNodes) values once aliases are expanded)")
            }
            guard depth <= FrontMatterReader.maximumDepth else {
                throw Failure(location: here, message: "front matter nests more than \(FrontMatterReader.maximumDepth) levels deep once aliases are expanded")
            }
            switch node {
            case let .scalar(scalar):
                return .scalar(scalar.string, here)
            case let .sequence(sequence):
                var items: [FrontMatterValue] = []
                for item in sequence { items.append(try convert(item, depth: depth + 1)) }
                return .sequence(items, here)
            case let .mapping(mapping):
                var pairs: [(key: String, keyLocation: SourceLocation, value: FrontMatterValue)] = []
                var firstLineOfKey: [String: Int] = [:]
                for (key, value) in mapping {
                    let keyLocation = FrontMatterReader.location(key.mark, firstLine: firstLine, path: path)
                    // A list or a mapping as a key (`? [a]`) is no setting a plan has; describing one could take
                    // as long as the aliases inside it expand.
                    guard let name = key.string else {
                        throw Failure(location: keyLocation, message: "a key must be a plain word, not a list or a mapping")
                    }
                    let converted = try convert(value, depth: depth + 1)
                    if let earlier = firstLineOfKey[name] {
                        problems.append(Failure(location: keyLocation,
                                                message: "“\(name)” is written twice (first on line \(earlier)); evplan reads the first one"))
                        continue
                    }
                    firstLineOfKey[name] = keyLocation.line
                    pairs.append((name, keyLocation, converted))
                }
                return .mapping(pairs, here)
            }
        }
    }

    private static func failure(from error: YamlError, firstLine: Int, path: String) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            var place = mark
            if let context {
                message = "\(context.text) — \(problem)"
                // An unclosed quote or bracket is found only at the end; where it opened is what the planner must fix.
                if problem.contains("end of stream") { place = context.mark }
            }
            return Failure(location: location(place, firstLine: firstLine, path: path), message: message)
        case let .reader(problem, offset, _, yaml):
            return Failure(location: location(ofByte: offset ?? 0, in: yaml, firstLine: firstLine, path: path), message: problem)
        default:
            return Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: "\(error)")
        }
    }
}

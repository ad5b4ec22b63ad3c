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

    static func read(_ yaml: String, firstLine: Int, path: String) -> Result<FrontMatterValue?, Failure> {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .success(nil) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(failure(from: error, firstLine: firstLine, path: path))
        } catch {
            return .failure(Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: "\(error)"))
        }
        guard let node else { return .success(nil) }
        var budget = maximumNodes
        guard let value = convert(node, firstLine: firstLine, path: path, budget: &budget) else {
            return .failure(Failure(location: SourceLocation(file: path, line: firstLine, column: 1),
                                    message: "front matter is too large (more than \(maximumNodes) values once aliases are expanded)"))
        }
        return .success(value)
    }

    private static func location(_ mark: Mark?, firstLine: Int, path: String) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine, column: 1) }
        return SourceLocation(file: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    private static func convert(_ node: Node, firstLine: Int, path: String, budget: inout Int) -> FrontMatterValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let here = location(node.mark, firstLine: firstLine, path: path)
        switch node {
        case let .scalar(scalar):
            return .scalar(scalar.string, here)
        case let .sequence(sequence):
            var items: [FrontMatterValue] = []
            for item in sequence {
                guard let value = convert(item, firstLine: firstLine, path: path, budget: &budget) else { return nil }
                items.append(value)
            }
            return .sequence(items, here)
        case let .mapping(mapping):
            var pairs: [(key: String, keyLocation: SourceLocation, value: FrontMatterValue)] = []
            for (key, value) in mapping {
                guard let converted = convert(value, firstLine: firstLine, path: path, budget: &budget) else { return nil }
                pairs.append((key.string ?? "\(key)", location(key.mark, firstLine: firstLine, path: path), converted))
            }
            return .mapping(pairs, here)
        }
    }

    private static func failure(from error: YamlError, firstLine: Int, path: String) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            if let context { message = "\(context.text) — \(problem)" }
            return Failure(location: location(mark, firstLine: firstLine, path: path), message: message)
        case let .reader(problem, _, _, _):
            return Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: problem)
        default:
            return Failure(location: SourceLocation(file: path, line: firstLine, column: 1), message: "\(error)")
        }
    }
}
